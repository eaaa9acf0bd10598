import { InYearValue, periodEndMonth, periodLength } from "../model/in-year";
import { FinancialYear } from "../model/table";
import { numberOf } from "./row-values";
import { tidy } from "./words";

/**
 * One year's in-year figures of a row, by the month of the financial year at which each period ends
 * (April = 1: quarters end at 3, 6, 9 and 12). Internal to rating: never leaves the engine.
 */
export interface YearFigures {
  readonly year: FinancialYear;
  /** End months of the periods the table has actual columns for, ascending. */
  readonly ends: readonly number[];
  /** The periods' length: 3 (quarters) or 1 (months). */
  readonly length: 1 | 3;
  /** Each period's own figure by end month (for a count, what that period added). */
  readonly own: readonly (number | undefined)[];
  /** Figures from 1 April to a period's end ("End of June", "Apr-Sep"), by end month. */
  readonly toDate: readonly (number | undefined)[];
  /** The table's Year to date figure. */
  readonly ytd?: number;
  /** The table's profiled targets by end month ("Q2 target"), and its target to date. */
  readonly profile: readonly (number | undefined)[];
  readonly profileToDate?: number;
  /** End month of the last period with a figure of its own or to date. */
  readonly latest?: number;
  /** The figures were read as percentages. */
  readonly percent: boolean;
}

/**
 * Gathers the year's in-year cells; undefined when the table has none for the year. Quarters are the
 * reporting periods when the table has quarter columns for the year, else months.
 */
export function figuresOf(
  values: readonly InYearValue[] | undefined,
  year: FinancialYear
): YearFigures | undefined {
  if (!values) return undefined;
  let any = false;
  let months = false;
  let quarters = false;
  for (const v of values) {
    if (v.year !== year) continue;
    any = true;
    if (v.kind === "actual" && v.period !== "YTD") {
      if (periodLength(v.period) === 3) quarters = true;
      else months = true;
    }
  }
  if (!any) return undefined;
  const length = quarters || !months ? 3 : 1;
  // Indexed by end month (1–12); index 0 is unused.
  const reported: boolean[] = new Array<boolean>(13).fill(false);
  const own = new Array<number | undefined>(13).fill(undefined);
  const toDate = new Array<number | undefined>(13).fill(undefined);
  const profile = new Array<number | undefined>(13).fill(undefined);
  let ytd: number | undefined;
  let profileToDate: number | undefined;
  let latest: number | undefined;
  let percent = false;
  for (const v of values) {
    if (v.year !== year) continue;
    const n = numberOf(v.value);
    if (n !== undefined && v.value.kind === "number" && v.value.unit === "percent") percent = true;
    if (v.period === "YTD") {
      if (v.kind === "actual") ytd ??= n;
      else profileToDate ??= n;
      continue;
    }
    if (periodLength(v.period) !== length) continue;
    const end = periodEndMonth(v.period) ?? 0;
    if (v.kind === "profile") {
      profile[end] ??= n;
      continue;
    }
    reported[end] = true;
    if (n === undefined) continue;
    const into = v.toDate ? toDate : own;
    into[end] ??= n;
    if (latest === undefined || end > latest) latest = end;
  }
  const ends: number[] = [];
  for (let m = 1; m <= 12; m++) if (reported[m]) ends.push(m);
  return {
    year,
    ends,
    length,
    own,
    toDate,
    ...(ytd === undefined ? {} : { ytd }),
    profile,
    ...(profileToDate === undefined ? {} : { profileToDate }),
    ...(latest === undefined ? {} : { latest }),
    percent,
  };
}

/**
 * The year's figure at the end of period `m`: for a count, the total from 1 April (a to-date
 * column, else the table's Year to date at the latest period, else the periods' own figures added
 * up); for a rate, the table's Year to date at the latest period, else the period's own figure.
 */
export function valueAt(f: YearFigures, m: number, cumulative: boolean): number | undefined {
  const ytd = m === f.latest ? f.ytd : undefined;
  if (cumulative) return f.toDate[m] ?? ytd ?? sumTo(f, m);
  return ytd ?? f.own[m] ?? f.toDate[m];
}

/** What period `m` added: its own figure, else the difference of the totals either side of it. */
export function amountAt(f: YearFigures, m: number): number | undefined {
  const own = f.own[m];
  if (own !== undefined) return own;
  const i = f.ends.indexOf(m);
  const now = valueAt(f, m, true);
  if (now === undefined || i < 0) return undefined;
  if (i === 0) return now;
  const before = valueAt(f, f.ends[i - 1] ?? 0, true);
  return before === undefined ? undefined : tidy(now - before);
}

/** The periods' own figures added up to `m`; undefined when one of them is missing. */
function sumTo(f: YearFigures, m: number): number | undefined {
  let sum = 0;
  let seen = false;
  for (const e of f.ends) {
    if (e > m) break;
    const n = f.own[e];
    if (n === undefined) return undefined;
    sum += n;
    seen = true;
  }
  return seen ? tidy(sum) : undefined;
}

/**
 * The share of the year's total reached by the end of `m` in a complete year of figures (every
 * quarter or month there, a positive total); undefined otherwise.
 */
export function shareAt(f: YearFigures, m: number, length: 1 | 3): number | undefined {
  if (f.length !== length || f.ends.length !== 12 / length) return undefined;
  const total = valueAt(f, 12, true);
  const part = valueAt(f, m, true);
  if (total === undefined || part === undefined || !(total > 0)) return undefined;
  return part / total;
}
