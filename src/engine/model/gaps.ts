import { CellRef } from "./cell";

/** An ambition (priority) of the partnership, as found in the table and/or the cross-cutting matrix. */
export interface Ambition {
  /** Stable key: the normalised name used for matching. */
  readonly key: string;
  /** Display name (the shortest clean form seen: the matrix column header or the table's priority). */
  readonly name: string;
  /** Leading number where one was written ("5 Communities that are safe" → 5). */
  readonly number?: number;
  /** Where it appears. */
  readonly tableCell?: CellRef;
  readonly matrixColumnCell?: CellRef;
  readonly matrixRowCell?: CellRef;
  /** Indicator labels under this ambition (by priority or Contributes to). */
  readonly indicators: readonly string[];
  /** Lead partners of those indicators. */
  readonly partners: readonly string[];
}

/** One ordered pair of the matrix: does `from` support `to`? */
export interface MatrixPair {
  readonly from: string;
  readonly to: string;
  /** The matrix says so (a mark in the cell). */
  readonly claimed: boolean;
  /** The matrix cell holding the mark (or the empty cell). */
  readonly cell?: CellRef;
  /** Indicators under both ambitions (priority or Contributes to). */
  readonly sharedIndicators: readonly string[];
  /** Partners leading indicators under both ambitions. */
  readonly sharedPartners: readonly string[];
  readonly evidenced: boolean;
  /** Claimed but not evidenced. */
  readonly gap: boolean;
}

/** The cross-cutting view the task pane draws as a heat map and the CLI prints as a table. */
export interface GapView {
  readonly ambitions: readonly Ambition[];
  /** Every ordered pair of distinct ambitions (ambition keys), row-major in ambitions order. */
  readonly pairs: readonly MatrixPair[];
  /** Sheet and range of the matrix, when one was found. */
  readonly matrix?: { readonly sheet: string; readonly range: string };
}
