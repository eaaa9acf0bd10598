import { Catalog } from "../catalog";
import { CellRef, CellValue, RangeRef } from "../model/cell";
import { rangeToA1 } from "../model/address";
import { SheetGrid, gridCell } from "../model/snapshot";
import { IndicatorRow, LaaTable, TableColumns } from "../model/table";
import { classifyHeader } from "./header";
import { Header, mayBeHeader, readHeaders } from "./locate";
import { readRow, RowContext } from "./row";
import { cellText, isBlank, normalise } from "./text";

/** Blank rows in a row that end a table (fewer are gaps inside it). */
const BLANK_RUN_ENDS_TABLE = 3;
const FOOTNOTE = /^(?:[*†‡¹²³]|source\b|sources\b|note\b|notes\b|nb\b|key\b|footnote)/i;
const FOOTNOTE_LENGTH = 100;

/** Reads the data rows under a header. Returns the table and the first row after it. */
export function readTable(
  sheet: SheetGrid,
  header: Header,
  catalog: Catalog,
  excelTable?: { readonly name: string; readonly range: RangeRef }
): { table: LaaTable; next: number } {
  const { columns, left, right } = header;
  const ctx: RowContext = {
    sheet,
    columns,
    catalog,
    ...(header.baselinePeriod ? { baselineHeaderPeriod: header.baselinePeriod } : {}),
  };
  const gridBottom = sheet.origin.row + sheet.values.length - 1;
  const last = excelTable ? Math.min(excelTable.range.bottom, gridBottom) : gridBottom;
  const headingCol = columns.priority ?? left;
  const mergedPriority =
    columns.priority === undefined ? undefined : mergesIn(sheet, columns.priority);
  const rows: IndicatorRow[] = [];
  let current: { text: string; cell: CellRef } | undefined;
  let bottom = header.bottom;
  let blanks = 0;
  let r = header.bottom + 1;
  for (; r <= last; r++) {
    const cells = sheet.values[r - sheet.origin.row];
    if (!cells) break;
    let filled = 0;
    let only = -1;
    for (let c = left; c <= right; c++) {
      if (!isBlank(cells[c - sheet.origin.col] ?? "")) {
        filled++;
        only = c;
      }
    }
    if (filled === 0) {
      if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blanks = 0;
    if (filled === 1) {
      const text = normalise(cellText(gridCell(sheet, r, only)));
      if (FOOTNOTE.test(text) || text.length > FOOTNOTE_LENGTH) continue;
      if (only === headingCol && (columns.priority !== undefined || !startsWithCode(text))) {
        // Text alone in the priority (or first) column: a heading that sets the priority below it.
        current = { text, cell: { sheet: sheet.name, row: r, col: only } };
        continue;
      }
    }
    // Another table's header ends this one; rows that start with an NI code never are one.
    const first = cells[(columns.indicator ?? left) - sheet.origin.col];
    const coded = typeof first === "string" && startsWithCode(first.trimStart());
    if (
      !excelTable &&
      !coded &&
      mayBeHeader(sheet, r) &&
      isHeaderLike(cells, sheet.origin.col, columns) &&
      readHeaders(sheet, r).length > 0
    )
      break;
    // A cross-cutting matrix written under the table is not part of it (the gaps module reads it).
    if (!coded && startsMatrix(cells)) break;
    const priority = priorityOf(sheet, r, columns.priority, mergedPriority, current);
    if (priority) current = { text: priority.text, cell: priority.cell };
    const row = readRow(ctx, r, priority);
    if (row.indicator.raw === "" && !hasValues(row)) continue;
    rows.push(row);
    bottom = r;
  }
  const range: RangeRef = { top: header.rows[0] ?? header.bottom, left, bottom, right };
  const table: LaaTable = {
    id: `${sheet.name}!${rangeToA1(range)}`,
    sheet: sheet.name,
    range,
    headerRows: header.rows,
    columns,
    ...(header.baselinePeriod ? { baselineHeaderPeriod: header.baselinePeriod } : {}),
    rows,
    ...(excelTable ? { excelTable: excelTable.name } : {}),
  };
  return { table, next: Math.max(r, header.bottom + 1) };
}

// A value cell holding a number ("1,150 (2007/08)", "45%", "14.1"): data, never a header. Year labels
// ("2008/09") do not match: the number must end the cell or be followed by "%" or a bracket.
const NUMERIC = /^\s*[-+]?[£$€]?\s*(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*(?:%|\(|$)/;
const CODE_START = /^n\.? ?i\.?[ -]?\d/i;
const MATRIX_TITLE = /^\s*cross[\s-]*cutting\b/i;

function startsMatrix(cells: readonly CellValue[]): boolean {
  for (const v of cells) {
    if (isBlank(v)) continue;
    return typeof v === "string" && MATRIX_TITLE.test(v);
  }
  return false;
}
/**
 * A real header row under a table is mostly header words and has no number under the table's value
 * columns. A data row whose local indicator title or comment holds a header word ("Number of ...",
 * "Local indicator") fails this test, so it stays in the table instead of starting a new one.
 */
function isHeaderLike(cells: readonly CellValue[], oc: number, columns: TableColumns): boolean {
  const valueCols = [columns.baseline, ...columns.targets.map((y) => y.col)];
  for (const y of columns.actuals) valueCols.push(y.col);
  for (const col of valueCols) {
    const v = col === undefined ? undefined : cells[col - oc];
    if (typeof v === "number" || (typeof v === "string" && NUMERIC.test(v))) return false;
  }
  let filled = 0;
  let words = 0;
  for (const v of cells) {
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === "string" && classifyHeader(v) !== undefined) words++;
  }
  return words * 2 >= filled;
}
function startsWithCode(text: string): boolean {
  return CODE_START.test(text);
}

function hasValues(row: IndicatorRow): boolean {
  if (row.baseline.kind !== "empty") return true;
  for (const t of row.targets) if (t.value.kind !== "empty") return true;
  for (const a of row.actuals) if (a.value.kind !== "empty") return true;
  return false;
}

/** Row → top-left cell of the merged area covering the priority column at that row. */
function mergesIn(sheet: SheetGrid, col: number): Map<number, CellRef> | undefined {
  let map: Map<number, CellRef> | undefined;
  for (const m of sheet.merges) {
    if (col < m.left || col > m.right || m.bottom === m.top) continue;
    map ??= new Map();
    for (let r = m.top + 1; r <= m.bottom; r++)
      map.set(r, { sheet: sheet.name, row: m.top, col: m.left });
  }
  return map;
}

function priorityOf(
  sheet: SheetGrid,
  row: number,
  col: number | undefined,
  merged: Map<number, CellRef> | undefined,
  current: { text: string; cell: CellRef } | undefined
): IndicatorRow["priority"] {
  if (col !== undefined) {
    const text = normalise(cellText(gridCell(sheet, row, col)));
    if (text !== "") return { text, cell: { sheet: sheet.name, row, col }, carried: false };
    const top = merged?.get(row);
    if (top) {
      const mergedText = normalise(cellText(gridCell(sheet, top.row, top.col)));
      if (mergedText !== "") return { text: mergedText, cell: top, carried: true };
    }
  }
  return current ? { text: current.text, cell: current.cell, carried: true } : undefined;
}
