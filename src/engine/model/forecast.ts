import { RatedIndicator, RatingPeriod } from "./rag";
import { FinancialYear, Unit } from "./table";

/** Will the final year's target be met? Said beside the year's status, never instead of it. */
export type ForecastStatus = "on-track" | "at-risk" | "off-track" | "unknown";

/** The projected outturn of one indicator for the final year of its targets (2010/11 in an LAA). */
export interface Forecast extends RatedIndicator {
  /** The final target year. */
  readonly year: FinancialYear;
  readonly period: RatingPeriod;
  readonly status: ForecastStatus;
  /** The projected (or, once published, the actual) final-year outturn; absent when unknown. */
  readonly projected?: number;
  /** The final year's target (a forecast is made only for a numeric one). */
  readonly target: number;
  /** "percent" when the target reads as a percentage (45.2 meaning 45.2%). */
  readonly unit: Unit;
  /** One line: how it was projected and how it compares ("projected 2,080 against 2,550: …"). */
  readonly reason: string;
}

/** The forecast statuses in the order the board, the pane and the CLI count them. */
export const FORECAST_STATUSES: readonly ForecastStatus[] = [
  "on-track",
  "at-risk",
  "off-track",
  "unknown",
];

/** Words for the forecast statuses, as the board and the pane write them. */
export const FORECAST_WORD: Readonly<Record<ForecastStatus, string>> = {
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  unknown: "Unknown",
};
