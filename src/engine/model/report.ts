import { FindingSummary } from "./finding";
import { Findings } from "./finding-list";
import { GapView } from "./gaps";
import { RagResult } from "./rag";
import { LaaTable } from "./table";

/**
 * What the engine concluded about a workbook; JSON writes it whole. In a report from analyse, `rag` is
 * an enumerable getter that makes the list from the ratings' columns on first read (see
 * rag/ratings.ts), and `findings` is a FindingList (see model/finding-list.ts), which reads and
 * serialises like an array but is not structured-cloneable.
 */
export interface Report {
  readonly tables: readonly LaaTable[];
  /**
   * Check findings, gap findings and rating findings, in sheet/row/column order. From analyse, a
   * FindingList (findings on many rows are made when read); any `Finding[]` will do elsewhere.
   */
  readonly findings: Findings;
  /** Every rating, table by table, row by row, year by year. */
  readonly rag: readonly RagResult[];
  readonly gaps: GapView;
  readonly summary: FindingSummary;
}
