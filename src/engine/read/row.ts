import { Catalog } from "../catalog";
import { CellRef } from "../model/cell";
import { SheetGrid, gridCell, gridFormat } from "../model/snapshot";
import { IndicatorRow, ParsedValue, TableColumns, YearColumn, YearValue } from "../model/table";
import { parseIndicator } from "./indicator";
import { splitList } from "./lists";
import { parseRefreshStatus } from "./refresh";
import { parsePolarity, resolvePolarity, resolveRelatives } from "./resolve";
import { cellText, normalise } from "./text";
import { parseValue } from "./values";

/** What a table tells the row reader besides the row: where things are and the header's baseline period. */
export interface RowContext {
  readonly sheet: SheetGrid;
  readonly columns: TableColumns;
  readonly baselineHeaderPeriod?: string;
  readonly catalog: Catalog;
}

type Priority = IndicatorRow["priority"];
const NONE: readonly string[] = Object.freeze([]);
const NO_YEARS: readonly YearValue[] = Object.freeze([]);
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads one indicator row of a table; `priority` was decided by the caller (written or carried). */
export function readRow(ctx: RowContext, row: number, priority: Priority): IndicatorRow {
  const { sheet, columns } = ctx;
  const name = sheet.name;
  const indicatorCol = columns.indicator ?? 0;
  const indicatorCell: CellRef = { sheet: name, row, col: indicatorCol };
  const indicatorRaw = normalise(cellText(gridCell(sheet, row, indicatorCol)));
  const parsed = parseIndicator(indicatorRaw, columns.indicatorTitle !== undefined);
  let title = parsed.title;
  let titleCell: CellRef | undefined;
  if (columns.indicatorTitle !== undefined) {
    titleCell = { sheet: name, row, col: columns.indicatorTitle };
    const text = normalise(cellText(gridCell(sheet, row, columns.indicatorTitle)));
    if (text !== "") title = text;
  }
  // Without a baseline column the baseline is "empty" at the indicator cell; table.missing-column says why.
  const baselineEmpty = columns.baseline === undefined;
  const baseline: ParsedValue = baselineEmpty
    ? { kind: "empty", cell: indicatorCell, raw: "" }
    : inUnit(value(ctx, row, columns.baseline ?? indicatorCol), columns.baselineUnit);
  const targets = resolveRelatives(baseline, years(ctx, row, columns.targets));
  const actuals = years(ctx, row, columns.actuals);
  const partnersCol = columns.leadPartners ?? indicatorCol;
  const partnersRaw = columns.leadPartners === undefined ? "" : text(ctx, row, partnersCol);
  const polarityCell =
    columns.polarity === undefined ? undefined : polarityOf(ctx, row, columns.polarity);
  // Optional fields are set only when present, so a row holds no empty keys.
  const indicator: Mutable<IndicatorRow["indicator"]> = { cell: indicatorCell, raw: indicatorRaw };
  if (parsed.code) indicator.code = parsed.code;
  if (title !== undefined) indicator.title = title;
  if (parsed.badCode !== undefined) indicator.badCode = parsed.badCode;
  if (titleCell) indicator.titleCell = titleCell;
  if (parsed.laaMarker) indicator.laaMarker = true;
  const out: Mutable<IndicatorRow> = {
    row,
    indicator,
    baseline,
    targets,
    actuals,
    partners: {
      cell: { sheet: name, row, col: partnersCol },
      raw: partnersRaw,
      names: splitList(partnersRaw),
    },
    contributesTo:
      columns.contributesTo === undefined ? NONE : splitList(text(ctx, row, columns.contributesTo)),
  };
  if (priority) out.priority = priority;
  const period = baselinePeriodOf(ctx, row, baseline, baselineEmpty);
  if (period) out.baselinePeriod = period;
  if (polarityCell) out.polarityCell = polarityCell;
  const polarity = resolvePolarity(
    polarityCell?.polarity,
    parsed.code,
    ctx.catalog,
    baseline,
    targets
  );
  if (polarity) out.polarity = polarity;
  if (columns.tolerance !== undefined) out.tolerance = tolerance(ctx, row, columns.tolerance);
  if (columns.refreshStatus !== undefined) {
    const cell = { sheet: name, row, col: columns.refreshStatus };
    const status = parseRefreshStatus(text(ctx, row, columns.refreshStatus), cell);
    if (status) out.refresh = status;
  }
  if (columns.comments !== undefined) {
    const comment = text(ctx, row, columns.comments);
    if (comment !== "")
      out.comment = { cell: { sheet: name, row, col: columns.comments }, text: comment };
  }
  return out;
}

function value(ctx: RowContext, row: number, col: number): ParsedValue {
  const raw = gridCell(ctx.sheet, row, col);
  return parseValue(raw, gridFormat(ctx.sheet, row, col), { sheet: ctx.sheet.name, row, col });
}

/** A plain number under a header that says "(%)" is a percentage. */
function inUnit(v: ParsedValue, unit: string | undefined): ParsedValue {
  return unit === "%" && v.kind === "number" && v.unit === "number" ? { ...v, unit: "percent" } : v;
}

function text(ctx: RowContext, row: number, col: number): string {
  return normalise(cellText(gridCell(ctx.sheet, row, col)));
}

function years(ctx: RowContext, row: number, cols: readonly YearColumn[]): YearValue[] {
  if (cols.length === 0) return NO_YEARS as YearValue[];
  const out: YearValue[] = new Array<YearValue>(cols.length);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i] as YearColumn;
    out[i] = { year: c.year, value: inUnit(value(ctx, row, c.col), c.unit) };
  }
  return out;
}

function baselinePeriodOf(
  ctx: RowContext,
  row: number,
  baseline: ParsedValue,
  empty: boolean
): IndicatorRow["baselinePeriod"] {
  if (!empty && baseline.kind === "number" && baseline.period) {
    return { text: baseline.period, from: "cell" };
  }
  if (ctx.columns.baselinePeriod !== undefined) {
    const t = text(ctx, row, ctx.columns.baselinePeriod);
    if (t !== "") return { text: t, from: "column" };
  }
  return ctx.baselineHeaderPeriod ? { text: ctx.baselineHeaderPeriod, from: "header" } : undefined;
}

function polarityOf(ctx: RowContext, row: number, col: number): IndicatorRow["polarityCell"] {
  const raw = text(ctx, row, col);
  if (raw === "") return undefined;
  const polarity = parsePolarity(raw);
  return { cell: { sheet: ctx.sheet.name, row, col }, raw, ...(polarity ? { polarity } : {}) };
}

/** Tolerance in percent: "10%", 0.1 with a % format, or a plain 10 (read as percent, as headed). */
function tolerance(ctx: RowContext, row: number, col: number): ParsedValue {
  const v = value(ctx, row, col);
  return v.kind === "number" && v.unit === "number" ? { ...v, unit: "percent" } : v;
}
