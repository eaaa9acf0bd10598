import { FinancialYear, ParsedValue, TableColumns, yearLabel } from "./table";

/** Quarters of the financial year: Q1 is April to June, Q4 January to March. */
export type Quarter = "Q1" | "Q2" | "Q3" | "Q4";
/** Months by their short names, in financial-year order (April first). */
export type MonthName =
  "Apr" | "May" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec" | "Jan" | "Feb" | "Mar";
/** The part of a year an in-year column reports: a quarter, a month, or the year to date. */
export type InYearPeriod = Quarter | MonthName | "YTD";
/** An in-year figure is an outturn, or the target profiled to that point of the year. */
export type InYearKind = "actual" | "profile";

export const QUARTERS: readonly Quarter[] = ["Q1", "Q2", "Q3", "Q4"];
export const FINANCIAL_MONTHS: readonly MonthName[] = [
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
  "Jan",
  "Feb",
  "Mar",
];

/** A column of quarterly, monthly or year-to-date figures for one year (sheet column, 0-based). */
export interface InYearColumn {
  readonly year: FinancialYear;
  readonly period: InYearPeriod;
  readonly kind: InYearKind;
  /**
   * An actual that runs from 1 April to the period's end ("End of June", "Apr-Sep", "Q2 cumulative");
   * a plain quarter or month column holds that period's own figure. Year to date is always to date.
   */
  readonly toDate?: boolean;
  readonly col: number;
  /** The header text that named the period (for messages). */
  readonly header: string;
  /** A unit the header gives its values ("%": a plain 45 is 45%). */
  readonly unit?: string;
}

/** One in-year cell of a row, in the order of the table's in-year columns. */
export interface InYearValue {
  readonly year: FinancialYear;
  readonly period: InYearPeriod;
  readonly kind: InYearKind;
  readonly toDate?: boolean;
  readonly value: ParsedValue;
}

/**
 * Whether a figure builds up through the year (a count: homes built, people helped into work) or is a
 * position at a point in time (a rate, a percentage), and what said so.
 */
export interface Accumulation {
  readonly cumulative: boolean;
  readonly source: "settings" | "table" | "catalogue" | "values";
}

/** Month of the financial year (April = 1, March = 12) at which a period ends; undefined for YTD. */
export function periodEndMonth(period: InYearPeriod): number | undefined {
  if (period === "YTD") return undefined;
  const q = QUARTERS.indexOf(period as Quarter);
  if (q >= 0) return (q + 1) * 3;
  return FINANCIAL_MONTHS.indexOf(period as MonthName) + 1;
}

/** Months a period covers: 3 for a quarter, 1 for a month, undefined for YTD. */
export function periodLength(period: InYearPeriod): number | undefined {
  if (period === "YTD") return undefined;
  return QUARTERS.includes(period as Quarter) ? 3 : 1;
}

/** The quarter or month ending at month `end` of the financial year, of the given length. */
export function periodEndingAt(end: number, length: 1 | 3): InYearPeriod | undefined {
  if (length === 3) return end % 3 === 0 ? QUARTERS[end / 3 - 1] : undefined;
  return FINANCIAL_MONTHS[end - 1];
}

/** "Q2 2009/10", "Aug 2009" (a month by its calendar year), "year to date 2009/10". */
export function inYearLabel(period: InYearPeriod, year: FinancialYear): string {
  if (period === "YTD") return `year to date ${yearLabel(year)}`;
  if (QUARTERS.includes(period as Quarter)) return `${period} ${yearLabel(year)}`;
  const end = periodEndMonth(period) ?? 1;
  return `${period} ${end >= 10 ? year + 1 : year}`;
}

/** Financial year whose months include calendar month `month` (1–12) of `calendarYear`. */
export function financialYearOf(month: number, calendarYear: number): FinancialYear {
  return month >= 4 ? calendarYear : calendarYear - 1;
}

/** A year the table rates, and the column its status goes after. */
export interface RatedYear {
  readonly year: FinancialYear;
  /** The year's (first) actual column, when it has one. */
  readonly actualCol?: number;
  /** Its last in-year column, when it has in-year actuals. */
  readonly lastInYearCol?: number;
}

/**
 * The years a table rates: every year with an actual column, in column order (the first column of
 * a year that appears twice), then every other year with in-year actuals, in year order.
 */
export function ratedYearsOf(columns: TableColumns): RatedYear[] {
  const lastInYear = new Map<number, number>();
  const withActuals = new Set<number>();
  for (const c of columns.inYear ?? []) {
    lastInYear.set(c.year, Math.max(lastInYear.get(c.year) ?? c.col, c.col));
    if (c.kind === "actual") withActuals.add(c.year);
  }
  const out: RatedYear[] = [];
  const seen = new Set<number>();
  const add = (year: number, actualCol: number | undefined): void => {
    seen.add(year);
    const last = withActuals.has(year) ? lastInYear.get(year) : undefined;
    out.push({
      year,
      ...(actualCol === undefined ? {} : { actualCol }),
      ...(last === undefined ? {} : { lastInYearCol: last }),
    });
  };
  for (const c of columns.actuals) if (!seen.has(c.year)) add(c.year, c.col);
  for (const year of [...withActuals].sort((a, b) => a - b))
    if (!seen.has(year)) add(year, undefined);
  return out;
}
