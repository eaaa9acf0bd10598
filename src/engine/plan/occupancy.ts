import { CellValue, RangeRef } from "../model/cell";
import { FINANCIAL_MONTHS, QUARTERS } from "../model/in-year";
import { STATUS_WORD } from "../model/rag";
import { SheetSnapshot, isStyled, sheetCell, sheetExtent, sheetFormat } from "../model/snapshot";

/** Words the add-in writes under a RAG header, with the period when not the year, and an arrow. */
const OWN_WORD = new RegExp(
  `^(${Object.values(STATUS_WORD)
    .filter((w) => w !== "")
    .join("|")})( at (?:${[...QUARTERS, ...FINANCIAL_MONTHS].join("|")})| to date)?( [▲▼▶])?$`
);

/** True when a cell holds nothing and nothing of the user's: no number format, fill, border, note. */
export function isEmptyCell(sheet: SheetSnapshot, row: number, col: number): boolean {
  return (
    sheetCell(sheet, row, col) === "" &&
    sheetFormat(sheet, row, col) === "General" &&
    !isStyled(sheet, row, col)
  );
}

/** The last sheet row that holds anything (a value or something styled); -1 for an empty sheet. */
export function lastUsedRow(sheet: SheetSnapshot): number {
  let last = sheetExtent(sheet)?.bottom ?? -1;
  for (const r of sheet.styled ?? []) last = Math.max(last, r.bottom);
  return last;
}

/** True when a value is something the add-in could have written in its RAG column. */
export function looksOwned(value: CellValue, header: string): boolean {
  if (value === "") return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  return OWN_WORD.test(text) || sameHeader(text, header);
}

/** Case- and space-insensitive comparison of header texts ("RAG 2009/10"). */
export function sameHeader(a: CellValue, b: string): boolean {
  return typeof a === "string" && a.trim().replace(/\s+/g, " ").toLowerCase() === b.toLowerCase();
}

/** The first merged area that touches column `col` between rows `top` and `bottom`. */
export function mergeInColumn(
  sheet: SheetSnapshot,
  col: number,
  top: number,
  bottom: number
): RangeRef | undefined {
  return sheet.merges.find(
    (m) => m.left <= col && m.right >= col && m.top <= bottom && m.bottom >= top
  );
}

/** The first row of a column between `top` and `bottom` that is not empty, or undefined. */
export function firstUsedRow(
  sheet: SheetSnapshot,
  col: number,
  top: number,
  bottom: number
): number | undefined {
  // Rows below the last used row are empty by definition.
  const last = Math.min(bottom, lastUsedRow(sheet));
  for (let r = top; r <= last; r++) if (!isEmptyCell(sheet, r, col)) return r;
  return undefined;
}

/** True when the column holds nothing (values, number formats, merges) between the rows. */
export function isEmptyColumn(
  sheet: SheetSnapshot,
  col: number,
  top: number,
  bottom: number
): boolean {
  return (
    firstUsedRow(sheet, col, top, bottom) === undefined && !mergeInColumn(sheet, col, top, bottom)
  );
}
