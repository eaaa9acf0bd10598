import { ForecastStatus } from "../model/forecast";
import { FinancialYear, Polarity, yearLabel } from "../model/table";
import { shortfall } from "./shortfall";
import { round1, shownNumber, tidy } from "./words";

/** A value at a position on the axis of LAA years (2007 = 2007/08). */
export interface TrendPoint {
  readonly x: number;
  readonly y: number;
}

/** Everything the final-year forecast of one indicator needs, already reduced to numbers. */
export interface ForecastInput {
  /** The final target year (2010 = 2010/11). */
  readonly year: FinancialYear;
  readonly target?: number;
  readonly polarity?: Polarity;
  readonly tolerancePercent: number;
  /** Values are percentages (0–100): the projection stays inside that range. */
  readonly percent: boolean;
  /** The final year's own actual, once it is in: it replaces the projection. */
  readonly actual?: number;
  /** During the final year, a count's outturn at its year-to-date run rate: the projection. */
  readonly runRate?: { readonly value: number; readonly through: string };
  /** The baseline (when its period is known) and the actuals before the final year, in year order. */
  readonly points: readonly TrendPoint[];
  /** How many of the points are actuals. */
  readonly actuals: number;
  /** What the points are, for the reason: "the baseline (2007/08) and 2 actuals". */
  readonly basis: string;
  /** Why no final-year figure will exist, when none will. */
  readonly notCollected?: string;
}

export interface ForecastOutcome {
  readonly status: ForecastStatus;
  readonly projected?: number;
  readonly reason: string;
}

/**
 * Projects the final year's outturn on a straight line through the points (least squares: with the
 * baseline and one actual, the line through both) and says whether it meets the target: on track,
 * at risk (short by no more than the tolerance), off track. Unknown without a numeric target, an
 * actual, a polarity or a trend, or when no figure will be collected.
 */
export function forecastFinal(input: ForecastInput): ForecastOutcome {
  const { target, polarity } = input;
  const y = yearLabel(input.year);
  if (target === undefined) return unknown(`no numeric ${y} target`);
  if (input.notCollected !== undefined) return unknown(`not collected: ${input.notCollected}`);
  if (polarity === undefined) return unknown("polarity unknown: cannot tell which way is better");
  const show = (n: number): string => shownNumber(n, input.percent);
  if (input.actual !== undefined) {
    return judge(input, input.actual, `${y} actual ${show(input.actual)}`, "");
  }
  if (input.runRate !== undefined) {
    const rate = input.runRate.value;
    const projected = tidy(input.percent ? Math.min(100, Math.max(0, rate)) : rate);
    return judge(input, projected, `projected ${show(projected)}`, ` (${input.runRate.through})`);
  }
  if (input.actuals === 0) return unknown("no actual yet to project from");
  const line = project(input.points, input.year);
  if (line === undefined) {
    return unknown("one actual and no baseline period: no trend to project");
  }
  const projected = tidy(input.percent ? Math.min(100, Math.max(0, line)) : line);
  return judge(input, projected, `projected ${show(projected)}`, ` (trend of ${input.basis})`);
}

/** The least-squares line through the points, at `x`; undefined without two distinct positions. */
export function project(points: readonly TrendPoint[], x: number): number | undefined {
  if (points.length < 2) return undefined;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / points.length;
  const my = sy / points.length;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  return sxx === 0 ? undefined : my + (sxy / sxx) * (x - mx);
}

function judge(input: ForecastInput, value: number, what: string, how: string): ForecastOutcome {
  const target = input.target as number;
  const against = `${what} against a target of ${shownNumber(target, input.percent)}`;
  const short = shortfall(value, target, input.polarity as Polarity, input.tolerancePercent);
  if (short.met) {
    return { status: "on-track", projected: value, reason: `${against}: meets it${how}` };
  }
  if (short.within) {
    const tol = `within ${round1(input.tolerancePercent)}% tolerance`;
    return {
      status: "at-risk",
      projected: value,
      reason: `${against}: ${short.text}, ${tol}${how}`,
    };
  }
  return { status: "off-track", projected: value, reason: `${against}: ${short.text}${how}` };
}

function unknown(reason: string): ForecastOutcome {
  return { status: "unknown", reason };
}
