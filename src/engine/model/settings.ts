import { Severity } from "./finding";

/**
 * What makes a miss beyond the tolerance Amber rather than Red: nothing (`tolerance`), being better
 * than last year (`improving`), or being on track for the final year's target (`forecast`).
 */
export type AmberRule = "tolerance" | "improving" | "forecast";

/**
 * How a cumulative indicator's year target is profiled over the year when the table gives no
 * profile: evenly (a quarter of it each quarter), or in the shares of the previous year's quarters
 * (or months) where the table has all of them.
 */
export type ProfileMethod = "even" | "previous-year";

/** Everything the engine can be told. Drivers fill `asAt`; the engine never reads the clock. */
export interface Settings {
  /** As-at date, ISO `YYYY-MM-DD`. Supplied by the driver (default: today). */
  readonly asAt: string;
  /** Amber band: a miss of no more than this percentage of the target is Amber. */
  readonly tolerancePercent: number;
  readonly amberRule: AmberRule;
  /** Reward grant pot in pounds to share among the designated targets; none: shares only. */
  readonly rewardPot?: number;
  /** A target earns nothing below this percentage of its planned improvement (60). */
  readonly rewardThresholdPercent: number;
  /** A target's share of its reward is capped at this percentage of its planned improvement (100). */
  readonly rewardCapPercent: number;
  /** How cumulative targets are profiled over the year when the table has no profile of its own. */
  readonly profile: ProfileMethod;
  /**
   * Per indicator ("NI 154", or a local indicator's title): true when its figure builds up through
   * the year (a count), false for a point-in-time figure (a rate). Wins over the table's
   * Cumulative? column and the catalogue.
   */
  readonly cumulative: Readonly<Record<string, boolean>>;
  /** Direction of travel: a change within this percentage counts as no change. */
  readonly noChangeBandPercent: number;
  /** target.stretch fires when the final target differs from the baseline by more than this % of it. */
  readonly stretchPercent: number;
  /** Shown as the board sheet's title. */
  readonly partnershipName: string;
  /** Known lead partners; when non-empty, partner.unknown checks names against it. */
  readonly partners: readonly string[];
  /** Alias → canonical partner name ("PCT" → "NHS Salford"). Matched after normalising case and spaces. */
  readonly partnerAliases: Readonly<Record<string, string>>;
  /** Per-code severity override, or "off" to silence a rule. */
  readonly severities: Readonly<Record<string, Severity | "off">>;
}

export const DEFAULT_SETTINGS: Settings = {
  asAt: "2010-06-30",
  tolerancePercent: 5,
  amberRule: "tolerance",
  rewardThresholdPercent: 60,
  rewardCapPercent: 100,
  profile: "even",
  cumulative: {},
  noChangeBandPercent: 1,
  stretchPercent: 50,
  partnershipName: "Local Strategic Partnership",
  partners: [],
  partnerAliases: {},
  severities: {},
};

/** Settings with defaults filled in; unknown keys dropped. `asAt` must be given by the driver. */
export function withDefaults(partial: Partial<Settings> & { asAt: string }): Settings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
