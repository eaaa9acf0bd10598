import { InYearPeriod } from "./in-year";
import { FinancialYear } from "./table";

/**
 * A year's status. Three say why there is no actual: `not-collected` (no figure will exist for the
 * year), `awaiting-data` (the period has ended but the figure is not published yet) and `no-data`
 * (the figure is due and the table has none, or nothing numeric to rate). `not-due`: still running.
 */
export type RagStatus =
  "green" | "amber" | "red" | "no-data" | "awaiting-data" | "not-collected" | "not-due";
/**
 * What a rating covers: the whole year, or (during the year, before its outturn is in) the latest
 * quarter or month reported, or the year to date when the table gives only that.
 */
export type RatingPeriod = "year" | InYearPeriod;
export type Direction = "improving" | "worsening" | "no-change";

/** Which indicator a rating or a forecast is about, and where its row is. */
export interface RatedIndicator {
  /** LaaTable.id */
  readonly tableId: string;
  readonly sheet: string;
  /** Sheet row of the indicator, 0-based. */
  readonly row: number;
  /** "NI 154" or the local indicator's title. */
  readonly indicator: string;
  readonly priority?: string;
}

/** The rating of one indicator in one year. */
export interface RagResult extends RatedIndicator {
  readonly year: FinancialYear;
  readonly period: RatingPeriod;
  readonly status: RagStatus;
  readonly direction?: Direction;
  readonly target?: number;
  readonly actual?: number;
  /** Previous year's actual (or the baseline for the first year) used for direction of travel. */
  readonly previous?: number;
  /** Tolerance used, in percent of the target. */
  readonly tolerancePercent: number;
  /**
   * Rated during the year: the target profiled to the period (the table's profile, or the year's
   * target spread over the year for a cumulative figure, the year's target itself for a rate).
   * `actual` is then the year-to-date figure (for a rate or percentage, the latest) and `target`
   * the whole year's.
   */
  readonly profiled?: number;
  /** Rated during the year: the figure builds up through the year (a count) or not (a rate). */
  readonly cumulative?: boolean;
  /** Why this status, in a short phrase ("5.2% below target, within 10% tolerance"). */
  readonly reason: string;
}

/**
 * "Amber at Q2", "Green to date" (rated on a year-to-date figure alone): a rating's word with the
 * period it is for, when that is not the whole year.
 */
export function statusPhrase(status: RagStatus, period: RatingPeriod): string {
  const word = STATUS_WORD[status];
  if (period === "year" || word === "") return word;
  return period === "YTD" ? `${word} to date` : `${word} at ${period}`;
}

/** Words and arrows written into cells. Status is never colour alone. */
export const STATUS_WORD: Readonly<Record<RagStatus, string>> = {
  green: "Green",
  amber: "Amber",
  red: "Red",
  "no-data": "No data",
  "awaiting-data": "Awaiting data",
  "not-collected": "Not collected",
  "not-due": "",
};

export const DIRECTION_ARROW: Readonly<Record<Direction, string>> = {
  improving: "▲",
  worsening: "▼",
  "no-change": "▶",
};

/** The statuses a cell shows with a word and a fill (a year not due shows nothing). */
export type ShownStatus = Exclude<RagStatus, "not-due">;
export const SHOWN_STATUSES: readonly ShownStatus[] = [
  "green",
  "amber",
  "red",
  "no-data",
  "awaiting-data",
  "not-collected",
];

/**
 * Accessible fills: dark text (contrast ≥ 4.5:1) on light fills whose relative luminance differs by at
 * least 0.08 between any two, so a black-and-white print still tells them apart. Lightest to darkest:
 * Not collected (0.93, near white: nothing will come), Green (0.84), No data (0.69, neutral grey),
 * Amber (0.59), Awaiting data (0.46, blue), Red (0.36).
 */
export const STATUS_FILL: Readonly<Record<ShownStatus, { fill: string; font: string }>> = {
  green: { fill: "#D8F3DC", font: "#004D00" },
  amber: { fill: "#FFBF40", font: "#3D2B00" },
  red: { fill: "#F08080", font: "#3D0000" },
  "no-data": { fill: "#D9D9D9", font: "#262626" },
  "awaiting-data": { fill: "#96B8E0", font: "#0B2545" },
  "not-collected": { fill: "#F7F7F7", font: "#404040" },
};

/** The three statuses that say why a year has no actual. */
export const MISSING_DATA_STATUSES: readonly RagStatus[] = [
  "no-data",
  "awaiting-data",
  "not-collected",
];
