import { Finding, FindingSummary } from "./finding";
import { GapView } from "./gaps";
import { RagResult } from "./rag";
import { LaaTable } from "./table";

/** What the engine concluded about a workbook. Plain data: serialisable, no functions. */
export interface Report {
  readonly tables: readonly LaaTable[];
  /** Check findings, gap findings and rating findings, in sheet/row/column order. */
  readonly findings: readonly Finding[];
  readonly rag: readonly RagResult[];
  readonly gaps: GapView;
  readonly summary: FindingSummary;
}
