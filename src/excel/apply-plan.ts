/**
 * Applies a WritePlan through Office.js in ONE sync: everything is queued, nothing is read back. All the
 * format groups of a sheet go in one `setCellProperties` matrix over their bounding rectangle (see
 * cell-properties.ts), so the writes queued do not grow with rows; a sparse rectangle falls back to
 * `worksheet.getRanges("A1:A4, A9")` per group. Never cell by cell.
 */
import {
  CellFormat,
  FormatGroup,
  HostError,
  NewSheet,
  RangeRef,
  SheetEdit,
  WritePlan,
  rangeToA1,
} from "../engine";
import { boardSheetNames, ownedToNames } from "../engine";
import { KnownWorkbook } from "./read-snapshot";
import { H_ALIGN, V_ALIGN, cellsPiece } from "./cell-properties";
import { toExcelValue } from "./text";
import { CellsPiece, Piece, chunkPieces, toPieces } from "./value-chunks";

/**
 * Excel on the web rejects a request above 5 MB (RequestPayloadSizeLimitExceeded). Value blocks and
 * cell-property matrices are estimated by their JSON length; up to this budget everything goes in one
 * sync, above it they are split into row chunks with one sync per chunk (the headroom covers clears,
 * fallback formats, names and JSON framing).
 */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/** getRanges fails on very long address lists (reported from about 8,000 characters): stay well under. */
const MAX_ADDRESS_LENGTH = 4000;

const PROTECTED = (sheet: string) =>
  `The sheet '${sheet}' is protected: unprotect it (Review › Unprotect Sheet) and run again.`;

/**
 * Refuses the plan before anything is queued. Protection and sheet names come from the last read: a
 * fresh load would cost a sync, and a sheet protected since then fails at sync with AccessDenied.
 */
export function checkPlan(plan: WritePlan, known: KnownWorkbook): void {
  const byName = new Map(known.sheets.map((s) => [s.name.toLowerCase(), s]));
  for (const edit of plan.edits) {
    const sheet = byName.get(edit.sheet.toLowerCase());
    if (!sheet)
      throw new HostError(
        "not-found",
        `The sheet '${edit.sheet}' is no longer in the workbook: run the check again.`
      );
    if (sheet.protected) throw new HostError("protected", PROTECTED(edit.sheet));
  }
  const own = boardSheetNames(known.snapshot);
  for (const name of plan.deleteSheets ?? []) {
    // Only a sheet the record says the add-in made may go; anything else is a bug, never done.
    if (byName.has(name.toLowerCase()) && !own.has(name.toLowerCase())) {
      throw new HostError(
        "in-the-way",
        `LAA Monitor did not create the sheet '${name}', so it will not delete it: this is a bug in LAA Monitor, please report it.`
      );
    }
  }
  for (const ns of plan.newSheets) {
    const existing = byName.get(ns.name.toLowerCase());
    if (existing && !own.has(existing.name.toLowerCase())) {
      throw new HostError(
        "in-the-way",
        `A sheet named '${existing.name}' already exists and LAA Monitor did not create it: rename it and run again.`
      );
    }
  }
}

/** Comma-separated address lists for getRanges, each under the length Excel accepts. */
export function addressLists(ranges: readonly RangeRef[]): string[] {
  const lists: string[] = [];
  let current = "";
  for (const r of ranges) {
    const a = rangeToA1(r);
    if (current && current.length + a.length + 1 > MAX_ADDRESS_LENGTH) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

function setFormat(f: Excel.RangeFormat, cf: CellFormat): void {
  if (cf.fill) f.fill.color = cf.fill;
  if (cf.fontColor) f.font.color = cf.fontColor;
  if (cf.bold !== undefined) f.font.bold = cf.bold;
  if (cf.italic !== undefined) f.font.italic = cf.italic;
  if (cf.fontSize) f.font.size = cf.fontSize;
  if (cf.wrap !== undefined) f.wrapText = cf.wrap;
  if (cf.horizontal) f.horizontalAlignment = H_ALIGN[cf.horizontal];
  if (cf.vertical) f.verticalAlignment = V_ALIGN[cf.vertical];
  if (cf.border) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = cf.border;
    }
  }
}

