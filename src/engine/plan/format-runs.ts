import { FormatGroup } from "../model/plan";
import { RangeRef } from "../model/cell";
import { RagStatus, SHOWN_STATUSES, STATUS_FILL, ShownStatus } from "../model/rag";

/** The statuses of one column, top to bottom, starting at sheet row `top`. */
export interface StatusColumn {
  readonly col: number;
  readonly top: number;
  /** undefined for a row with no status (not an indicator row, or not due). */
  readonly statuses: readonly (RagStatus | undefined)[];
}

type Coloured = ShownStatus;
const COLOURED: readonly Coloured[] = SHOWN_STATUSES;

/**
 * One format group per status, whose ranges are runs of consecutive rows with that status in each
 * column: a thousand alternating rows cost one call per status in the adapter, not a thousand.
 */
export function statusFormatGroups(columns: readonly StatusColumn[]): FormatGroup[] {
  const runs = new Map<Coloured, RangeRef[]>(COLOURED.map((s) => [s, []]));
  for (const { col, top, statuses } of columns) {
    let start = 0;
    for (let i = 1; i <= statuses.length; i++) {
      const status = statuses[start];
      if (i < statuses.length && statuses[i] === status) continue;
      if (status !== undefined && status !== "not-due") {
        runs.get(status)?.push({ top: top + start, left: col, bottom: top + i - 1, right: col });
      }
      start = i;
    }
  }
  return COLOURED.filter((s) => (runs.get(s)?.length ?? 0) > 0).map((s) => ({
    ranges: runs.get(s) ?? [],
    format: { fill: STATUS_FILL[s].fill, fontColor: STATUS_FILL[s].font },
  }));
}
