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
  const { settings } = ctx.shared;
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
  const figure = position.status === "figure" ? position : undefined;
  const verdict =
    position.status === "figure"
      ? rateFigure(ctx, year, position, cumulative, figures.percent)
      : { status: position.status, direction: undefined, reason: position.reason };
  // Field by field, not `...rated`: the spread doubled the engine's time in npm run bench.
  const { rated } = ctx;
  return {
    tableId: rated.tableId,
    sheet: rated.sheet,
    row: rated.row,
    indicator: rated.indicator,
    priority: rated.priority,
    year,
    period: position.period,
    status: verdict.status,
    direction: verdict.direction,
    target,
    actual: figure?.value,
    previous: figure?.previous,
    profiled: figure?.profiled,
    cumulative,
    tolerancePercent: ctx.tolerancePercent,
    reason: verdict.reason,
  };
}

type Figure = Extract<InYearPosition, { status: "figure" }>;

/** The status, direction and reason of an in-year figure against its profiled target. */
function rateFigure(
  ctx: RowContext,
  year: number,
  figure: Figure,
  cumulative: boolean,
  percent: boolean
): Pick<RagResult, "status" | "direction" | "reason"> {
  const { settings, final } = ctx.shared;
  const rating = rateIndicator({
    year,
    actual: figure.value,
    target: figure.profiled,
    previous: figure.previous,
    previousLabel: figure.previousLabel,
    direction: figure.direction,
    polarity: ctx.row.polarity?.value,
    tolerancePercent: ctx.tolerancePercent,
    amberRule: settings.amberRule,
    noChangeBandPercent: settings.noChangeBandPercent,
    asAt: settings.asAt,
    ...(settings.amberRule === "forecast" && final !== undefined
      ? { forecast: outlook(ctx, year) }
      : {}),
  });
  return {
    status: rating.status,
    direction: rating.direction,
    reason: inYearReason(figure, cumulative, percent, rating.reason),
  };
}

/** "at Q2: 950 to date against a profiled target of 1,200 (…): 20.8% below target, …". */
function inYearReason(p: Figure, cumulative: boolean, percent: boolean, why: string): string {
  const show = (n: number): string => shownNumber(n, percent);
  const when = p.period === "YTD" ? "year to date" : `at ${p.period}`;
  const value = `${show(p.value)}${cumulative ? " to date" : ""}`;
  if (p.profiled === undefined) return `${when}: ${value}; ${why}`;
  return `${when}: ${value} against a profiled target of ${show(p.profiled)} (${p.profile}); ${why}`;
}
