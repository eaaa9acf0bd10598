import { Direction } from "../model/rag";
import { Polarity } from "../model/table";

/** Slack for binary rounding (45.2 read from 0.452 × 100), scaled to the size of the numbers. */
export function slack(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Direction of travel from `previous` to `actual` for the polarity. A change of no more than
 * `bandPercent` of the previous value counts as no change, so noise in the data does not flip arrows.
 */
export function directionOfTravel(
  actual: number,
  previous: number,
  polarity: Polarity,
  bandPercent: number
): Direction {
  const change = actual - previous;
  const band = (Math.abs(previous) * bandPercent) / 100 + slack(actual, previous);
  if (Math.abs(change) <= band) return "no-change";
  const better = polarity === "higher" ? change > 0 : change < 0;
  return better ? "improving" : "worsening";
}
