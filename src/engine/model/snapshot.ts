import { rangeContains } from "./address";
import { CellValue, RangeRef } from "./cell";
import { RatingStamp } from "./stamp";

/**
 * The adapter contract: what the engine knows of a workbook. The Excel adapter builds it from the
 * open workbook; the file adapter from an .xlsx package; the demo from memory.
 */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** Areas the add-in wrote earlier (read back from the workbook's own record). */
  readonly owned: readonly OwnedArea[];
}

/** A dense rectangle of a sheet: its values exactly as Office.js `range.values` gives them. */
export interface SheetArea {
  /** 0-based sheet position of `values[0][0]`. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Rectangular: every row has the same length. */
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as `values`; `"General"` where nothing is set. Omitted = all General. */
  readonly numberFormats?: readonly (readonly string[])[];
}

export interface SheetSnapshot {
  readonly name: string;
  /**
   * Everything on the sheet that holds a value, as disjoint dense rectangles: usually one (the used
   * range); more when the content lies far apart (a stray cell far below the table), so that a
   * mostly empty sheet is never read as one vast grid. An empty sheet has none.
   */
  readonly areas: readonly SheetArea[];
  /** Merged areas, in sheet coordinates. */
  readonly merges: readonly RangeRef[];
  /** Excel tables (ListObjects) on this sheet, in sheet coordinates, header row included. */
  readonly tables: readonly { readonly name: string; readonly range: RangeRef }[];
  /** True when the sheet is protected (the add-in will not write to it). */
  readonly protected: boolean;
  readonly visibility?: "visible" | "hidden" | "veryHidden";
  /**
   * Cells holding no value but something of the user's (a fill, border, number format, data
   * validation, note or comment): never free for the add-in to write into.
   */
  readonly styled?: readonly RangeRef[];
  /** One sentence when the adapter could not read the sheet, or part of it (too large). */
  readonly unread?: string;
}

/**
 * One area with what the reader needs of its sheet: the unit the engine scans for tables and the
 * cross-cutting matrix (neither ever spans two areas).
 */
export interface SheetGrid extends SheetArea {
  readonly name: string;
  readonly merges: readonly RangeRef[];
  readonly tables: readonly { readonly name: string; readonly range: RangeRef }[];
}

/**
 * Something the add-in owns: a status column it wrote, or a sheet it created, with the settings it
 * was rated with (absent in a record written before stamps were kept).
 */
export type OwnedArea =
  | {
      readonly kind: "rag-column";
      readonly sheet: string;
      readonly range: RangeRef;
      readonly stamp?: RatingStamp;
    }
  | { readonly kind: "board-sheet"; readonly sheet: string; readonly stamp?: RatingStamp };

/** Name prefix of the workbook-level defined names that record what the add-in owns. */
export const OWNED_NAME_PREFIX = "LAAMonitor_";

/** Lower-cased names of the board sheets the add-in made, from the ownership record. */
export function boardSheetNames(snapshot: WorkbookSnapshot): Set<string> {
  return new Set(
    snapshot.owned.flatMap((a) => (a.kind === "board-sheet" ? [a.sheet.toLowerCase()] : []))
  );
}

/**
 * The workbook without the board sheets the add-in made: they are its output, not the user's tables.
 * Read as input, a board's detail table would be checked and rated again, and the next RAG run would
 * write status columns into the board sheet itself.
 */
export function withoutBoardSheets(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const boards = boardSheetNames(snapshot);
  if (boards.size === 0) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => !boards.has(s.name.toLowerCase())) };
}

/** The sheet's areas as grids, top to bottom. */
export function sheetGrids(sheet: SheetSnapshot): SheetGrid[] {
  return sheet.areas.map((a) => ({
    ...a,
    name: sheet.name,
    merges: sheet.merges,
    tables: sheet.tables,
  }));
}

/** A sheet of one area (the used range): what most adapters and tests build. */
export function singleArea(
  origin: { readonly row: number; readonly col: number },
  values: readonly (readonly CellValue[])[],
  numberFormats?: readonly (readonly string[])[]
): readonly SheetArea[] {
  if (values.length === 0 || (values[0]?.length ?? 0) === 0) return [];
  return [numberFormats ? { origin, values, numberFormats } : { origin, values }];
}

/** Reads a cell of a grid by sheet coordinates; `""` outside it. */
export function gridCell(grid: SheetArea, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return "";
  return r[col - grid.origin.col] ?? "";
}

/** Number format of a grid's cell by sheet coordinates; `"General"` when unknown. */
export function gridFormat(grid: SheetArea, row: number, col: number): string {
  return grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? "General";
}

/** The area of a sheet holding the cell, if any. */
function areaAt(sheet: SheetSnapshot, row: number, col: number): SheetArea | undefined {
  return sheet.areas.find((a) => inArea(a, row, col));
}

function inArea(a: SheetArea, row: number, col: number): boolean {
  const r = row - a.origin.row;
  const c = col - a.origin.col;
  return r >= 0 && c >= 0 && r < a.values.length && c < (a.values[0]?.length ?? 0);
}

/** Reads a cell of a sheet by sheet coordinates; `""` where no area holds it. */
export function sheetCell(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const a = areaAt(sheet, row, col);
  return a ? gridCell(a, row, col) : "";
}

/** Number format of a sheet's cell by sheet coordinates; `"General"` when unknown. */
export function sheetFormat(sheet: SheetSnapshot, row: number, col: number): string {
  const a = areaAt(sheet, row, col);
  return a ? gridFormat(a, row, col) : "General";
}

/** True when the user formatted, validated or annotated the cell (see SheetSnapshot.styled). */
export function isStyled(sheet: SheetSnapshot, row: number, col: number): boolean {
  return (sheet.styled ?? []).some((r) => rangeContains(r, row, col));
}

/** An area as a range in sheet coordinates (undefined when it is empty). */
export function rangeOfArea(area: SheetArea): RangeRef | undefined {
  const rows = area.values.length;
  const cols = area.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return undefined;
  return {
    top: area.origin.row,
    left: area.origin.col,
    bottom: area.origin.row + rows - 1,
    right: area.origin.col + cols - 1,
  };
}

/** The rectangle around every area of the sheet (undefined for an empty sheet). */
export function sheetExtent(sheet: SheetSnapshot): RangeRef | undefined {
  let out: RangeRef | undefined;
  for (const a of sheet.areas) {
    const r = rangeOfArea(a);
    if (!r) continue;
    out = out
      ? {
          top: Math.min(out.top, r.top),
          left: Math.min(out.left, r.left),
          bottom: Math.max(out.bottom, r.bottom),
          right: Math.max(out.right, r.right),
        }
      : r;
  }
  return out;
}
