import { CellValue } from "../model/cell";

// Spaces Excel users paste in from Word and web pages: no-break, thin, figure, narrow no-break, ideographic.
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r]+/g;
// Hyphen, non-breaking hyphen, figure/en/em dashes, horizontal bar, minus sign.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const RUNS_OF_SPACES = / {2,}/g;
// What isBlank counts as nothing: spaces, no-break and thin spaces, tabs and line breaks.
const BLANK = /^[ \t\n\r\u00a0\u2009\u202f]*$/;

/**
 * Plain form of a text for matching: odd spaces become spaces, every dash becomes "-", runs of spaces
 * collapse, ends trimmed. Case is kept (callers lower-case where matching is case-blind).
 */
export function normalise(text: string): string {
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
  return typeof value === "string" && BLANK.test(value);
}

/** Rounds away binary noise (0.452 × 100 = 45.2, not 45.20000000000001). */
export function tidy(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}
