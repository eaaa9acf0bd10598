import { Catalog } from "../catalog";
import { CellRef } from "../model/cell";
import { SheetSnapshot, sheetCell, sheetFormat } from "../model/snapshot";
import { IndicatorRow, ParsedValue, TableColumns, YearColumn } from "../model/table";
import { parseIndicator } from "./indicator";
import { splitList } from "./lists";
import { parsePolarity, resolvePolarity, resolveRelatives } from "./resolve";
import { cellText, normalise } from "./text";
import { emptyValue, parseValue, parseValueCached, ValueCache } from "./values";

/** What a table tells the row reader besides the row: where things are and the header's baseline period. */
export interface RowContext {
  readonly sheet: SheetSnapshot;
  readonly columns: TableColumns;
  readonly baselineHeaderPeriod?: string;
  readonly catalog: Catalog;
  /** Split lists by cell text: a table repeats the same few partner cells, so each is split once. */
  readonly lists?: Map<string, readonly string[]>;
  /** Lead partners and polarity cells read so far, by text: rows with the same text share one. */
  readonly partners?: Map<string, IndicatorRow["partners"]>;
  readonly polarities?: Map<string, NonNullable<IndicatorRow["polarityCell"]>>;
  /** Baseline periods written in cells, one shared object per distinct text. */
  readonly periods?: Map<string, NonNullable<IndicatorRow["baselinePeriod"]>>;
  /** The header's baseline period as a row's baselinePeriod, shared by every row that uses it. */
  readonly headerPeriod?: IndicatorRow["baselinePeriod"];
  /** Value cells read so far, by their text (see parseValueCached). */
  readonly values?: ValueCache;
}

type Priority = IndicatorRow["priority"];
const NONE: readonly string[] = Object.freeze([]);
/** The baseline of a table without a baseline column (table.missing-column says why). */
const EMPTY: ParsedValue = Object.freeze(emptyValue(""));
const NO_YEARS: readonly ParsedValue[] = Object.freeze([]);

/** Reads one indicator row of a table; `priority` was decided by the caller (written or carried). */
export function readRow(ctx: RowContext, row: number, priority: Priority): IndicatorRow {
  const { sheet, columns } = ctx;
  const name = sheet.name;
  const indicatorCol = columns.indicator ?? 0;
  const indicatorRaw = normalise(cellText(sheetCell(sheet, row, indicatorCol)));
  const parsed = parseIndicator(indicatorRaw, columns.indicatorTitle !== undefined);
  let title = parsed.title;
  let titleCell: CellRef | undefined;
  if (columns.indicatorTitle !== undefined) {
    titleCell = { sheet: name, row, col: columns.indicatorTitle };
    const text = normalise(cellText(sheetCell(sheet, row, columns.indicatorTitle)));
    if (text !== "") title = text;
  }
  // Without a baseline column the baseline is "empty" at the indicator cell; table.missing-column says why.
  const baselineEmpty = columns.baseline === undefined;
  const baseline: ParsedValue = baselineEmpty
    ? EMPTY
    : value(ctx, row, columns.baseline ?? indicatorCol);
  const targets = resolveRelatives(baseline, years(ctx, row, columns.targets));
  const actuals = years(ctx, row, columns.actuals);
  const partnersCol = columns.leadPartners ?? indicatorCol;
  const partnersRaw = columns.leadPartners === undefined ? "" : text(ctx, row, partnersCol);
  const polarityCell =
    columns.polarity === undefined ? undefined : polarityOf(ctx, row, columns.polarity);
  // One literal per object with every field written (absent ones as undefined): an object that gains
  // fields after it is made needs a second, out-of-object store, and a 100k-row table makes millions.
  // The indicator, partners and polarity objects are their cells (no CellRef object of their own).
  const indicator: IndicatorRow["indicator"] = {
    sheet: name,
    row,
    col: indicatorCol,
    raw: indicatorRaw,
    code: parsed.code,
    title,
    badCode: parsed.badCode,
    titleCell,
  };
  const polarity = resolvePolarity(
    polarityCell?.polarity,
    parsed.code,
    ctx.catalog,
    baseline,
    targets
  );
  let comment: IndicatorRow["comment"];
  if (columns.comments !== undefined) {
    const t = text(ctx, row, columns.comments);
    if (t !== "") comment = { cell: { sheet: name, row, col: columns.comments }, text: t };
  }
  return {
    row,
    priority,
    indicator,
    baseline,
    baselinePeriod: baselinePeriodOf(ctx, row, baseline, baselineEmpty),
    targets,
    actuals,
    partners: partnersOf(ctx, partnersRaw),
    polarityCell,
    polarity,
    tolerance: columns.tolerance === undefined ? undefined : tolerance(ctx, row, columns.tolerance),
    comment,
    contributesTo:
      columns.contributesTo === undefined
        ? NONE
        : listOf(ctx, text(ctx, row, columns.contributesTo)),
  };
}

