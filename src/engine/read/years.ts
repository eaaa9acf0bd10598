import { FinancialYear } from "../model/table";

// 2008/09, 08/09, 2008-09, 2008/2009, 2008/9 (dashes already normalised to "-" by the caller).
const YEAR_PAIR = /(?:^|[^\d])((?:19|20)?\d{2}) ?[-/] ?(\d{4}|\d{1,2})(?!\d)/g;

/**
 * The financial year a header names: "08/09", "2008/09", "2008-09", "2008/2009", "2008/9",
 * "FY 2008/09", "Target 2008-09", "Actual 08/09" → 2008. The second part must be the following year,
 * so "2008-11" (a span of years) and "07/05" name no year. Expects normalised text (dashes as "-").
 */
export function parseYear(text: string): FinancialYear | undefined {
  YEAR_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_PAIR.exec(text)) !== null) {
    const first = m[1] ?? "";
    const second = m[2] ?? "";
    const start = first.length === 2 ? 2000 + Number(first) : Number(first);
    const next = start + 1;
    const ok =
      second.length === 4
        ? Number(second) === next
        : second.length === 2
          ? Number(second) === next % 100
          : Number(second) === next % 10;
    if (ok) return start;
  }
  return undefined;
}

const PERIOD_IN_BRACKETS = /\(([^)]*)\)/;

/** The period written in a header such as "Baseline (2007/08)" or "Baseline 2007/08"; undefined if none. */
export function headerPeriod(text: string): string | undefined {
  const bracket = PERIOD_IN_BRACKETS.exec(text);
  if (bracket && /\d/.test(bracket[1] ?? "")) return (bracket[1] ?? "").trim();
  const digits = /\d[\d/ -]*\d|\d/.exec(text);
  return digits ? digits[0].trim() : undefined;
}
