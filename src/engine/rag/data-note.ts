import { FinancialYear } from "../model/table";
import { MonthIndex, monthAndYear } from "./periods";

/**
 * What a table's "Data available" / "Next data" cell says: no figure will come (for the years it
 * names, or every year), or the month the missing figures are due.
 */
export type DataNote =
  | {
      readonly kind: "not-collected";
      readonly text: string;
      readonly years?: readonly FinancialYear[];
    }
  | { readonly kind: "due"; readonly text: string; readonly month: MonthIndex };

const NONE_WILL_COME =
  /\b(?:not (?:collected|measured|run|held|available)|no (?:survey|data|collection|figures?|results?|return)|discontinued|cancell?ed|scrapped|ceased|abolished|withdrawn|n\/a)\b/i;
const UNTIL = /\b(?:until|till|before|due|expected)\b/i;
const ISO = /\b(\d{4})-(\d{2})-\d{2}\b/;
const DAY_MONTH_YEAR = /\b\d{1,2}\/(\d{1,2})\/(\d{4})\b/;
const SEASON = /\b(spring|summer|autumn|fall|winter)\s+(\d{4})\b/i;
const QUARTER = /\bq([1-4])\s+(\d{4})\b/i;
const YEAR_PAIR = /\b(20\d\d)\s*\/\s*(\d{2})\b/g;
const YEAR = /\b(20\d\d)\b/;
/** The last month of each season: a figure due "in the autumn" is late only after November. */
const SEASON_END: Readonly<Record<string, number>> = {
  spring: 5,
  summer: 8,
  autumn: 11,
  fall: 11,
  winter: 14,
};

/**
 * Reads a Data available cell. A date wins when the text says the data comes by then ("No data
 * until Sep 2011"); words such as "not collected", "no survey", "cancelled" make it not collected;
 * anything else is ignored (the catalogue's schedule applies).
 */
export function readDataNote(text: string): DataNote | undefined {
  const due = dueMonth(text);
  const none = NONE_WILL_COME.test(text);
  if (due !== undefined && (!none || UNTIL.test(text))) return { kind: "due", text, month: due };
  if (!none) return undefined;
  const years = [...text.matchAll(YEAR_PAIR)].map((m) => Number(m[1]));
  return years.length > 0
    ? { kind: "not-collected", text, years }
    : { kind: "not-collected", text };
}

/** Does the note make `year` not collected? */
export function notCollectedIn(note: DataNote | undefined, year: FinancialYear): boolean {
  return note?.kind === "not-collected" && (note.years === undefined || note.years.includes(year));
}

/** The month a written date falls in: ISO, dd/mm/yyyy, "Sep 2010", a season, a quarter, a year. */
function dueMonth(text: string): MonthIndex | undefined {
  const iso = ISO.exec(text);
  if (iso) return Number(iso[1]) * 12 + Number(iso[2]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return Number(dmy[2]) * 12 + Number(dmy[1]);
  const written = monthAndYear(text);
  if (written) return written.year * 12 + written.month;
  const season = SEASON.exec(text);
  if (season) return Number(season[2]) * 12 + (SEASON_END[(season[1] ?? "").toLowerCase()] ?? 12);
  // Quarters of the financial year, as LAA reports number them: Q1 ends in June, Q4 in March.
  const quarter = QUARTER.exec(text);
  if (quarter) return Number(quarter[2]) * 12 + 3 + 3 * Number(quarter[1]);
  const pair = [...text.matchAll(YEAR_PAIR)][0];
  if (pair) return Number(pair[1]) * 12 + 15;
  const year = YEAR.exec(text);
  return year ? Number(year[1]) * 12 + 12 : undefined;
}
