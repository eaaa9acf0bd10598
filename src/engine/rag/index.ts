import { Catalog } from "../catalog";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import {
  IndicatorRow,
  isRemoved,
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
    const years = ratedYears(table);
    for (const row of table.rows) {
      // A row the refresh removed is no longer a target: it is listed, never rated.
      if (isRemoved(row)) continue;
      for (const y of years) out.push(rateRow(table, row, y, settings));
    }
  }
  return out;
}

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

function rateRow(table: LaaTable, row: IndicatorRow, y: RatedYear, settings: Settings): RagResult {
  const actual = numberOf(row.actuals[y.index]?.value);
  // row.targets follows columns.targets; search by year only if a row disagrees.
  const t = y.targetIndex === undefined ? undefined : row.targets[y.targetIndex];
  const target = numberOf(
    (t?.year === y.year ? t : row.targets.find((v) => v.year === y.year))?.value
  );
  // The previous year's actual when the table has a column for it; else (first actual year) the baseline.
  const previous =
    y.prevIndex === undefined ? numberOf(row.baseline) : numberOf(row.actuals[y.prevIndex]?.value);
  const tolerancePercent = rowTolerance(row) ?? settings.tolerancePercent;
  const rating = rateIndicator({
    year: y.year,
    actual,
    target,
    previous,
    previousLabel: y.previousLabel,
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
    year: y.year,
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
