import { InYearColumn } from "../model/in-year";
import { SheetGrid } from "../model/snapshot";
import { TableColumns, YearColumn } from "../model/table";
import {
  HeaderCell,
  HeaderRow as Row,
  MONITORING_COLUMN,
  MonitoringRole,
  YearKind,
  classifyHeader,
  headerText,
  isIndicator,
  isIndicatorHeader,
} from "./header";
import { aboveInYear, inYearHead, isInYearBelow } from "./in-year-columns";
import { sideBySide } from "./side-by-side";

/** A recognised table header: its rows and columns, in sheet coordinates. */
export interface Header {
  readonly rows: readonly number[];
  /** Last header row; data starts below it. */
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: TableColumns;
  readonly baselinePeriod?: string;
}

const SPAN_KIND: Readonly<Record<string, YearKind>> = {
  "span-target": "target",
  "span-actual": "actual",
  "span-rag": "rag",
};

/** First test of a row: does any cell read as an indicator column's header? */
export function mayBeHeader(sheet: SheetGrid, row: number): boolean {
  const cells = sheet.values[row - sheet.origin.row];
  return (
    cells?.some((v) => typeof v === "string" && v !== "" && isIndicatorHeader(headerText(v))) ??
    false
  );
}

function classifyRow(sheet: SheetGrid, row: number): { cells: Row; unknown: number } {
  const raw = sheet.values[row - sheet.origin.row] ?? [];
  let unknown = 0;
  const cells = raw.map((v) => {
    if (typeof v !== "string" || v.trim() === "") {
      if (v !== "") unknown++;
      return undefined;
    }
    const c = classifyHeader(v);
    if (!c) unknown++;
    return c;
  });
  return { cells, unknown };
}

const isSpan = (c: HeaderCell | undefined): boolean => c !== undefined && c.role in SPAN_KIND;
/** An in-year cell ("Q2", "YTD") that names no year: the row above must. */
const inYearWithoutYear = (c: HeaderCell | undefined): boolean =>
  c?.role === "in-year" && c.inYear?.year === undefined;
/** A year or in-year cell whose kind or year the row above must give. */
const needsAbove = (c: HeaderCell | undefined): boolean =>
  (c?.role === "year" && !c.yearKind) || inYearWithoutYear(c);
const namesYear = (c: HeaderCell | undefined): boolean =>
  c?.role === "year" || (c?.role === "in-year" && c.inYear?.year !== undefined);

/** A row of years (and sub-labels) under a label row, as in the government's two-row header. */
function isYearRowBelow(label: Row, below: { cells: Row; unknown: number }): boolean {
  if (below.unknown > 0) return false;
  let years = 0;
  for (let i = 0; i < below.cells.length; i++) {
    const c = below.cells[i];
    const above = label[i];
    if (isIndicator(c) && !isIndicator(above)) return false;
    if (c?.role === "year" && (above === undefined || isSpan(above))) years++;
    else if (isInYearBelow(c, aboveInYear(label, below.cells, i))) years++;
  }
  return years > 0;
}

/**
 * Reads the header(s) whose label row (the one naming the indicator column) is `row`: one per table
 * when tables stand side by side. Takes the row below when it holds the years (two-row government
 * header) or the row above when it holds the spans. A header needs an indicator column plus a year or
 * baseline column; returns [] when there is none.
 */
export function readHeaders(sheet: SheetGrid, row: number): Header[] {
  const label = classifyRow(sheet, row);
  if (!label.cells.some(isIndicator)) return [];
  const below = classifyRow(sheet, row + 1);
  let top: Row | undefined;
  let bottom: Row = label.cells;
  let rows = [row];
  if (row + 1 - sheet.origin.row < sheet.values.length && isYearRowBelow(label.cells, below)) {
    top = label.cells;
    bottom = below.cells;
    rows = [row, row + 1];
  } else if (row > sheet.origin.row && label.cells.some(needsAbove)) {
    const above = classifyRow(sheet, row - 1).cells;
    if (above.some(isSpan) || (label.cells.some(inYearWithoutYear) && above.some(namesYear))) {
      top = above;
      rows = [row - 1, row];
    }
  }
  const out: Header[] = [];
  for (const [from, to] of sideBySide(sheet, rows, top, bottom)) {
    const header = buildColumns(sheet, rows, top, bottom, from, to);
    if (header) out.push(header);
  }
  return out;
}