function byIndexes(ws: Excel.Worksheet, r: RangeRef): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function applyGroup(ws: Excel.Worksheet, g: FormatGroup): void {
  for (const list of addressLists(g.ranges)) setFormat(ws.getRanges(list).format, g.format);
  const fmt = g.format.numberFormat;
  if (!fmt) return;
  // RangeAreas has no numberFormat: one call per range of the group (still never per cell).
  for (const r of g.ranges) {
    const row = new Array<string>(r.right - r.left + 1).fill(fmt);
    byIndexes(ws, r).numberFormat = Array.from({ length: r.bottom - r.top + 1 }, () => row);
  }
}

/** Excel column width in points for a width in characters of the default font (7 px a character + 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive rows of the same height, as [first row, row count, height]: one call per run. */
export function heightRuns(
  heights: Readonly<Record<number, number>> | undefined
): [number, number, number][] {
  const runs: [number, number, number][] = [];
  const rows = Object.keys(heights ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  for (const row of rows) {
    const h = (heights as Record<number, number>)[row] as number;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row && last[2] === h) last[1]++;
    else runs.push([row, 1, h]);
  }
  return runs;
}

/**
 * Bytes a layout call (a range path, its format path, their instantiations and one property) takes in
 * the request JSON, as measured from the requests Office.js sends (about 610), with room to spare.
 */
export const LAYOUT_CALL_BYTES = 800;
/** The fixed part of a new sheet's request: add, freeze panes, page layout, footer, activation. */
const SHEET_BYTES = 4_000;

/** What the first request carries besides values and formats: layout calls, clears, names. */
export function layoutBytes(plan: WritePlan): number {
  let calls = plan.owned.length * 2;
  let text = 0;
  for (const ns of plan.newSheets) {
    calls += ns.merges.length + Object.keys(ns.columnWidths).length;
    calls += heightRuns(ns.rowHeights).length + ns.formats.length * 2;
    text += SHEET_BYTES;
  }
  calls += plan.deleteSheets?.length ?? 0;
  for (const edit of plan.edits) {
    calls += Object.keys(edit.columnWidths ?? {}).length + edit.formats.length * 2;
    calls += edit.standardWidths?.length ?? 0;
    text += addressLists(edit.clear).reduce((n, l) => n + l.length + LAYOUT_CALL_BYTES, 0);
  }
  return calls * LAYOUT_CALL_BYTES + text;
}

function setWidths(
  ws: Excel.Worksheet,
  widths: Readonly<Record<number, number>> | undefined,
  standard: readonly number[] = []
): void {
  for (const [col, chars] of Object.entries(widths ?? {})) {
    ws.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = widthPoints(chars);
  }
  // Setting it to true is the documented way back to the sheet's standard width (ExcelApi 1.7).
  for (const col of standard) ws.getRangeByIndexes(0, col, 1, 1).format.useStandardWidth = true;
}

function writePiece(context: Excel.RequestContext, p: Piece): void {
  const ws = context.workbook.worksheets.getItem(p.sheet);
  const range = ws.getRangeByIndexes(p.top, p.left, p.rows.length, p.rows[0]?.length ?? 0);
  if (p.kind === "values") {
    range.values = p.rows;
    return;
  }
  range.setCellProperties(p.rows);
  // null leaves a cell's number format as it is.
  if (p.numberFormat) range.numberFormat = p.numberFormat as string[][];
}

/** Everything of a new sheet but its values, formats and chart: merges, sizes, panes, print. */
function layoutSheet(ws: Excel.Worksheet, ns: NewSheet): void {
  for (const m of ns.merges) byIndexes(ws, m).merge(false);
  setWidths(ws, ns.columnWidths);
  for (const [row, count, height] of heightRuns(ns.rowHeights)) {
    ws.getRangeByIndexes(row, 0, count, 1).format.rowHeight = height;
  }
  if (ns.freezeRows) ws.freezePanes.freezeRows(ns.freezeRows);
  if (ns.print) {
    const p = ns.print;
    const pl = ws.pageLayout;
    pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    // Only the documented settings: whole pages wide, and no page count tall (as many as needed).
    pl.zoom = { horizontalFitToPages: p.fitToPagesWide };
    if (p.paperSize === "A4") pl.paperSize = "A4";
    if (p.repeatRows) pl.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
    if (p.footer) pl.headersFooters.defaultForAllPages.centerFooter = p.footer;
  }
}

/**
 * The chart of a new sheet, queued after every value is written: Excel takes the series names and
 * category labels from the cells of the data range as they are when the chart is added.
 */
