import { Catalog } from "../catalog";
import { RangeRef } from "../model/cell";
import { SheetGrid, WorkbookSnapshot, sheetGrids } from "../model/snapshot";
import { LaaTable } from "../model/table";
import { classifyHeader, HeaderRole } from "./header";
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

/** The row that came nearest to being an LAA table's header, and what it had and lacked. */
export interface NearMiss {
  readonly sheet: string;
  /** Sheet row, 0-based. */
  readonly row: number;
  readonly found: readonly string[];
  readonly lacks: readonly string[];
}

const WANTED: readonly (readonly [string, readonly HeaderRole[]])[] = [
  ["Indicator", ["indicator", "indicator-code"]],
  ["Baseline", ["baseline"]],
  ["target years", ["year", "span-target"]],
  ["Lead partners", ["lead"]],
];

/**
 * The row with the most of an LAA header's columns (indicator, baseline, target years, lead partners),
 * two at least, for a table.not-found message that says what to fix; undefined when no row comes close.
 */
export function nearestHeader(snapshot: WorkbookSnapshot): NearMiss | undefined {
  let best: NearMiss | undefined;
  for (const sheet of snapshot.sheets) {
    for (const grid of sheetGrids(sheet)) {
      grid.values.forEach((cells, i) => {
        const roles = new Set<HeaderRole>();
        for (const v of cells) {
          const c = typeof v === "string" ? classifyHeader(v) : undefined;
          if (c) roles.add(c.role);
        }
        const found = WANTED.filter(([, rs]) => rs.some((r) => roles.has(r))).map(([n]) => n);
        if (found.length < 2 || (best && best.found.length >= found.length)) return;
        const lacks = WANTED.map(([n]) => n).filter((n) => !found.includes(n));
        best = { sheet: sheet.name, row: grid.origin.row + i, found, lacks };
      });
    }
  }
  return best;
}
