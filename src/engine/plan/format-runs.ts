import { FormatGroup, RangeList } from "../model/plan";
import { Direction, RagStatus, STATUS_FILL } from "../model/rag";
import { DIRECTION_CODES, STATUS_CODES } from "../rag/ratings";

/**
 * A plan's code for a rated cell: 0 for none, else (status + 1) × 4 + direction, with status and
 * direction indexes into STATUS_CODES and DIRECTION_CODES. One byte per row of a long table.
 */
export function ratingCode(status: RagStatus, direction?: Direction): number {
  const d = direction === undefined ? 0 : DIRECTION_CODES.indexOf(direction);
  return (STATUS_CODES.indexOf(status) + 1) * 4 + d;
}

/** The status of a rating code (undefined for 0: no rating). */
export function codeStatus(code: number): RagStatus | undefined {
  return code === 0 ? undefined : STATUS_CODES[(code >> 2) - 1];
}

/** The rating codes (see ratingCode) of one column, top to bottom, starting at sheet row `top`. */
export interface StatusColumn {
  readonly col: number;
  readonly top: number;
  /** 0 for a row with no status (not an indicator row, or no rating for the year). */
  readonly codes: Uint8Array;
}

type Coloured = Exclude<RagStatus, "not-due">;
const COLOURED: readonly Coloured[] = ["green", "amber", "red", "no-data"];
/** The index in COLOURED of each status code's colour, -1 for none (no status, or not due). */
const COLOUR_OF = STATUS_CODES.map((s) => COLOURED.indexOf(s as Coloured));

/**
 * One format group per status, whose ranges are runs of consecutive rows with that status in each
 * column: a thousand alternating rows cost four calls in the adapter, not a thousand. The runs are
 * counted first, so each group's list is made once at its size.
 */
export function statusFormatGroups(columns: readonly StatusColumn[]): FormatGroup[] {
  const counts = new Int32Array(COLOURED.length);
  eachRun(columns, (colour) => {
    counts[colour] = (counts[colour] as number) + 1;
  });
  // Four numbers a run (top, left, bottom, right), no object: see RangeList.
  const runs = Array.from(counts, (n) => new Int32Array(4 * n));
  const filled = new Int32Array(COLOURED.length);
  eachRun(columns, (colour, col, top, bottom) => {
    const at = filled[colour] as number;
    const packed = runs[colour] as Int32Array;
    packed[at] = top;
    packed[at + 1] = col;
    packed[at + 2] = bottom;
    packed[at + 3] = col;
    filled[colour] = at + 4;
  });
  const groups: FormatGroup[] = [];
  COLOURED.forEach((s, i) => {
    if ((counts[i] as number) === 0) return;
    groups.push({
      ranges: new RangeList(runs[i] as Int32Array),
      format: { fill: STATUS_FILL[s].fill, fontColor: STATUS_FILL[s].font },
    });
  });
  return groups;
}

/** Calls `fn` for each run of rows of one coloured status in each column (sheet rows, inclusive). */
function eachRun(
  columns: readonly StatusColumn[],
  fn: (colour: number, col: number, top: number, bottom: number) => void
): void {
  for (const { col, top, codes } of columns) {
    let start = 0;
    for (let i = 1; i <= codes.length; i++) {
      const status = (codes[start] as number) >> 2;
      if (i < codes.length && (codes[i] as number) >> 2 === status) continue;
      const colour = status === 0 ? -1 : (COLOUR_OF[status - 1] as number);
      if (colour >= 0) fn(colour, col, top + start, top + i - 1);
      start = i;
    }
  }
}
