import {
  FINANCIAL_MONTHS,
  InYearKind,
  InYearPeriod,
  QUARTERS,
  financialYearOf,
  periodEndingAt,
} from "../model/in-year";
import { FinancialYear } from "../model/table";
import { parseYear } from "./years";

/** What an in-year header says: its period, whether it is an outturn or a profile, its year. */
export interface InYearHeader {
  /** Undefined for a bare "Profile" or "Profiled target": the period comes from above, else YTD. */
  readonly period?: InYearPeriod;
  /** Undefined when the header does not say: the span above decides, else an actual. */
  readonly kind?: InYearKind;
  readonly toDate?: boolean;
  readonly year?: FinancialYear;
}

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const CALENDAR_YEAR = "(?:[\\s-]*'?(\\d{4}|\\d{2}))?";
// "Apr-Jun", "Jul - Sep 09", "April to September 2009".
const MONTH_RANGE = new RegExp(`\\b${MONTH}\\s*(?:-|to)\\s*${MONTH}${CALENDAR_YEAR}\\b`);
// "End of June", "as at end June 09", "At June".
const MONTH_END = new RegExp(`\\b(?:(?:as )?at (?:the )?)?end(?: of)? ${MONTH}${CALENDAR_YEAR}\\b`);
const ONE_MONTH = new RegExp(`\\b${MONTH}${CALENDAR_YEAR}\\b`);
const QUARTER = /\b(?:q|qtr\.?|quarter) ?([1-4])\b|\b([1-4])(?:st|nd|rd|th) (?:qtr|quarter)\b/;
const FINANCIAL_YEAR = /(?:^|[^\d])((?:19|20)?\d{2} ?[-/] ?(?:\d{4}|\d{1,2}))(?!\d)/;
const TO_DATE = /\by\.?t\.?d\.?(?!\w)|\byear to date\b|\bto date\b|\bcumulative\b|\bcum\.?(?!\w)/;
const PROFILE = /\bprofiled?\b|\btargets?\b|\bplan(?:ned)?\b|\btrajectory\b/;
const BARE_PROFILE = /\bprofiled?\b|\btrajectory\b/;
const ACTUAL =
  /\b(?:actuals?|outturns?|out-turns?|performance|values?|results?|achieved|achievement|figures?)\b/;
