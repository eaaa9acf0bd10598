/**
 * Forcing text. Excel parses whatever is written through `range.values`: "=1+1" becomes a formula,
 * "-5" a number, "08/09" a date, "TRUE" a boolean. A leading apostrophe (Excel's text prefix, not part of
 * the value) keeps a string exactly as written; a number format of "@" set in the same batch is not
 * reliably enough.
 */

const DANGEROUS_START = /^[=+\-@'\t\r\n]/;
const NUMBER_LIKE = /^\s*[£$€]?\s*\(?\s*(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*\)?\s*%?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\s*$/;
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
const MONTH_DATE = new RegExp(
  `^\\s*(\\d{1,2}[\\s/-]*${MONTH}([\\s/,-]+\\d{2,4})?|${MONTH}[\\s/-]+\\d{1,4}(,?\\s*\\d{2,4})?)\\s*$`,
  "i"
);
const TIME_LIKE = /^\s*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\s*$/i;
const FRACTION = /^\s*\d+\s+\d+\/\d+\s*$/;
const OTHER = /^\s*(true|false)\s*$|^#/i;

/** True when Excel would not store `s` as the same text if it were written as it is. */
export function needsTextPrefix(s: string): boolean {
  return (
    DANGEROUS_START.test(s) ||
    NUMBER_LIKE.test(s) ||
    DATE_LIKE.test(s) ||
    MONTH_DATE.test(s) ||
    TIME_LIKE.test(s) ||
    FRACTION.test(s) ||
    OTHER.test(s)
  );
}

/** A plan value as Office.js should receive it: numbers as they are, strings as text, null as "" (clear). */
export function toExcelValue(v: string | number | null): string | number {
  if (v === null) return "";
  if (typeof v === "number") return v;
  return v !== "" && needsTextPrefix(v) ? `'${v}` : v;
}
