import { Catalog } from "../catalog";
import { Forecast } from "../model/forecast";
import { ratedYearsOf } from "../model/in-year";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import { LaaTable, isRemoved, yearLabel } from "../model/table";
import { RowContext, rowContext, tableContext } from "./context";
import { rateInYear } from "./in-year-rating";
import { missingActual } from "./missing";
import { outlook } from "./outlook";
import { rateIndicator } from "./rate";
import { isPercent, numberOf, rowLabel, valueIn } from "./row-values";

export { rateIndicator } from "./rate";
export type { Rating, RatingInput } from "./rate";
export { directionOfTravel } from "./direction";
export { yearEnded, yearEnd } from "./financial-year";
export { estimateReward } from "./reward";

/**
 * Rates every indicator of every table for every year that has an actual column (the first column
 * of a year when a year appears twice) or in-year actual columns: a year whose outturn is not in
 * but whose quarters (or months, or year to date) are is rated at its latest period. Polarity is
 * the row's resolved polarity; the check rule
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
function rateTable(table: LaaTable, settings: Settings, catalog: Catalog): RagResult[] {
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
function forecastTable(table: LaaTable, settings: Settings, catalog: Catalog): Forecast[] {
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

/** A year the table rates, and what its direction of travel compares with. */
interface RatedYear {
  readonly year: number;
  /** The table has an actual column for the year before; else the baseline is compared. */
  readonly afterActual: boolean;
  readonly previousLabel: string;
  /** The year has in-year actual columns. */
  readonly inYear: boolean;
}

function ratedYears(table: LaaTable): RatedYear[] {
  const { actuals } = table.columns;
  return ratedYearsOf(table.columns).map((y) => {
    const afterActual = actuals.some((c) => c.year === y.year - 1);
    return {
      year: y.year,
      afterActual,
      previousLabel: afterActual ? yearLabel(y.year - 1) : "the baseline",
      inYear: y.lastInYearCol !== undefined,
    };
  });
}

function rateRow(ctx: RowContext, y: RatedYear): RagResult {
  const { row } = ctx;
  const { settings, final } = ctx.shared;
  const actual = valueIn(row.actuals, y.year);
  const target = valueIn(row.targets, y.year);
  // Until the year's outturn is in, a year with in-year figures is rated at its latest period.
  if (actual === undefined && y.inYear) {
    const during = rateInYear(ctx, y.year, target);
    if (during) return during;
  }
  // The previous year's actual when the table has a column for it; else (first actual year) the baseline.
  const previous = y.afterActual ? valueIn(row.actuals, y.year - 1) : numberOf(row.baseline);
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
  // Field by field, not `...rated`: the spread doubled the engine's time in npm run bench.
  const { rated } = ctx;
  return {
    tableId: rated.tableId,
    sheet: rated.sheet,
    row: rated.row,
    indicator: rated.indicator,
    priority: rated.priority,
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
