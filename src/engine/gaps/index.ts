import { Finding } from "../model/finding";
import { GapView } from "../model/gaps";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { IndicatorRow, LaaTable } from "../model/table";
import { resolveAmbitions } from "./ambitions";
import { gapDrafts } from "./findings";
import { findMatrix } from "./matrix";
import { rowSorter } from "./membership";
import { PartnerNames } from "./partners";
import { finishGapFindings } from "./rules";
import { buildView } from "./view";

export { GAP_RULES } from "./rules";
export type { GapCode, GapRule } from "./rules";

/**
 * Ambitions, the cross-cutting matrix and the gap findings. Ambitions come from the tables' priorities
 * and, when one is found on any sheet, the cross-cutting matrix; labels that match no ambition are
 * reported (gap.matrix-unmatched), never guessed. Never throws on odd input.
 */
export function analyseGaps(
  snapshot: WorkbookSnapshot,
  tables: readonly LaaTable[],
  settings: Settings
): { view: GapView; findings: Finding[] } {
  const run = startGaps(snapshot, tables, settings);
  for (const table of tables) run.visit(table, table.rows);
  return run.finish();
}

/** analyseGaps in steps, so that a caller can hand it rows while they are in the CPU cache. */
export interface GapsRun {
  /** Every row of every table once, in table and row order (whole tables or consecutive chunks). */
  visit(table: LaaTable, rows: readonly IndicatorRow[]): void;
  /** The view and findings analyseGaps gives. */
  finish(): { view: GapView; findings: Finding[] };
}

export function startGaps(
  snapshot: WorkbookSnapshot,
  tables: readonly LaaTable[],
  settings: Settings
): GapsRun {
  const matrix = findMatrix(snapshot, tables);
  const resolved = resolveAmbitions(matrix, tables);
  const partners = new PartnerNames(settings);
  const sorter = rowSorter(resolved, partners, tables);
  return {
    visit: sorter.add,
    finish() {
      const membership = sorter.result();
      const view = buildView(matrix, resolved, membership, partners);
      const hasTables = tables.length > 0;
      const drafts = gapDrafts({ view, resolved, membership, partners, hasTables });
      return { view, findings: finishGapFindings(drafts, settings) };
    },
  };
}
