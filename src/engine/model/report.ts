import { Finding, FindingSummary } from "./finding";
import { Forecast } from "./forecast";
import { GapView } from "./gaps";
import { RagResult } from "./rag";
import { RewardEstimate } from "./reward";
import { LaaTable } from "./table";

/** What the engine concluded about a workbook. Plain data: serialisable, no functions. */
export interface Report {
  readonly tables: readonly LaaTable[];
  /** Check findings, gap findings and rating findings, in sheet/row/column order. */
  readonly findings: readonly Finding[];
  readonly rag: readonly RagResult[];
  /** The final year's projection for every indicator with a numeric final-year target. */
  readonly forecasts: readonly Forecast[];
  readonly reward: RewardEstimate;
  readonly gaps: GapView;
  readonly summary: FindingSummary;
}
