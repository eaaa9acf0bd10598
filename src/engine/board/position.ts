import { InYearPeriod, inYearLabel, periodEndMonth } from "../model/in-year";
import { FinancialYear, yearLabel } from "../model/table";
import { BoardLine } from "./lines";
import { MONTHS, daysIn } from "../model/locale";

/** The point of the year a board reports when its indicators are rated during the year. */
export interface BoardPosition {
  readonly period: InYearPeriod;
  /** "Q2 2009/10", "year to date 2009/10". */
  readonly label: string;
  /** "Position at Q2 2009/10 (1 April to 30 September 2009)". */
  readonly title: string;
}

/**
 * The latest period any indicator of the board's year is rated at during the year; undefined when
 * every indicator is rated on its year (an annual board).
 */
export function boardPosition(
  lines: readonly BoardLine[],
  year: FinancialYear
): BoardPosition | undefined {
  let latest: InYearPeriod | undefined;
  let latestEnd = -1;
  for (const line of lines) {
    if (line.period === "year") continue;
    const end = periodEndMonth(line.period) ?? 0;
    if (latest === undefined || end > latestEnd) {
      latest = line.period;
      latestEnd = end;
    }
  }
  if (latest === undefined) return undefined;
  const label = inYearLabel(latest, year);
  if (latest === "YTD") {
    return { period: latest, label, title: `Position to date, ${yearLabel(year)}` };
  }
  return { period: latest, label, title: `Position at ${label} (${through(year, latestEnd)})` };
}

/** "1 April to 30 September 2009": from the start of the financial year to the end of month `m`. */
function through(year: FinancialYear, m: number): string {
  const calendarMonth = ((m + 2) % 12) + 1;
  const calendarYear = m >= 10 ? year + 1 : year;
  const start = m >= 10 ? `1 April ${year}` : "1 April";
  return `${start} to ${daysIn(calendarYear, calendarMonth)} ${MONTHS[calendarMonth - 1] ?? ""} ${calendarYear}`;
}
