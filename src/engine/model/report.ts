import { FindingSummary } from "./finding";
import { Findings } from "./finding-list";
import { GapView } from "./gaps";
import { RagResult } from "./rag";
import { LaaTable } from "./table";

/**
 * What the engine concluded about a workbook. Plain data: serialisable, no functions. In a report
 * from analyse, `rag` is an enumerable getter that makes the list from the ratings' columns on first
 * read (see rag/ratings.ts); it reads, copies and serialises like the array it returns.
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
