import { Finding } from "../model/finding";
import { GapView } from "../model/gaps";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { LaaTable } from "../model/table";

/** Ambitions, the cross-cutting matrix and the gap findings. */
export function analyseGaps(
  _snapshot: WorkbookSnapshot,
  _tables: readonly LaaTable[],
  _settings: Settings
): { view: GapView; findings: Finding[] } {
  throw new Error("STUB: analyseGaps is being written (issue 5)");
}
