import { Finding } from "../model/finding";
import { GapView } from "../model/gaps";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { LaaTable } from "../model/table";
import { resolveAmbitions } from "./ambitions";
import { gapDrafts } from "./findings";
import { findMatrix } from "./matrix";
import { sortRows } from "./membership";
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
  const matrix = findMatrix(snapshot, tables);
  const resolved = resolveAmbitions(matrix, tables);
  const partners = new PartnerNames(settings);
  const membership = sortRows(tables, resolved, partners);
  const view = buildView(matrix, resolved, membership, partners);
  const hasTables = tables.length > 0;
  const drafts = gapDrafts({ view, resolved, membership, partners, hasTables });
  return { view, findings: finishGapFindings(drafts, settings) };
}
