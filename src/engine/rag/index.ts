import { Catalog, DataSchedule } from "../catalog";
import { Forecast } from "../model/forecast";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import {
  IndicatorRow,
  LaaTable,
  ParsedValue,
  YearColumn,
  isRemoved,
  yearLabel,
} from "../model/table";
import { DataNote, readDataNote } from "./data-note";
import { ForecastOutcome, TrendPoint, forecastFinal } from "./forecast";
import { missingActual } from "./missing";
import { periodPosition } from "./periods";
import { rateIndicator } from "./rate";
import { finalYear, isPercent, numberOf, rowLabel, rowTolerance } from "./row-values";

export { rateIndicator } from "./rate";
export type { Rating, RatingInput } from "./rate";
export { directionOfTravel } from "./direction";
export { yearEnded, yearEnd } from "./financial-year";
export { estimateReward } from "./reward";

/**
 * Rates every indicator of every table for every year that has an actual column (the first column
 * of a year when a year appears twice). Polarity is the row's resolved polarity; the check rule
 * `polarity.unknown` reports a missing one, so no findings are made here.
 */
export function rateTables(
  tables: readonly LaaTable[],
  settings: Settings,
  catalog: Catalog
): RagResult[] {
  return tables.flatMap((t) => rateTable(t, settings, catalog));
}

/** The ratings of one table, row by row, year by year. */
export function rateTable(table: LaaTable, settings: Settings, catalog: Catalog): RagResult[] {
  const out: RagResult[] = [];
  const years = ratedYears(table);
  const shared = tableContext(table, settings, catalog);
  for (const row of table.rows) {
    // A row the refresh removed is no longer a target: it is listed, never rated.
    if (isRemoved(row)) continue;
    const ctx = rowContext(shared, row);
    for (const y of years) out.push(rateRow(ctx, y));
  }
  return out;
}

/** The final-year forecast of every indicator with a numeric final-year target. */
export function forecastTables(
  tables: readonly LaaTable[],
  settings: Settings,
  catalog: Catalog
): Forecast[] {
  return tables.flatMap((t) => forecastTable(t, settings, catalog));
}

