import { FinancialYear, Unit } from "./table";

/** One designated target's estimated reward. Percentages are of the planned improvement. */
export interface RewardTarget {
  readonly tableId: string;
  readonly sheet: string;
  /** Sheet row, 0-based. */
  readonly row: number;
  readonly indicator: string;
  readonly baseline?: number;
  /** The final year's target. */
  readonly target?: number;
  /** "percent" when the target reads as a percentage: baseline, trigger and actual are too. */
  readonly unit: Unit;
  /** Baseline plus the threshold's share of the planned improvement: the value that starts reward. */
  readonly trigger?: number;
  /** The actual used: the final year's, else the latest one (an estimate until the final year is in). */
  readonly actual?: number;
  readonly actualYear?: FinancialYear;
  /** (actual − baseline) ÷ (target − baseline) in percent, one decimal; negative when worse. */
  readonly achievement?: number;
  /** 0 below the threshold, else the achievement up to the cap, in percent. */
  readonly share?: number;
  /** Pot ÷ eligible targets × share, in whole pounds; only when a pot is set. */
  readonly amount?: number;
  /** Why, in a short phrase ("60% trigger reached", "no actual yet"). */
  readonly reason: string;
}

/** The reward estimate of the workbook: always an estimate, never a claim. */
export interface RewardEstimate {
  /** Pounds; absent when no pot is set (then shares and triggers only). */
  readonly pot?: number;
  /** Threshold and cap in percent of the planned improvement. */
  readonly thresholdPercent: number;
  readonly capPercent: number;
  /**
   * Every designated target: not local indicators, statutory education targets, withdrawn
   * indicators, or rows the table takes out of the reward element.
   */
  readonly targets: readonly RewardTarget[];
  /** Sum of the amounts, in pounds; only when a pot is set. */
  readonly total?: number;
}
