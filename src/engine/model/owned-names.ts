/**
 * The ownership record as workbook-level defined names, shared by both adapters (pure: no ExcelJS, no
 * Office.js). Names survive a save in any spreadsheet program, so the record travels with the file:
 * `LAAMonitor_RAG_1` → 'LAA'!$H$4:$H$40, `LAAMonitor_Board_1` → 'Board status 2010-06-30'!$A$1.
 * The settings an area was rated with follow its number in the name, in characters a name may hold:
 * `LAAMonitor_RAG_1__asAt.20100630__tol.5__amber.tolerance`.
 */
import { columnLetters, parseRangeA1 } from "./address";
import { RangeRef } from "./cell";
import { OWNED_NAME_PREFIX, OwnedArea } from "./snapshot";
import { decodeStamp, encodeStamp, RatingStamp } from "./stamp";

/** One defined name: its name and its reference without a leading "=". */
export interface OwnedName {
  readonly name: string;
  readonly ref: string;
}

const RAG_PREFIX = `${OWNED_NAME_PREFIX}RAG_`;
const BOARD_PREFIX = `${OWNED_NAME_PREFIX}Board_`;

/** Sheet name always quoted: Excel accepts the quotes everywhere and names with spaces need them. */
function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Absolute A1 reference of a range: $H$4:$H$40 (a single cell stays $A$1). */
export function absoluteA1(range: RangeRef): string {
  const tl = `$${columnLetters(range.left)}$${range.top + 1}`;
  if (range.top === range.bottom && range.left === range.right) return tl;
  return `${tl}:$${columnLetters(range.right)}$${range.bottom + 1}`;
}

/** True for a name that belongs to the add-in's record. */
export function isOwnedName(name: string): boolean {
  return name.startsWith(OWNED_NAME_PREFIX);
}

const stamped = (name: string, stamp: RatingStamp | undefined): string =>
  stamp ? `${name}__${encodeStamp(stamp)}` : name;

/** The defined names that record `owned`, numbered from 1 per kind, each with its stamp. */
export function ownedToNames(owned: readonly OwnedArea[]): OwnedName[] {
  let rag = 0;
  let board = 0;
  return owned.map((area) =>
    area.kind === "rag-column"
      ? {
          name: stamped(`${RAG_PREFIX}${++rag}`, area.stamp),
          ref: `${quoted(area.sheet)}!${absoluteA1(area.range)}`,
        }
      : {
          name: stamped(`${BOARD_PREFIX}${++board}`, area.stamp),
          ref: `${quoted(area.sheet)}!$A$1`,
        }
  );
}

/** Splits "'My sheet'!$A$1:$B$2" (or "=Sheet1!A1") into sheet name and range; undefined if malformed. */
export function splitReference(ref: string): { sheet: string; range: RangeRef } | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const range = parseRangeA1((m[3] ?? "").replace(/\$/g, ""));
  return range ? { sheet, range } : undefined;
}

/**
 * Reads the record back from defined names. Names that are not ours, or whose reference Excel turned
 * into #REF! (the sheet was deleted by hand), are ignored: an area we cannot locate is not owned.
 */
export function ownedFromNames(names: readonly OwnedName[]): OwnedArea[] {
  const ours = names
    .filter((n) => isOwnedName(n.name))
    .map((n) => ({ n, parts: /^LAAMonitor_(?:RAG|Board)_(\d+)(?:__(.*))?$/i.exec(n.name) }))
    .map(({ n, parts }) => ({ n, index: Number(parts?.[1] ?? 0), stamp: parts?.[2] }))
    .sort((a, b) => kindOrder(a.n.name) - kindOrder(b.n.name) || a.index - b.index);
  const out: OwnedArea[] = [];
  for (const { n, stamp: code } of ours) {
    const ref = splitReference(n.ref);
    if (!ref) continue;
    const stamp = code === undefined ? undefined : decodeStamp(code);
    const withStamp = stamp ? { stamp } : {};
    if (n.name.startsWith(RAG_PREFIX))
      out.push({ kind: "rag-column", sheet: ref.sheet, range: ref.range, ...withStamp });
    else if (n.name.startsWith(BOARD_PREFIX))
      out.push({ kind: "board-sheet", sheet: ref.sheet, ...withStamp });
  }
  return out;
}

function kindOrder(name: string): number {
  return name.startsWith(RAG_PREFIX) ? 0 : 1;
}