function buildColumns(
  sheet: SheetGrid,
  rows: number[],
  top: Row | undefined,
  bottom: Row,
  from: number,
  to: number
): Header | undefined {
  const oc = sheet.origin.col;
  const found: { -readonly [K in keyof TableColumns]?: TableColumns[K] } = {};
  const years: Record<YearKind, YearColumn[]> = { target: [], actual: [], rag: [] };
  const inYear: InYearColumn[] = [];
  let code: number | undefined;
  let title: number | undefined;
  let baselinePeriod: string | undefined;
  let left = Infinity;
  let right = -Infinity;
  for (let i = from; i <= to; i++) {
    const low = bottom[i];
    const high = top?.[i];
    const head = inYearHead(low, aboveInYear(top, bottom, i));
    if (head || low?.role === "in-year") {
      // An in-year column that names no year anywhere is left out: nothing could be rated by it.
      if (head) {
        const col = i + oc;
        left = Math.min(left, col);
        right = Math.max(right, col);
        inYear.push({ ...head, col });
      }
      continue;
    }
    let cell = low && !isSpan(low) ? low : high && !isSpan(high) ? high : undefined;
    // A year under a label such as "Baseline" is that column's period, not a target year.
    if (cell === low && low?.role === "year" && high && !isSpan(high)) {
      cell = high.role === "baseline" && !high.period ? { ...high, period: low.text } : high;
    }
    if (!cell) continue;
    const col = i + oc;
    left = Math.min(left, col);
    right = Math.max(right, col);
    if (cell.role === "year" && cell.year !== undefined) {
      const kind = cell.yearKind ?? (cell === low && top ? spanKind(top, bottom, i) : undefined);
      years[kind ?? "target"].push(yearColumn(cell, col, high));
      continue;
    }
    if (cell.role === "indicator-code") code ??= col;
    else if (cell.role === "indicator") title ??= col;
    else if (cell.role === "baseline") {
      found.baseline ??= col;
      baselinePeriod ??= cell.period;
      if (cell.unit && !cell.percentOfBaseline) found.baselineUnit ??= cell.unit;
    } else if (cell.role === "refresh-status") found.refreshStatus ??= col;
    else if (cell.role === "cumulative") found.cumulative ??= col;
    else if (cell.role === "baseline-period") found.baselinePeriod ??= col;
    else if (cell.role === "priority") found.priority ??= col;
    else if (cell.role === "lead") found.leadPartners ??= col;
    else if (cell.role === "polarity") found.polarity ??= col;
    else if (cell.role === "tolerance") found.tolerance ??= col;
    else if (cell.role === "comments") found.comments ??= col;
    else if (cell.role === "contributes") found.contributesTo ??= col;
    else if (cell.role in MONITORING_COLUMN)
      found[MONITORING_COLUMN[cell.role as MonitoringRole]] ??= col;
  }
  // "Indicator number and description" merged over two columns: codes in the first, titles in the next.
  if (code === undefined && title !== undefined) {
    const next = mergedInto(sheet, rows[0] ?? 0, title);
    if (next !== undefined && next > title) {
      code = title;
      title = next;
    }
  }
  const indicator = code ?? title;
  if (indicator === undefined) return undefined;
  if (
    years.target.length + years.actual.length + inYear.length === 0 &&
    found.baseline === undefined
  )
    return undefined;
  const columns: TableColumns = {
    ...found,
    indicator,
    ...(code !== undefined && title !== undefined ? { indicatorTitle: title } : {}),
    targets: years.target,
    actuals: years.actual,
    rag: years.rag,
    ...(inYear.length > 0 ? { inYear } : {}),
  };
  const bottomRow = rows[rows.length - 1] ?? 0;
  const header: Header = { rows, bottom: bottomRow, left, right, columns };
  return baselinePeriod ? { ...header, baselinePeriod } : header;
}

/** A year column with what its header (or the span above it) says of units. */
function yearColumn(cell: HeaderCell, col: number, above: HeaderCell | undefined): YearColumn {
  const unit = cell.unit ?? above?.unit;
  const percentOfBaseline = cell.percentOfBaseline ?? above?.percentOfBaseline;
  const out: { -readonly [K in keyof YearColumn]: YearColumn[K] } = {
    year: cell.year ?? 0,
    col,
    header: cell.text,
  };
  if (percentOfBaseline) out.percentOfBaseline = true;
  else if (unit) out.unit = unit;
  return out;
}

/** The column right of `col` that a header merge starting at `col` also covers, if any. */
function mergedInto(sheet: SheetGrid, row: number, col: number): number | undefined {
  const m = sheet.merges.find(
    (r) => r.left === col && r.right > col && r.top <= row && r.bottom >= row
  );
  return m ? col + 1 : undefined;
}

/** The span over a year column: walk left across blank top cells above years to the span header. */
function spanKind(top: Row, bottom: Row, i: number): YearKind | undefined {
  for (let j = i; j >= 0; j--) {
    const t = top[j];
    if (t) return SPAN_KIND[t.role];
    if (bottom[j]?.role !== "year") return undefined;
  }
  return undefined;
}
