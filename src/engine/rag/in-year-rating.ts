import { RagResult } from "../model/rag";
import { InYearPosition } from "./in-year";
import { missingActual } from "./missing";
import { outlook } from "./outlook";
import { positionIn } from "./position";
import { rateIndicator } from "./rate";
import { RowContext } from "./context";
import { shownNumber } from "./words";

/**
 * The rating at the latest period of a year without its outturn: the year to date (for a rate, the
 * latest value) against the target profiled to that period, with the same tolerance and amber rules.
 */
export function rateInYear(
  ctx: RowContext,
  year: number,
  target: number | undefined
): RagResult | undefined {
  const { row } = ctx;
  const { settings, final } = ctx.shared;
  const found = positionIn(ctx, year, target);
  if (!found) return undefined;
  const { position, figures, cumulative } = found;
  // With no in-year figure, a year that will not be collected, or whose figure comes once a year
  // (school results, surveys, calendar-year statistics), keeps its year's verdict.
  const anyFigure = figures.latest !== undefined || figures.ytd !== undefined;
  if (!anyFigure) {
    const basis = ctx.schedule?.basis ?? "financial-year";
    const verdict = missingActual(year, settings.asAt, ctx.schedule, ctx.note);
    if (basis !== "financial-year" || verdict.status === "not-collected") return undefined;
  }
  const base = { ...ctx.rated, year, period: position.period };
  if (position.status !== "figure") {
    return {
      ...base,
      status: position.status,
      target,
      tolerancePercent: ctx.tolerancePercent,
      cumulative,
      reason: position.reason,
    };
  }
  const rating = rateIndicator({
    year,
    actual: position.value,
    target: position.profiled,
    previous: position.previous,
    previousLabel: position.previousLabel,
    direction: position.direction,
    polarity: row.polarity?.value,
    tolerancePercent: ctx.tolerancePercent,
    amberRule: settings.amberRule,
    noChangeBandPercent: settings.noChangeBandPercent,
    asAt: settings.asAt,
    ...(settings.amberRule === "forecast" && final !== undefined
      ? { forecast: outlook(ctx, year) }
      : {}),
  });
  return {
    ...base,
    status: rating.status,
    direction: rating.direction,
    target,
    actual: position.value,
    previous: position.previous,
    profiled: position.profiled,
    cumulative,
    tolerancePercent: ctx.tolerancePercent,
    reason: inYearReason(position, cumulative, figures.percent, rating.reason),
  };
}

/** "at Q2: 950 to date against a profiled target of 1,200 (…): 20.8% below target, …". */
function inYearReason(
  p: Extract<InYearPosition, { status: "figure" }>,
  cumulative: boolean,
  percent: boolean,
  why: string
): string {
  const show = (n: number): string => shownNumber(n, percent);
  const when = p.period === "YTD" ? "year to date" : `at ${p.period}`;
  const value = `${show(p.value)}${cumulative ? " to date" : ""}`;
  if (p.profiled === undefined) return `${when}: ${value}; ${why}`;
  return `${when}: ${value} against a profiled target of ${show(p.profiled)} (${p.profile}); ${why}`;
}
