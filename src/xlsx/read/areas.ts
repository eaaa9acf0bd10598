/**
 * A sheet's cells as dense areas. One area (the used range) for any ordinary sheet; a sheet whose
 * cells lie far apart — a table and a stray space in XFD1048576 — is cut at its widest empty band
 * of rows or columns until each area is small, so memory and time follow the cells that hold
 * something, never the 17 billion cells between them.
 */
import { CellValue, SheetArea } from "../../engine";

/** An area this large (in cells) or smaller is never cut: every ordinary sheet is one area. */
export const AREA_CELLS = 1_000_000;
/** Largest area kept when no empty band can cut it (about 400 MB of values). */
export const MAX_AREA_CELLS = 50_000_000;
/** Empty bands narrower than this never cut (tables have blank rows and columns inside them). */
const MIN_ROW_GAP = 64;
const MIN_COL_GAP = 16;

export interface SparseCells {
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly values: readonly CellValue[];
  readonly formats: readonly string[];
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function box(cells: SparseCells, idx: readonly number[]): Box {
  const b = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const i of idx) {
    const r = cells.rows[i] as number;
    const c = cells.cols[i] as number;
    if (r < b.top) b.top = r;
    if (r > b.bottom) b.bottom = r;
    if (c < b.left) b.left = c;
    if (c > b.right) b.right = c;
  }
  return b;
}

const size = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** Along one axis: the occupied coordinates, sorted, and the widest empty band between them. */
function bands(coords: readonly number[], idx: readonly number[]) {
  const sorted = [...new Set(idx.map((i) => coords[i] as number))].sort((a, b) => a - b);
  let widest = 0;
  for (let k = 1; k < sorted.length; k++)
    widest = Math.max(widest, (sorted[k] as number) - (sorted[k - 1] as number) - 1);
  return { sorted, widest };
}

/** Splits `part` at every empty band of at least `min` along `coords`. */
function cutAll(
  coords: readonly number[],
  part: readonly number[],
  sorted: readonly number[],
  min: number
) {
  const starts: number[] = [];
  for (let k = 1; k < sorted.length; k++)
    if ((sorted[k] as number) - (sorted[k - 1] as number) - 1 >= min)
      starts.push(sorted[k] as number);
  const pieces: number[][] = starts.map(() => []);
  pieces.push([]);
  for (const i of part) {
    const v = coords[i] as number;
    let lo = 0;
    let hi = starts.length;
    // The piece is the number of cut points at or below v.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= v) lo = mid + 1;
      else hi = mid;
    }
    (pieces[lo] as number[]).push(i);
  }
  return pieces;
}

function toArea(cells: SparseCells, idx: readonly number[], b: Box): SheetArea {
  const width = b.right - b.left + 1;
  const height = b.bottom - b.top + 1;
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(""));
  // Rows whose cells are all General share one read-only row of formats.
  const general: readonly string[] = Object.freeze(new Array<string>(width).fill("General"));
  const own: (string[] | undefined)[] = [];
  for (const i of idx) {
    const r = (cells.rows[i] as number) - b.top;
    const c = (cells.cols[i] as number) - b.left;
    (values[r] as CellValue[])[c] = cells.values[i] as CellValue;
    const f = cells.formats[i] as string;
    if (f !== "General") (own[r] ??= new Array<string>(width).fill("General"))[c] = f;
  }
  const numberFormats = values.map((_, r) => own[r] ?? general);
  return { origin: { row: b.top, col: b.left }, values, numberFormats };
}

export interface SheetAreas {
  readonly areas: SheetArea[];
  /** Rows × columns of a part that could neither be cut nor kept, when there was one. */
  readonly tooLarge?: { readonly rows: number; readonly cols: number };
}

/** The areas of the cells at `idx` (indexes into `cells`), top to bottom, left to right. */
export function sheetAreas(cells: SparseCells, idx: readonly number[]): SheetAreas {
  const areas: SheetArea[] = [];
  let tooLarge: { rows: number; cols: number } | undefined;
  const visit = (part: readonly number[]) => {
    if (part.length === 0) return;
    const b = box(cells, part);
    if (size(b) <= AREA_CELLS) {
      areas.push(toArea(cells, part, b));
      return;
    }
    const rows = bands(cells.rows, part);
    const cols = bands(cells.cols, part);
    const byRows =
      rows.widest >= MIN_ROW_GAP && rows.widest / MIN_ROW_GAP >= cols.widest / MIN_COL_GAP;
    const byCols = !byRows && cols.widest >= MIN_COL_GAP;
    if (!byRows && !byCols) {
      if (size(b) <= MAX_AREA_CELLS) areas.push(toArea(cells, part, b));
      else tooLarge = { rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 };
      return;
    }
    const pieces = byRows
      ? cutAll(cells.rows, part, rows.sorted, MIN_ROW_GAP)
      : cutAll(cells.cols, part, cols.sorted, MIN_COL_GAP);
    pieces.forEach(visit);
  };
  visit(idx);
  areas.sort((a, b) => a.origin.row - b.origin.row || a.origin.col - b.origin.col);
  return tooLarge ? { areas, tooLarge } : { areas };
}
