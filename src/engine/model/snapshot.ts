import { CellValue, RangeRef } from "./cell";

/**
 * The adapter contract: what the engine knows of a workbook. The Excel adapter builds it from the
 * open workbook in one `context.sync()`; the ExcelJS adapter from a file; the demo from memory.
 */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** Areas the add-in wrote earlier (read back from the workbook's own record). */
  readonly owned: readonly OwnedArea[];
}

export interface SheetSnapshot {
  readonly name: string;
  /** 0-based sheet position of `values[0][0]` (the used range rarely starts at A1). */
  readonly origin: { readonly row: number; readonly col: number };
  /** The used range, rectangular: every row has the same length. */
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as `values`; `"General"` where nothing is set. Omitted = all General. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Merged areas, in sheet coordinates. */
  readonly merges: readonly RangeRef[];
  /** Excel tables (ListObjects) on this sheet, in sheet coordinates, header row included. */
  readonly tables: readonly { readonly name: string; readonly range: RangeRef }[];
  /** True when the sheet is protected (the add-in will not write to it). */
  readonly protected: boolean;
  readonly visibility?: "visible" | "hidden" | "veryHidden";
}

/** Something the add-in owns: a status column it wrote, or a sheet it created. */
export type OwnedArea =
  | { readonly kind: "rag-column"; readonly sheet: string; readonly range: RangeRef }
  | { readonly kind: "board-sheet"; readonly sheet: string };

/** Name prefix of the workbook-level defined names that record what the add-in owns. */
export const OWNED_NAME_PREFIX = "LAAMonitor_";

/** Reads a cell of a sheet snapshot by sheet coordinates; `""` outside the grid. */
export function sheetCell(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return "";
  return r[col - sheet.origin.col] ?? "";
}

/** Number format of a cell by sheet coordinates; `"General"` when unknown. */
export function sheetFormat(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.numberFormats?.[row - sheet.origin.row]?.[col - sheet.origin.col] ?? "General";
}

/** The sheet's grid as a range in sheet coordinates (undefined for an empty sheet). */
export function sheetExtent(sheet: SheetSnapshot): RangeRef | undefined {
  const rows = sheet.values.length;
  const cols = sheet.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return undefined;
  return {
    top: sheet.origin.row,
    left: sheet.origin.col,
    bottom: sheet.origin.row + rows - 1,
    right: sheet.origin.col + cols - 1,
  };
}
