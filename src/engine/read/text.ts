import { CellValue } from "../model/cell";

// Spaces Excel users paste in from Word and web pages: no-break, thin, figure, narrow no-break, ideographic.
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r]+/g;
// Hyphen, non-breaking hyphen, figure/en/em dashes, horizontal bar, minus sign.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const RUNS_OF_SPACES = / {2,}/g;
const NEEDS_WORK =
  /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\u2010-\u2015\u2212\ufe58\ufe63\uff0d]| {2}/;

/**
 * Plain form of a text for matching: odd spaces become spaces, every dash becomes "-", runs of spaces
 * collapse, ends trimmed. Case is kept (callers lower-case where matching is case-blind).
 */
export function normalise(text: string): string {
  // Most cells are already plain: one test instead of three rewrites.
  if (!NEEDS_WORK.test(text)) return text.trim();
  return text.replace(ODD_SPACES, " ").replace(DASHES, "-").replace(RUNS_OF_SPACES, " ").trim();
}

/** The text of a cell for reading: numbers and booleans as Excel shows them in General format. */
export function cellText(value: CellValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** True for an empty cell or one holding only spaces. */
export function isBlank(value: CellValue): boolean {
  if (value === "") return true;
  if (typeof value !== "string") return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 9 && c !== 10 && c !== 13 && c !== 0x2009 && c !== 0x202f) {
      return false;
    }
  }
  return true;
}

/** Rounds away binary noise (0.452 × 100 = 45.2, not 45.20000000000001). */
export function tidy(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}
