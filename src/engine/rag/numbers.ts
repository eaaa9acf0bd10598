import { actualValue, IndicatorRow, ParsedValue, targetValue } from "../model/table";

/** Where a year's numbers sit in a row: worked out once per table and year, not per row. */
export interface YearSource {
  readonly year: number;
  /** Index into columns.actuals and the row's actual values. */
  readonly index: number;
  /** Index into columns.targets and the row's target values of the year's (first) target column. */
  readonly targetIndex?: number;
  /** Index of the previous year's actual column; undefined for the first actual year (baseline). */
  readonly prevIndex?: number;
}

/**
 * The number a value stands for. The reader makes number values from finite numbers only, so theirs is
 * passed on untouched (a whole number stays a small integer rather than becoming a boxed double in
 * every rating); a resolved relative target is checked.
 */
export function numberOf(v: ParsedValue | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (v.kind === "number") return v.value;
  if (v.kind !== "relative" || v.resolved === undefined) return undefined;
  return Number.isFinite(v.resolved) ? v.resolved : undefined;
}

/** A Tolerance column value in percent ("10%", 10, or 0.1 formatted as %); ignored unless ≥ 0. */
export function rowTolerance(row: IndicatorRow): number | undefined {
  const n = numberOf(row.tolerance);
  return n !== undefined && n >= 0 ? n : undefined;
}

/** The year's actual in a row. */
export function actualOf(row: IndicatorRow, y: YearSource): number | undefined {
  return numberOf(actualValue(row, y.index));
}

/** The year's target in a row (a row's values follow the table's columns). */
export function targetOf(row: IndicatorRow, y: YearSource): number | undefined {
  return y.targetIndex === undefined ? undefined : numberOf(targetValue(row, y.targetIndex));
}

/** The previous year's actual when the table has a column for it; else (first actual year) the baseline. */
export function previousOf(row: IndicatorRow, y: YearSource): number | undefined {
  return y.prevIndex === undefined
    ? numberOf(row.baseline)
    : numberOf(actualValue(row, y.prevIndex));
}
