import { Severity } from "./finding";

export type AmberRule = "tolerance" | "improving";

/** Everything the engine can be told. Drivers fill `asAt`; the engine never reads the clock. */
export interface Settings {
  /** As-at date, ISO `YYYY-MM-DD`. Supplied by the driver (default: today). */
  readonly asAt: string;
  /** Amber band: a miss of no more than this percentage of the target is Amber. */
  readonly tolerancePercent: number;
  readonly amberRule: AmberRule;
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
