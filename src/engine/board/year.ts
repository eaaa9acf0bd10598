import { RagResult } from "../model/rag";
import { FinancialYear } from "../model/table";
import { yearEnd } from "../rag/financial-year";

/**
 * The year the board reports on, when the driver did not choose one: a later year rated during the
 * year on in-year figures (the position at its latest quarter is what a board meeting in November
 * wants); else the latest year with actuals that ended on or before the as-at date (a complete year
 * is what boards compare against targets); else the latest year with any actual (a year in
 * progress); else the latest year that has ended, so that a board still sees which indicators have
 * no data; else the latest rated year. Undefined only when nothing is rated at all.
 */
export function defaultYear(rag: readonly RagResult[], asAt: string): FinancialYear | undefined {
  let endedWithActual: number | undefined;
  let inYear: number | undefined;
  let anyActual: number | undefined;
  let ended: number | undefined;
  let any: number | undefined;
  for (const r of rag) {
    const done = yearEnd(r.year) <= asAt;
    const hasActual = r.actual !== undefined;
    if (hasActual && r.period !== "year") inYear = max(inYear, r.year);
    if (done && hasActual) endedWithActual = max(endedWithActual, r.year);
    if (hasActual) anyActual = max(anyActual, r.year);
    if (done) ended = max(ended, r.year);
    any = max(any, r.year);
  }
  if (inYear !== undefined && (endedWithActual === undefined || inYear > endedWithActual))
    return inYear;
  return endedWithActual ?? anyActual ?? ended ?? any;
}

function max(a: number | undefined, b: number): number {
  return a === undefined || b > a ? b : a;
}