function addChart(ws: Excel.Worksheet, ns: NewSheet): void {
  if (ns.chart) {
    const c = ns.chart;
    const chart = ws.charts.add("BarStacked", byIndexes(ws, c.dataRange), "Columns");
    chart.title.text = c.title;
    chart.setPosition(
      rangeToA1({ ...c.anchor, bottom: c.anchor.top, right: c.anchor.left }),
      rangeToA1({ ...c.anchor, top: c.anchor.bottom, left: c.anchor.right })
    );
    c.seriesColors.forEach((color, i) =>
      chart.series.getItemAt(i).format.fill.setSolidColor(color)
    );
  }
}

type Target = SheetEdit | NewSheet;
const sheetOf = (t: Target): string => ("sheet" in t ? t.sheet : t.name);

/**
 * Queues the whole plan and its first chunk of pieces for one sync. `cells` holds each sheet's formats
 * piece; a sheet without one (sparse rectangle) is formatted group by group here.
 */
function queuePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  known: KnownWorkbook,
  cells: ReadonlyMap<Target, CellsPiece | undefined>,
  first: readonly Piece[]
): void {
  const { worksheets } = context.workbook;
  for (const edit of plan.edits) {
    const ws = worksheets.getItem(edit.sheet);
    for (const list of addressLists(edit.clear)) ws.getRanges(list).clear("All");
    if (!cells.get(edit)) edit.formats.forEach((g) => applyGroup(ws, g));
    setWidths(ws, edit.columnWidths, edit.standardWidths);
  }
  const doomed = new Set((plan.deleteSheets ?? []).map((n) => n.toLowerCase()));
  for (const s of known.sheets)
    if (doomed.has(s.name.toLowerCase())) worksheets.getItem(s.name).delete();
  const existing = new Map(known.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const added = plan.newSheets.map((ns) => {
    const old = existing.get(ns.name.toLowerCase());
    if (old) worksheets.getItem(old).delete();
    const ws = worksheets.add(ns.name);
    if (!cells.get(ns)) ns.formats.forEach((g) => applyGroup(ws, g));
    return { ws, ns };
  });
  // Formats, then the new sheets' merges, then values: each value lands in a cell already shaped.
  first.forEach((p) => p.kind === "cells" && writePiece(context, p));
  for (const { ws, ns } of added) layoutSheet(ws, ns);
  first.forEach((p) => p.kind === "values" && writePiece(context, p));
}

/**
 * What ends the plan, after its last values: charts, then the ownership record, then the sheet to show.
 * The record is replaced last: Excel applies a batch up to the operation that fails, so if a write
 * fails (a sheet protected since the read) the old record still names the columns the add-in owns, and
 * the next run can reuse them instead of finding them "in the way". A name the user deleted since the
 * read is a null object, so deleting it again does not stop the batch half-way.
 */
function finishPlan(context: Excel.RequestContext, plan: WritePlan, known: KnownWorkbook): void {
  const { worksheets, names } = context.workbook;
  for (const ns of plan.newSheets) if (ns.chart) addChart(worksheets.getItem(ns.name), ns);
  for (const n of known.ownedNames) names.getItemOrNullObject(n).delete();
  for (const n of ownedToNames(plan.owned)) names.add(n.name, `=${n.ref}`);
  const shown = plan.newSheets.filter((ns) => ns.activate).at(-1);
  if (shown) worksheets.getItem(shown.name).activate();
}

/** Applies the plan: one sync, or one per chunk above the payload budget. */
export async function applyPlanInExcel(
  context: Excel.RequestContext,
  plan: WritePlan,
  known: KnownWorkbook,
  budget = DEFAULT_PAYLOAD_BUDGET
): Promise<void> {
  checkPlan(plan, known);
  // New sheets first, so that their formats land in the first request, before their merges.
  const targets: Target[] = [...plan.newSheets, ...plan.edits];
  const cells = new Map(targets.map((t) => [t, cellsPiece(sheetOf(t), t.formats)]));
  const pieces = targets.flatMap((t): Piece[] => {
    const formats = cells.get(t);
    const values = t.blocks.flatMap((b) => toPieces(sheetOf(t), b, toExcelValue));
    return formats ? [formats, ...values] : values;
  });
  const [first = [], ...rest] = chunkPieces(pieces, budget, layoutBytes(plan));
  queuePlan(context, plan, known, cells, first);
  // Only above the payload limit: each chunk is its own request, so each needs its own sync.
  for (const chunk of rest) {
    await context.sync();
    chunk.forEach((p) => writePiece(context, p));
  }
  finishPlan(context, plan, known);
  await context.sync();
}
