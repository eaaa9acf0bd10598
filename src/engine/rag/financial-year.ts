import { FinancialYear } from "../model/table";

/** ISO date of the last day of a financial year: 2009 (2009/10) → "2010-03-31". */
export function yearEnd(year: FinancialYear): string {
  return `${String(year + 1).padStart(4, "0")}-03-31`;
}

/**
 * True when the financial year (1 April Y – 31 March Y+1) ended before the as-at date. ISO strings
 * compare in date order, so no Date object is needed (and the engine never reads the clock). On
 * 31 March itself the year is still running.
 */
export function yearEnded(year: FinancialYear, asAt: string): boolean {
  return yearEnd(year) < asAt.trim();
}
