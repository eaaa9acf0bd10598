import { Direction, RagStatus } from "../model/rag";
import { AmberRule } from "../model/settings";
import { FinancialYear, Polarity, yearLabel } from "../model/table";
import { directionOfTravel } from "./direction";
import { yearEnded } from "./financial-year";
import { ForecastOutcome } from "./forecast";
import { MissingVerdict } from "./missing";
import { shortfall } from "./shortfall";
import { round1 } from "./words";

/** Everything needed to rate one indicator in one year, already reduced to numbers. */
export interface RatingInput {
  readonly year: FinancialYear;
  readonly actual?: number;
  readonly target?: number;
  /** Previous year's actual, or the baseline for the first actual year. */
  readonly previous?: number;
  /** "2008/09" or "baseline": what `previous` is, for the reason. */
  readonly previousLabel: string;
  /** Direction of travel worked out by the caller (a rating during the year compares periods). */
  readonly direction?: Direction;
  readonly polarity?: Polarity;
  readonly tolerancePercent: number;
  readonly amberRule: AmberRule;
  readonly noChangeBandPercent: number;
  readonly asAt: string;
  /** What a missing actual means this year; without it, No data once the financial year ends. */
  readonly missing?: MissingVerdict;
  /** The final-year forecast from the data up to this year, for the `forecast` amber rule. */
  readonly forecast?: ForecastOutcome;
}

export interface Rating {
  readonly status: RagStatus;
  readonly direction?: Direction;
  readonly reason: string;
}

/**
 * Rates one indicator in one year. A missing actual is never Red: it is Not collected, Awaiting
 * data or No data as `missing` says (by default No data once the year has ended) and Not due while
 * the period runs. Unknown polarity gives No data rather than a guess.
 */
export function rateIndicator(input: RatingInput): Rating {
  const { actual, target, previous, polarity, year } = input;
  if (actual === undefined) {
    if (input.missing) return input.missing;
    return yearEnded(year, input.asAt)
      ? { status: "no-data", reason: `no actual for ${yearLabel(year)}, which has ended` }
      : { status: "not-due", reason: `${yearLabel(year)} has not ended` };
  }
  if (polarity === undefined) {
    return { status: "no-data", reason: "polarity unknown: cannot tell whether higher is better" };
  }
  const direction =
    input.direction ??
    (previous === undefined
      ? undefined
      : directionOfTravel(actual, previous, polarity, input.noChangeBandPercent));
  if (target === undefined) {
    return { status: "no-data", direction, reason: `no numeric target for ${yearLabel(year)}` };
  }
  const short = shortfall(actual, target, polarity, input.tolerancePercent);
  if (short.met) {
    return {
      status: "green",
      direction,
      reason: short.better ? "better than target" : "on target",
    };
  }
  const missText = short.text;
  const tol = `${round1(input.tolerancePercent)}% tolerance`;
  if (short.within) {
    return { status: "amber", direction, reason: `${missText}, within ${tol}` };
  }
  if (input.amberRule === "improving" && direction === "improving") {
    return {
      status: "amber",
      direction,
      reason: `${missText}, beyond ${tol} but better than ${input.previousLabel}`,
    };
  }
  if (input.amberRule === "forecast" && input.forecast?.status === "on-track") {
    return {
      status: "amber",
      direction,
      reason: `${missText}, beyond ${tol} but on track for the final target: ${input.forecast.reason}`,
    };
  }
  return { status: "red", direction, reason: `${missText}, beyond ${tol}` };
}
