import { Catalog } from "../catalog";
import { CellRef, CellValue, RangeRef } from "../model/cell";
import { rangeToA1 } from "../model/address";
import { SheetGrid, gridCell } from "../model/snapshot";
import { IndicatorRow, LaaTable, TableColumns } from "../model/table";
import { classifyHeader } from "./header";
import { Header, mayBeHeader, readHeaders } from "./locate";
import { applyRefreshLine, isRefreshLine } from "./refresh";
import { readRow, RowContext } from "./row";
import { cellText, isBlank, normalise } from "./text";
import { readSigns } from "./signs";

/** Blank rows in a row that end a table (fewer are gaps inside it). */
const BLANK_RUN_ENDS_TABLE = 3;
const FOOTNOTE = /^(?:[*†‡¹²³]|source\b|sources\b|note\b|notes\b|nb\b|key\b|footnote)/i;
const FOOTNOTE_LENGTH = 100;
// What a page of a Word or PDF document adds when it is copied into a sheet: page numbers, running
// headers ("Appendix One - Council Plan"), dates, version lines, a document title with its years,
// row numbers ("1.") and "continued" markers.
const DEBRIS = [
  /^page \d+(?: of \d+)?$/i,
  /^-?\s*\d+\s*-?$/,
  /^\d{1,3}[.)]$/,
  /^appendix\b/i,
  /^version\b/i,
  /^\(?cont(?:inued|'d|d)?\.?\)?$/i,
  /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/,
  /^\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}$/i,
  /(?:19|20)\d{2} ?[-/] ?(?:(?:19|20)?\d{2})\b.*\b(?:agreement|plan|refresh|strategy|report|indicators)\b|\b(?:agreement|plan|refresh|strategy|report)\b.*(?:19|20)\d{2} ?[-/] ?(?:(?:19|20)?\d{2})\b/i,
];
const BRACKETED = /^[[(]\s*(.*?)\s*[\])]?$/;

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
  // An unheaded column just left of the table holds row numbers or themes written across it.
  const scanLeft = unheaded(sheet, header, left - 1) ? left - 1 : left;
  const mergedPriority =
    columns.priority === undefined ? undefined : mergesIn(sheet, columns.priority);
  const labels = rowText(sheet, header.rows[0] ?? header.bottom, scanLeft, right);
  const rows: IndicatorRow[] = [];
  const notes: { cell: CellRef; text: string }[] = [];
  let current: { text: string; cell: CellRef } | undefined;
  let bottom = header.bottom;
  let blanks = 0;
  // A blank row or a heading since the last data row: a header after that starts another table.
  let gap = false;
  let r = header.bottom + 1;
  for (; r <= last; r++) {
    const cells = sheet.values[r - sheet.origin.row];
    if (!cells) break;
    const filledCols: number[] = [];
    for (let c = scanLeft; c <= right; c++) {
      if (!isBlank(cells[c - sheet.origin.col] ?? "")) filledCols.push(c);
    }
    if (filledCols.length === 0) {
      gap = true;
      if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blanks = 0;
    const texts = filledCols.map((c) => normalise(cellText(gridCell(sheet, r, c))));
    // Page furniture copied in with the table is never data.
    if (texts.every(isDebris)) continue;
    // The header block again, straight after the data, where the document broke the page: skip it.
    if (!gap && rowText(sheet, r, scanLeft, right) === labels) {
      r += header.rows.length - 1;
      continue;
    }
    if (filledCols.length === 1) {
      const only = filledCols[0] as number;
      const text = texts[0] ?? "";
      const note = noteText(text);
      if (note !== undefined) {
        notes.push({ cell: { sheet: sheet.name, row: r, col: only }, text: note });
        continue;
      }
      if (text.length > FOOTNOTE_LENGTH) continue;
      const heading = only === headingCol || (columns.priority === undefined && only < left);
      if (heading && (columns.priority !== undefined || !startsWithCode(text))) {
        // Text alone in the priority (or first) column: a heading that sets the priority below it.
        current = { text, cell: { sheet: sheet.name, row: r, col: only } };
        gap = true;
        continue;
      }
    }
    const at = (col: number): CellValue => gridCell(sheet, r, col);
    const previous = rows[rows.length - 1];
    if (previous && isBlank(at(columns.indicator ?? left)) && isRefreshLine(at, columns)) {
      // The refresh line under an indicator belongs to it: never an indicator of its own.
      rows[rows.length - 1] = applyRefreshLine(previous, r, at, columns);
      bottom = r;
      continue;
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
    gap = false;
  }
  const range: RangeRef = { top: header.rows[0] ?? header.bottom, left, bottom, right };
  const signed = readSigns(columns, rows);
  const table: LaaTable = {
    id: `${sheet.name}!${rangeToA1(range)}`,
    sheet: sheet.name,
    range,
    headerRows: header.rows,
    columns: signed.columns,
    ...(header.baselinePeriod ? { baselineHeaderPeriod: header.baselinePeriod } : {}),
    rows: signed.rows,
    ...(excelTable ? { excelTable: excelTable.name } : {}),
    ...(notes.length > 0 ? { notes } : {}),
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
  for (const y of columns.inYear ?? []) valueCols.push(y.col);
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
/** True for page furniture: page numbers, running headers, dates, a document title, row numbers. */
function isDebris(text: string): boolean {
  return DEBRIS.some((re) => re.test(text));
}

/** The text of a note row ("[NB: … renegotiated]", "Note: …"), or undefined for any other row. */
function noteText(text: string): string | undefined {
  const inner = BRACKETED.exec(text)?.[1] ?? text;
  if (!FOOTNOTE.test(inner) && !FOOTNOTE.test(text)) return undefined;
  return inner.replace(/^(?:nb|note|notes)\s*[:.-]?\s*/i, "").trim() || text;
}

/** A row's cells as one comparable string (the header row, to spot it repeated at a page break). */
function rowText(sheet: SheetGrid, row: number, from: number, to: number): string {
  const parts: string[] = [];
  for (let c = from; c <= to; c++)
    parts.push(normalise(cellText(gridCell(sheet, row, c))).toLowerCase());
  return parts.join("\u0001");
}

/** True when the column has no header cell (and lies in the grid). */
function unheaded(sheet: SheetGrid, header: Header, col: number): boolean {
  if (col < sheet.origin.col) return false;
  return header.rows.every((r) => isBlank(gridCell(sheet, r, col)));
}

function startsWithCode(text: string): boolean {
  return CODE_START.test(text);
}

function hasValues(row: IndicatorRow): boolean {
  if (row.baseline.kind !== "empty") return true;
  for (const t of row.targets) if (t.value.kind !== "empty") return true;
  for (const a of row.actuals) if (a.value.kind !== "empty") return true;
  for (const a of row.inYear ?? []) if (a.value.kind !== "empty") return true;
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
