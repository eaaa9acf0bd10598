import { Direction, RagStatus } from "../model/rag";
import { AmberRule } from "../model/settings";
import { FinancialYear, Polarity, yearLabel } from "../model/table";
import { directionOfTravel, slack } from "./direction";
import { yearEnded } from "./financial-year";

/** Everything needed to rate one indicator in one year, already reduced to numbers. */
export interface RatingInput {
  readonly year: FinancialYear;
  readonly actual?: number;
  readonly target?: number;
  /** Previous year's actual, or the baseline for the first actual year. */
  readonly previous?: number;
  /** "2008/09" or "baseline": what `previous` is, for the reason. */
  readonly previousLabel: string;
  readonly polarity?: Polarity;
  readonly tolerancePercent: number;
  readonly amberRule: AmberRule;
  readonly noChangeBandPercent: number;
  readonly asAt: string;
}

export interface Rating {
  readonly status: RagStatus;
  readonly direction?: Direction;
  readonly reason: string;
}

/**
 * Rates one indicator in one year. A missing actual is never Red: it is No data once the year has
 * ended and Not due while it runs. Unknown polarity gives No data rather than a guess.
 */
export function rateIndicator(input: RatingInput): Rating {
  const out: MutableRating = { status: "no-data", direction: undefined, reason: "" };
  rateInto(input, out);
  return out;
}

/** A Rating the caller refills (a long table rates into one, allocating nothing per rating). */
export type MutableRating = { -readonly [K in keyof Rating]: Rating[K] };

/** rateIndicator, written into `out` (every field set). */
export function rateInto(input: RatingInput, out: MutableRating): void {
  const { actual, target, previous, polarity, year } = input;
  out.direction = undefined;
  if (actual === undefined) {
    if (yearEnded(year, input.asAt)) {
      out.status = "no-data";
      out.reason = `no actual for ${yearLabel(year)}, which has ended`;
    } else {
      out.status = "not-due";
      out.reason = `${yearLabel(year)} has not ended`;
    }
    return;
  }
  if (polarity === undefined) {
    out.status = "no-data";
    out.reason = "polarity unknown: cannot tell whether higher is better";
    return;
  }
  const direction =
    previous === undefined
      ? undefined
      : directionOfTravel(actual, previous, polarity, input.noChangeBandPercent);
  out.direction = direction;
  if (target === undefined) {
    out.status = "no-data";
    out.reason = `no numeric target for ${yearLabel(year)}`;
    return;
  }
  // Positive when the actual falls short of the target in the polarity's direction.
  const miss = polarity === "higher" ? target - actual : actual - target;
  if (miss <= slack(actual, target)) {
    out.status = "green";
    out.reason = miss < 0 ? "better than target" : "on target";
    return;
  }
  const side = polarity === "higher" ? "below" : "above";
  const missPercent = target === 0 ? Infinity : (miss / Math.abs(target)) * 100;
  if (missPercent <= input.tolerancePercent + 1e-9) {
    out.status = "amber";
    out.reason = missReason(missPercent, side, input, "within");
    return;
  }
  if (input.amberRule === "improving" && direction === "improving") {
    out.status = "amber";
    out.reason = `${missReason(missPercent, side, input, "beyond")} but better than ${input.previousLabel}`;
    return;
  }
  out.status = "red";
  out.reason = missReason(missPercent, side, input, "beyond");
}

// Amber and red reasons repeat across a long table ("3% below target, beyond 5% tolerance"): each
// distinct one is built once and shared, instead of a fresh chain of joined strings per rating.
const REASONS = new Map<number, string>();
const REASON_LIMIT = 4096;

/** "12.3% below target, within 5% tolerance" (or "below a zero target, beyond …"). */
function missReason(
  missPercent: number,
  side: "below" | "above",
  input: RatingInput,
  how: "within" | "beyond"
): string {
  const missTenths = Number.isFinite(missPercent) ? Math.round(missPercent * 10) : -2;
  const tolTenths = Math.round(input.tolerancePercent * 10);
  // Only plain cases are keyed (miss rounding to 0.1 or more, small non-negative tolerance): the
  // key then names the text exactly, because round1 is a function of the tenths for them.
  const keyed =
    (missTenths > 0 || missTenths === -2) && missTenths < 1e7 && tolTenths > 0 && tolTenths < 1e5;
  const key = keyed
    ? ((missTenths + 2) * 4 + (side === "below" ? 0 : 2) + (how === "within" ? 0 : 1)) * 1e5 +
      tolTenths
    : -1;
  const cached = keyed ? REASONS.get(key) : undefined;
  if (cached !== undefined) return cached;
  const missText = Number.isFinite(missPercent)
    ? `${round1(missPercent)}% ${side} target`
    : `${side} a zero target`;
  const reason = `${missText}, ${how} ${round1(input.tolerancePercent)}% tolerance`;
  if (keyed && REASONS.size < REASON_LIMIT) REASONS.set(key, reason);
  return reason;
}

/** One decimal place at most ("5", "12.3"), built from integers: float-to-string is slow at 100k rows. */
function round1(n: number): string {
  const tenths = Math.round(Math.abs(n) * 10);
  if (tenths === 0 && n !== 0) return n > 0 ? "<0.1" : ">-0.1";
  const sign = n < 0 && tenths > 0 ? "-" : "";
  const rest = tenths % 10;
  return `${sign}${(tenths - rest) / 10}${rest === 0 ? "" : `.${rest}`}`;
}
