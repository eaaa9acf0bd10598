import { CellRef, RangeRef } from "./cell";

/** 0-based column index to letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters to 0-based column index: "A" → 0, "AA" → 26. Returns -1 for anything that is not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row/col to an A1 address ("C7"). */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A range to "A1:C7" (a single cell stays "A1"). */
export function rangeToA1(range: RangeRef): string {
  const first = toA1(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return first;
  return `${first}:${toA1(range.bottom, range.right)}`;
}

/** Parses "C7" or "$C$7" into 0-based row/col; undefined when it is not an A1 cell address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1] ?? "");
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return undefined;
  return { row, col };
}

/** Parses "A1:C7" (or a single cell) into a range; undefined when malformed. */
export function parseRangeA1(address: string): RangeRef | undefined {
  const parts = address.split(":");
  const a = parseA1(parts[0] ?? "");
  const b = parts.length > 1 ? parseA1(parts[1] ?? "") : a;
  if (!a || !b || parts.length > 2) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Quotes a sheet name for a reference when Excel would: 'My sheet'!A1. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "LAA!C7" style label for messages and CLI output (sheet quoted when needed). */
export function cellLabel(ref: CellRef): string {
  return `${quoteSheet(ref.sheet)}!${toA1(ref.row, ref.col)}`;
}

/** True when the cell lies inside the range. */
export function rangeContains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
