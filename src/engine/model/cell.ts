/**
 * Cell values and addresses. Inside the engine every position is 0-based and absolute on its sheet
 * (row 0 = Excel row 1, col 0 = column A). A1 strings appear only at the edges (findings, adapters).
 */

/** A value exactly as Office.js `range.values` delivers it: `""` for empty, numbers, booleans, error strings like `"#N/A"`. */
export type CellValue = string | number | boolean;

/** A rectangle on one sheet, 0-based, inclusive at both ends. */
export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One cell on a named sheet, 0-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** The Excel error values a cell can hold, as Office.js shows them. */
export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

/** True when `value` is one of Excel's error values (as a string). */
export function isExcelError(value: CellValue): value is string {
  return typeof value === "string" && value.startsWith("#") && EXCEL_ERRORS.includes(value);
}