function listOf(ctx: RowContext, text: string): readonly string[] {
  if (text === "") return NONE;
  const cache = ctx.lists;
  if (!cache) return splitList(text);
  let names = cache.get(text);
  if (names === undefined) {
    names = Object.freeze(splitList(text));
    cache.set(text, names);
  }
  return names;
}

function value(ctx: RowContext, row: number, col: number): ParsedValue {
  const raw = sheetCell(ctx.sheet, row, col);
  const format = sheetFormat(ctx.sheet, row, col);
  return ctx.values ? parseValueCached(raw, format, ctx.values) : parseValue(raw, format);
}

function text(ctx: RowContext, row: number, col: number): string {
  return normalise(cellText(sheetCell(ctx.sheet, row, col)));
}

function years(ctx: RowContext, row: number, cols: readonly YearColumn[]): ParsedValue[] {
  if (cols.length === 0) return NO_YEARS as ParsedValue[];
  const out: ParsedValue[] = new Array<ParsedValue>(cols.length);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i] as YearColumn;
    out[i] = value(ctx, row, c.col);
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
    // Baselines of one table mostly share a period ("2007/08"): one object per distinct period.
    const cache = ctx.periods;
    let found = cache?.get(baseline.period);
    if (!found) {
      found = Object.freeze({ text: baseline.period, from: "cell" as const });
      cache?.set(baseline.period, found);
    }
    return found;
  }
  if (ctx.columns.baselinePeriod !== undefined) {
    const t = text(ctx, row, ctx.columns.baselinePeriod);
    if (t !== "") return { text: t, from: "column" };
  }
  if (ctx.headerPeriod) return ctx.headerPeriod;
  return ctx.baselineHeaderPeriod ? { text: ctx.baselineHeaderPeriod, from: "header" } : undefined;
}

function polarityOf(ctx: RowContext, row: number, col: number): IndicatorRow["polarityCell"] {
  const raw = text(ctx, row, col);
  if (raw === "") return undefined;
  // A column repeats "High" and "Low": one shared object per text.
  let found = ctx.polarities?.get(raw);
  if (!found) {
    found = Object.freeze({ raw, polarity: parsePolarity(raw) });
    ctx.polarities?.set(raw, found);
  }
  return found;
}

/** The lead partners of a row: one shared object per distinct cell text (a table repeats a few). */
function partnersOf(ctx: RowContext, raw: string): IndicatorRow["partners"] {
  let found = ctx.partners?.get(raw);
  if (!found) {
    found = Object.freeze({ raw, names: listOf(ctx, raw) });
    ctx.partners?.set(raw, found);
  }
  return found;
}

/** Tolerance in percent: "10%", 0.1 with a % format, or a plain 10 (read as percent, as headed). */
function tolerance(ctx: RowContext, row: number, col: number): ParsedValue {
  const v = value(ctx, row, col);
  return v.kind === "number" && v.unit === "number" ? { ...v, unit: "percent" } : v;
}