const PROFILE_ALL = new RegExp(PROFILE.source, "g");
const ACTUAL_ALL = new RegExp(ACTUAL.source, "g");
// Words that may stand around the period without changing what the column is.
const FILLER =
  /\b(?:as|at|for|in|of|the|by|to|end|and|qtr|quarter|period|position|month|year|local|laa)\b|[()\-/,.:'"?&]/g;

/**
 * Reads a header naming a part of a year: "Q1", "Qtr 1", "Quarter 2", "2nd quarter", "Apr-Jun",
 * "Jul–Sep 09", "Jun 09", "End of June", "April", "YTD", "Year to date", "Cumulative"; profiled targets
 * "Q1 target", "Target to date", "Profile". A year may be written with it ("Q2 2009/10", "Jun 09").
 * Expects lower-case normalised text. Undefined unless every word is accounted for, so prose and other
 * headers ("Target date", "Comments (June update)", "Target 2009/10") are never read as in-year.
 */
export function parseInYearHeader(text: string): InYearHeader | undefined {
  let rest = ` ${text} `;
  const take = (m: RegExpExecArray): void => {
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  };
  let year: FinancialYear | undefined;
  const pair = FINANCIAL_YEAR.exec(rest);
  if (pair) {
    year = parseYear(pair[1] ?? "");
    if (year === undefined) return undefined;
    take(pair);
  }
  const found = findPeriod(rest);
  if (found) {
    rest = found.rest;
    if (year === undefined) year = found.year;
  }
  const toDateWord = TO_DATE.exec(rest);
  if (toDateWord) take(toDateWord);
  const profile = PROFILE.test(rest);
  const bare = BARE_PROFILE.test(rest);
  const actual = ACTUAL.test(rest);
  if (profile && actual) return undefined;
  rest = rest.replace(PROFILE_ALL, " ").replace(ACTUAL_ALL, " ").replace(FILLER, " ");
  if (rest.trim() !== "") return undefined;
  const kind: InYearKind | undefined = profile ? "profile" : actual ? "actual" : undefined;
  let period = found?.period;
  let toDate = found?.toDate === true || toDateWord !== null;
  if (period === undefined) {
    if (toDateWord) period = "YTD";
    else if (!bare) return undefined;
  }
  if (period === "YTD") toDate = true;
  const out: { -readonly [K in keyof InYearHeader]: InYearHeader[K] } = {};
  if (period !== undefined) out.period = period;
  if (kind !== undefined) out.kind = kind;
  if (toDate && kind !== "profile") out.toDate = true;
  if (year !== undefined) out.year = year;
  return out;
}

interface FoundPeriod {
  readonly period: InYearPeriod;
  readonly toDate: boolean;
  readonly year?: FinancialYear;
  readonly rest: string;
}

/** The one period the text names, with the text left over; undefined for none, or two that differ. */
function findPeriod(text: string): FoundPeriod | undefined {
  const first = periodIn(text);
  if (!first) return undefined;
  const second = periodIn(first.rest);
  if (second && (second.period !== first.period || second.toDate !== first.toDate))
    return undefined;
  return second ? { ...first, rest: second.rest } : first;
}

function periodIn(text: string): FoundPeriod | undefined {
  const blank = (m: RegExpExecArray): string =>
    text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
  const range = MONTH_RANGE.exec(text);
  if (range) {
    const from = monthOf(range[1]);
    const to = monthOf(range[2]);
    if (from === undefined || to === undefined) return undefined;
    // A financial quarter is that quarter; a range from April is the year to the end of its last month.
    const quarter = to === from + 2 && to % 3 === 0 ? periodEndingAt(to, 3) : undefined;
    const period = quarter ?? (from === 1 ? toDatePeriod(to) : undefined);
    if (!period) return undefined;
    return withYear(period, quarter === undefined, to, range[3], blank(range));
  }
  const end = MONTH_END.exec(text);
  if (end) {
    const month = monthOf(end[1]);
    if (month === undefined) return undefined;
    return withYear(toDatePeriod(month), true, month, end[2], blank(end));
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const q = QUARTERS[Number(quarter[1] ?? quarter[2]) - 1];
    return q ? { period: q, toDate: false, rest: blank(quarter) } : undefined;
  }
  const one = ONE_MONTH.exec(text);
  if (one) {
    const month = monthOf(one[1]);
    if (month === undefined) return undefined;
    return withYear(FINANCIAL_MONTHS[month - 1] ?? "Apr", false, month, one[2], blank(one));
  }
  return undefined;
}

/** A to-date figure at a quarter's end is that quarter's year to date; else the month's. */
function toDatePeriod(month: number): InYearPeriod {
  return periodEndingAt(month, 3) ?? FINANCIAL_MONTHS[month - 1] ?? "Apr";
}

function withYear(
  period: InYearPeriod,
  toDate: boolean,
  month: number,
  written: string | undefined,
  rest: string
): FoundPeriod {
  if (written === undefined) return { period, toDate, rest };
  const calendar = written.length === 2 ? 2000 + Number(written) : Number(written);
  // Month 10–12 of the financial year is January–March of the next calendar year.
  const calendarMonth = month <= 9 ? month + 3 : month - 9;
  return { period, toDate, year: financialYearOf(calendarMonth, calendar), rest };
}

/** Month of the financial year (April = 1) from a month word. */
function monthOf(word: string | undefined): number | undefined {
  const w = (word ?? "").slice(0, 3);
  const i = FINANCIAL_MONTHS.findIndex((m) => m.toLowerCase() === w);
  return i < 0 ? undefined : i + 1;
}
