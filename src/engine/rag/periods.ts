import { DataSchedule, PeriodBasis } from "../catalog";
import { FINANCIAL_MONTHS } from "../model/in-year";
import { FinancialYear } from "../model/table";

/**
 * Months as one number, year × 12 + month (1–12), so that "21 months after December 2009" is an
 * addition and comparing two months is comparing two numbers. No Date object: the engine reads no
 * clock and needs no time zone.
 */
export type MonthIndex = number;

/** Where a financial year's period ends: March of the next year. */
const FINANCIAL_END = 15;

/** The as-at date's month; NaN when it is not a YYYY-MM-DD date (nothing has then ended). */
export function monthOf(isoDate: string): MonthIndex {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate.trim());
  return m ? Number(m[1]) * 12 + Number(m[2]) : NaN;
}

/** The month in which LAA year `year`'s period ends on the indicator's schedule (financial by default). */
export function periodEnd(year: FinancialYear, schedule?: DataSchedule): MonthIndex {
  return year * 12 + (schedule?.periodEndMonth ?? FINANCIAL_END);
}

/** True once the period is over at the as-at date: on its last day it is still running. */
export function periodEnded(year: FinancialYear, asAt: string, schedule?: DataSchedule): boolean {
  return monthOf(asAt) > periodEnd(year, schedule);
}

/** "Sep 2011". */
export function monthLabel(month: MonthIndex): string {
  const year = Math.floor((month - 1) / 12);
  return `${SHORT_MONTHS[month - year * 12 - 1] ?? "?"} ${year}`;
}

/** "Jan" … "Dec": the financial year's month names in calendar order. */
export const SHORT_MONTHS: readonly string[] = [
  ...FINANCIAL_MONTHS.slice(9),
  ...FINANCIAL_MONTHS.slice(0, 9),
];

/** 1–12 from "Sep", "Sept", "September" (any case); undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const i = SHORT_MONTHS.findIndex((m) => w.startsWith(m.toLowerCase()));
  if (i < 0) return undefined;
  return (FULL_MONTHS[i] ?? "").startsWith(w) ? i + 1 : undefined;
}

const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const PAIR = /\b(\d{4})\s*[/-]\s*(\d{4}|\d{1,2})(?!\d)/;
const MONTH_YEAR = /\b([a-z]{3,9})\.?[\s-]+'?(\d{4}|\d{2})\b/gi;
const SINGLE = /\b(1[89]\d\d|20\d\d)\b/;

/**
 * Where a written period ("2007/08", "2006/7", "2005-2007 ave", "May 2007", "(2007)") lies on the
 * indicator's axis of LAA years: 2007/08 is 2007. A single year is the year itself, except on an
 * academic basis, where "2007" is the summer of 2006/07; a range of years is its middle; a month
 * is the year of the basis that holds it. Undefined when the text names no period.
 */
export function periodPosition(text: string, basis: PeriodBasis): number | undefined {
  const pair = PAIR.exec(text);
  if (pair) {
    const first = Number(pair[1]);
    const second = pair[2] ?? "";
    const end = second.length === 4 ? Number(second) : undefined;
    if (end !== undefined && end > first + 1) {
      return (single(first, basis) + single(end, basis)) / 2;
    }
    return first;
  }
  const written = monthAndYear(text);
  if (written) {
    const { month, year } = written;
    if (basis === "financial-year") return month >= 4 ? year : year - 1;
    if (basis === "academic-year") return month >= 9 ? year : year - 1;
    return year;
  }
  const one = SINGLE.exec(text);
  return one ? single(Number(one[1]), basis) : undefined;
}

/** The first "May 2007", "Sept 10", "Sep-10" in the text. */
export function monthAndYear(text: string): { month: number; year: number } | undefined {
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = monthNumber(m[1] ?? "");
    if (month === undefined) continue;
    const y = m[2] ?? "";
    return { month, year: y.length === 2 ? 2000 + Number(y) : Number(y) };
  }
  return undefined;
}

function single(year: number, basis: PeriodBasis): number {
  return basis === "academic-year" ? year - 1 : year;
}