/** The forecasts of one table, in row order. */
export function forecastTable(table: LaaTable, settings: Settings, catalog: Catalog): Forecast[] {
  const out: Forecast[] = [];
  const shared = tableContext(table, settings, catalog);
  const final = shared.final;
  if (final === undefined) return out;
  for (const row of table.rows) {
    if (isRemoved(row)) continue;
    const ctx = rowContext(shared, row);
    const target = ctx.finalTarget;
    if (target === undefined) continue;
    const outcome = outlook(ctx, final);
    // Optional keys are set only when present, so a forecast holds no empty keys.
    const f: Mutable<Forecast> = {
      tableId: table.id,
      sheet: table.sheet,
      row: row.row,
      indicator: rowLabel(row),
      year: final,
      period: "year",
      status: outcome.status,
      target,
      unit: isPercent(ctx.finalValue) ? "percent" : "number",
      reason: outcome.reason,
    };
    if (row.priority) f.priority = row.priority.text;
    if (outcome.projected !== undefined) f.projected = outcome.projected;
    out.push(f);
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What is the same for every row of a year: worked out once, not per row. */
interface RatedYear {
  readonly year: number;
  /** Index into columns.actuals and row.actuals. */
  readonly index: number;
  /** Index into columns.targets and row.targets of the year's (first) target column. */
  readonly targetIndex?: number;
  /** Index of the previous year's actual column; undefined for the first actual year (baseline). */
  readonly prevIndex?: number;
  readonly previousLabel: string;
}

function ratedYears(table: LaaTable): RatedYear[] {
  const { actuals, targets } = table.columns;
  const first = actuals.filter((c, i) => actuals.findIndex((d) => d.year === c.year) === i);
  return first.map((c) => {
    const prevIndex = indexOfYear(actuals, c.year - 1);
    return {
      year: c.year,
      index: actuals.indexOf(c),
      targetIndex: indexOfYear(targets, c.year),
      prevIndex,
      previousLabel: prevIndex === undefined ? "the baseline" : yearLabel(c.year - 1),
    };
  });
}

function indexOfYear(columns: readonly YearColumn[], year: number): number | undefined {
  const i = columns.findIndex((c) => c.year === year);
  return i < 0 ? undefined : i;
}

/** What every row of a table shares: worked out once per table. */
interface TableContext {
  readonly table: LaaTable;
  readonly settings: Settings;
  readonly catalog: Catalog;
  /** The last target year, and the first (a baseline without a period is put the year before). */
  readonly final: number | undefined;
  readonly firstTarget: number;
}

/** One row with what every year of it shares. Internal: absent values stay undefined. */
interface RowContext {
  readonly shared: TableContext;
  readonly row: IndicatorRow;
  readonly schedule: DataSchedule | undefined;
  readonly note: DataNote | undefined;
  readonly tolerancePercent: number;
  readonly finalValue: ParsedValue | undefined;
  readonly finalTarget: number | undefined;
}

function tableContext(table: LaaTable, settings: Settings, catalog: Catalog): TableContext {
  let first = Infinity;
  for (const c of table.columns.targets) first = Math.min(first, c.year);
  return { table, settings, catalog, final: finalYear(table), firstTarget: first };
}

function rowContext(shared: TableContext, row: IndicatorRow): RowContext {
  const code = row.indicator.code;
  const final = shared.final;
  const finalValue =
    final === undefined ? undefined : row.targets.find((t) => t.year === final)?.value;
  return {
    shared,
    row,
    schedule: code ? shared.catalog.lookup(code.number)?.schedule : undefined,
    note: row.dataAvailable ? readDataNote(row.dataAvailable.text) : undefined,
    tolerancePercent: rowTolerance(row) ?? shared.settings.tolerancePercent,
    finalValue,
    finalTarget: numberOf(finalValue),
  };
}

function rateRow(ctx: RowContext, y: RatedYear): RagResult {
  const { row } = ctx;
  const { table, settings, final } = ctx.shared;
  const actual = numberOf(row.actuals[y.index]?.value);
  // row.targets follows columns.targets; search by year only if a row disagrees.
  const t = y.targetIndex === undefined ? undefined : row.targets[y.targetIndex];
  const target = numberOf(
    (t?.year === y.year ? t : row.targets.find((v) => v.year === y.year))?.value
  );
  // The previous year's actual when the table has a column for it; else (first actual year) the baseline.
  const previous =
    y.prevIndex === undefined ? numberOf(row.baseline) : numberOf(row.actuals[y.prevIndex]?.value);
  const schedule = ctx.schedule;
  const rating = rateIndicator({
    year: y.year,
    actual,
    target,
    previous,
    previousLabel: y.previousLabel,
    polarity: row.polarity?.value,
    tolerancePercent: ctx.tolerancePercent,
    amberRule: settings.amberRule,
    noChangeBandPercent: settings.noChangeBandPercent,
    asAt: settings.asAt,
    ...(actual === undefined
      ? { missing: missingActual(y.year, settings.asAt, schedule, ctx.note) }
      : {}),
    ...(settings.amberRule === "forecast" && actual !== undefined && final !== undefined
      ? { forecast: outlook(ctx, y.year) }
      : {}),
  });
  return {
    tableId: table.id,
    sheet: table.sheet,
    row: row.row,
    indicator: rowLabel(row),
    priority: row.priority?.text,
    year: y.year,
    period: "year",
    status: rating.status,
    direction: rating.direction,
    target,
    actual,
    previous,
    tolerancePercent: ctx.tolerancePercent,
    reason: rating.reason,
  };
}

/**
 * The final-year forecast as it stood with the data up to `upto`: the baseline and the actuals of
 * the years up to it (never after, so a year's Amber under the forecast rule does not change when a
 * later year's figure arrives).
 */
function outlook(ctx: RowContext, upto: number): ForecastOutcome {
  const { row, schedule } = ctx;
  const { settings, firstTarget } = ctx.shared;
  const final = ctx.shared.final as number;
  const basis = schedule?.basis ?? "financial-year";
  const finalActual =
    upto >= final ? numberOf(row.actuals.find((a) => a.year === final)?.value) : undefined;
  const points: TrendPoint[] = [];
  const baseline = numberOf(row.baseline);
  let baselineWord = "";
  if (baseline !== undefined) {
    const written = row.baselinePeriod ? periodPosition(row.baselinePeriod.text, basis) : undefined;
    const x = written ?? firstTarget - 1;
    points.push({ x, y: baseline });
    baselineWord =
      written === undefined
        ? `the baseline (taken as ${yearLabel(x)})`
        : `the baseline (${row.baselinePeriod?.text ?? ""})`;
  }
  const seen = new Set<number>();
  for (const a of row.actuals) {
    const value = numberOf(a.value);
    if (value === undefined || a.year > upto || a.year >= final || seen.has(a.year)) continue;
    seen.add(a.year);
    points.push({ x: a.year, y: value });
  }
  const missing = missingActual(final, settings.asAt, schedule, ctx.note);
  const actualsWord = `${seen.size} actual${seen.size === 1 ? "" : "s"}`;
  return forecastFinal({
    year: final,
    target: ctx.finalTarget,
    polarity: row.polarity?.value,
    tolerancePercent: ctx.tolerancePercent,
    percent: isPercent(ctx.finalValue),
    ...(finalActual !== undefined ? { actual: finalActual } : {}),
    points,
    actuals: seen.size,
    basis: baselineWord === "" ? actualsWord : `${baselineWord} and ${actualsWord}`,
    ...(missing.status === "not-collected" && finalActual === undefined
      ? { notCollected: missing.reason }
      : {}),
  });
}
