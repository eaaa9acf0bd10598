import { Polarity } from "../model/table";
import { slack } from "./direction";
import { round1 } from "./words";

/** How a value compares with its target, as a rating and a forecast both judge it. */
export interface Shortfall {
  /** On or better than the target (binary rounding aside). */
  readonly met: boolean;
  /** Strictly better than the target. */
  readonly better: boolean;
  /** Short by no more than the tolerance, in percent of the target. */
  readonly within: boolean;
  /** "5.2% below target", or "below a zero target". */
  readonly text: string;
}

export function shortfall(
  value: number,
  target: number,
  polarity: Polarity,
  tolerancePercent: number
): Shortfall {
  // Positive when the value falls short of the target in the polarity's direction.
  const miss = polarity === "higher" ? target - value : value - target;
  const side = polarity === "higher" ? "below" : "above";
  const missPercent = target === 0 ? Infinity : (miss / Math.abs(target)) * 100;
  return {
    met: miss <= slack(value, target),
    better: miss < 0,
    within: missPercent <= tolerancePercent + 1e-9,
    text: Number.isFinite(missPercent)
      ? `${round1(missPercent)}% ${side} target`
      : `${side} a zero target`,
  };
}
