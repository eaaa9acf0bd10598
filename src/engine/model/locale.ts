/**
 * The one locale of everything LAA Monitor shows: British English. Dates read `30 June 2010`, numbers
 * `12,345.6`. Formatted by hand, so the engine stays pure and the output never depends on the
 * machine's own locale; drivers that use `Intl` pass {@link LOCALE}.
 */

/** BCP 47 tag of the product's language and formats. */
export const LOCALE = "en-GB";

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Days in calendar month `month` (1–12) of `year`; 0 for a month that does not exist. */
export function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** ISO `YYYY-MM-DD` of a real calendar date; undefined when there is no such day. */
function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
}

/** "30 June 2010" from "2010-06-30"; undefined when it is not a real ISO date. */
export function formatDate(isoDate: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!iso(year, month, day)) return undefined;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The month named by a full or three-letter English name ("June", "jun"), 1–12. */
function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m.toLowerCase() === n || m.slice(0, 3).toLowerCase() === n);
  return i < 0 ? undefined : i + 1;
}

/** A two-digit year is this century's (the LAA ran 2008–2011). */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A date as people in England write it, as ISO `YYYY-MM-DD`: `2010-06-30`, `30/06/2010`, `30/6/10`,
 * `30.06.2010`, `30-06-2010`, `30 June 2010`, `30 Jun 2010`. Day before month, never the American
 * order. Undefined when the text is not one of these or names no real day (31/06/2010).
 */
export function parseDate(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  const isoForm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (isoForm) return iso(Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3]));
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(t);
  if (numeric) {
    return iso(fullYear(numeric[4] ?? ""), Number(numeric[3]), Number(numeric[1]));
  }
  const words = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})$/.exec(t);
  if (words) {
    const month = monthNumber(words[2] ?? "");
    return month === undefined ? undefined : iso(Number(words[3]), month, Number(words[1]));
  }
  return undefined;
}

/**
 * A number with British separators: `12,345`, `1,234.5`, `-0.25`. At most `maxDecimals` decimal
 * places, trailing zeros dropped.
 */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(maxDecimals);
  const [whole = "0", fraction = ""] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const decimals = fraction.replace(/0+$/, "");
  const sign = n < 0 && (Number(whole) > 0 || decimals !== "") ? "-" : "";
  return `${sign}${grouped}${decimals ? `.${decimals}` : ""}`;
}

/** "1 error", "12,345 errors". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
}
