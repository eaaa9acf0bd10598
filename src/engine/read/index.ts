import { Catalog } from "../catalog";
import { RangeRef } from "../model/cell";
import { SheetGrid, WorkbookSnapshot, sheetGrids } from "../model/snapshot";
import { LaaTable } from "../model/table";
import { mayBeHeader, readHeaders } from "./locate";
import { readTable } from "./table";

/**
 * Finds every LAA table in the workbook and reads its rows. Never throws on odd input.
 *
 * Each sheet is scanned top to bottom once: a row with an indicator-like header cell is tried as a
 * header (with the row of years below it or the row of spans above it); a header needs an indicator
 * column plus a year or baseline column. Its data rows are read until the grid ends, three blank
 * rows, the end of its Excel table, or the next header; scanning resumes below it.
 */
export function readWorkbook(snapshot: WorkbookSnapshot, catalog: Catalog): readonly LaaTable[] {
  const tables: LaaTable[] = [];
  for (const sheet of snapshot.sheets)
    for (const grid of sheetGrids(sheet)) readGrid(grid, catalog, tables);
  return tables;
}

function readGrid(sheet: SheetGrid, catalog: Catalog, out: LaaTable[]): void {
  const first = sheet.origin.row;
  const end = first + sheet.values.length;
  let r = first;
  while (r < end) {
    const headers = mayBeHeader(sheet, r) ? readHeaders(sheet, r) : [];
    let next = r + 1;
    for (const header of headers) {
      const excelTable = tableAt(sheet, header.bottom, header.left, header.right);
      const read = readTable(sheet, header, catalog, excelTable);
      out.push(read.table);
      next = Math.max(next, read.next);
    }
    r = next;
  }
}

/** The Excel table whose header band holds the LAA header (its columns overlap the table's). */
function tableAt(
  sheet: SheetGrid,
  row: number,
  left: number,
  right: number
): { readonly name: string; readonly range: RangeRef } | undefined {
  for (const t of sheet.tables) {
    const r = t.range;
    if (row >= r.top && row <= r.bottom && right >= r.left && left <= r.right) return t;
  }
  return undefined;
}
