/**
 * Text that Excel would turn into something else if it were typed into a cell as it is: a formula,
 * number, date, time, fraction, boolean or error. Both adapters keep such text as text (Excel's
 * apostrophe through Office.js, the cell's quote prefix in a file), so a user's words never become
 * a formula.
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

/** True when Excel would not keep `s` as the same text if it were typed into a cell as it is. */
export function wouldNotStayText(s: string): boolean {
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
