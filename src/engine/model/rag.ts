import { FinancialYear } from "./table";

export type RagStatus = "green" | "amber" | "red" | "no-data" | "not-due";
export type Direction = "improving" | "worsening" | "no-change";

/** The rating of one indicator in one year. */
export interface RagResult {
  /** LaaTable.id */
  readonly tableId: string;
  readonly sheet: string;
  /** Sheet row of the indicator, 0-based. */
  readonly row: number;
  /** "NI 154" or the local indicator's title. */
  readonly indicator: string;
  readonly priority?: string;
  readonly year: FinancialYear;
  readonly status: RagStatus;
  readonly direction?: Direction;
  readonly target?: number;
  readonly actual?: number;
  /** Previous year's actual (or the baseline for the first year) used for direction of travel. */
  readonly previous?: number;
  /** Tolerance used, in percent of the target. */
  readonly tolerancePercent: number;
  /** Why this status, in a short phrase ("5.2% below target, within 10% tolerance"). */
  readonly reason: string;
}

/** Words and arrows written into cells. Status is never colour alone. */
export const STATUS_WORD: Readonly<Record<RagStatus, string>> = {
  green: "Green",
  amber: "Amber",
  red: "Red",
  "no-data": "No data",
  "not-due": "",
};

export const DIRECTION_ARROW: Readonly<Record<Direction, string>> = {
  improving: "▲",
  worsening: "▼",
  "no-change": "▶",
};

/**
 * Accessible fills: dark text (contrast ≥ 4.5:1) on light fills whose relative luminance differs by at
 * least 0.08 between any two, so a black-and-white print still tells them apart. Lightest to darkest:
 * Green (0.84), No data (0.69, neutral grey), Amber (0.59), Red (0.36).
 */
export const STATUS_FILL: Readonly<
  Record<Exclude<RagStatus, "not-due">, { fill: string; font: string }>
> = {
  green: { fill: "#D8F3DC", font: "#004D00" },
  amber: { fill: "#FFBF40", font: "#3D2B00" },
  red: { fill: "#F08080", font: "#3D0000" },
  "no-data": { fill: "#D9D9D9", font: "#262626" },
};
