import { Catalog } from "../catalog";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import {
  IndicatorRow,
  LaaTable,
  ParsedValue,
  YearColumn,
  numericValue,
  yearLabel,
} from "../model/table";
import { rateIndicator } from "./rate";

export { rateIndicator } from "./rate";
export type { Rating, RatingInput } from "./rate";
export { directionOfTravel } from "./direction";
export { yearEnded, yearEnd } from "./financial-year";

/**
 * Rates every indicator of every table for every year that has an actual column (the first column
 * of a year when a year appears twice). Polarity is the row's resolved polarity; the check rule
 * `polarity.unknown` reports a missing one, so no findings are made here.
 */
export function rateTables(
  tables: readonly LaaTable[],
  settings: Settings,
  _catalog: Catalog
): RagResult[] {
  const out: RagResult[] = [];
  for (const table of tables) {
    const years = firstColumnPerYear(table.columns.actuals);
    if (years.length === 0) continue;
    for (const row of table.rows) {
      for (const { year, index } of years)
        out.push(rateRow(table, row, year, index, years, settings));
    }
  }
  return out;
}

interface YearIndex {
  readonly year: number;
  /** Index into columns.actuals and row.actuals. */
  readonly index: number;
}

function firstColumnPerYear(actuals: readonly YearColumn[]): YearIndex[] {
  const seen = new Set<number>();
  const out: YearIndex[] = [];
  actuals.forEach((c, index) => {
    if (seen.has(c.year)) return;
    seen.add(c.year);
    out.push({ year: c.year, index });
  });
  return out;
}

function rateRow(
  table: LaaTable,
  row: IndicatorRow,
  year: number,
  index: number,
  years: readonly YearIndex[],
  settings: Settings
): RagResult {
  const actual = numberOf(row.actuals[index]?.value);
  const target = numberOf(row.targets.find((t) => t.year === year)?.value);
  // The previous year's actual when the table has a column for it; else (first actual year) the baseline.
  const prevYear = years.find((y) => y.year === year - 1);
  const previous = prevYear ? numberOf(row.actuals[prevYear.index]?.value) : numberOf(row.baseline);
  const tolerancePercent = rowTolerance(row) ?? settings.tolerancePercent;
  const rating = rateIndicator({
    year,
    actual,
    target,
    previous,
    previousLabel: prevYear ? yearLabel(year - 1) : "the baseline",
    polarity: row.polarity?.value,
    tolerancePercent,
    amberRule: settings.amberRule,
    noChangeBandPercent: settings.noChangeBandPercent,
    asAt: settings.asAt,
  });
  return {
    tableId: table.id,
    sheet: table.sheet,
    row: row.row,
    indicator: row.indicator.code?.label ?? row.indicator.title ?? row.indicator.raw,
    priority: row.priority?.text,
    year,
    status: rating.status,
    direction: rating.direction,
    target,
    actual,
    previous,
    tolerancePercent,
    reason: rating.reason,
  };
}

function numberOf(v: ParsedValue | undefined): number | undefined {
  if (!v) return undefined;
  const n = numericValue(v);
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** A Tolerance column value in percent ("10%", 10, or 0.1 formatted as %); ignored unless ≥ 0. */
function rowTolerance(row: IndicatorRow): number | undefined {
  const n = numberOf(row.tolerance);
  return n !== undefined && n >= 0 ? n : undefined;
}
