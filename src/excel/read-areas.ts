/**
 * Where a sheet's content is, and how much of it one read can carry. Excel on the web refuses a response
 * above 5 MB (ResponsePayloadSizeLimitExceeded, for the whole request), so the reader first takes a
 * bounded window at the top left of every sheet, where LAA tables sit, together with the addresses of
 * any content outside it; only a sheet with content beyond its window costs a third read, and only
 * for the areas that hold something. Pure functions: the syncs are in read-snapshot.ts.
 */
import { CellValue, RangeRef, SheetArea, rangeToA1 } from "../engine";

/**
 * Cells of all sheets' windows in the second read: a 10,000-row LAA table on a sheet of its own fits.
 * Only the used part of a window is sent: about 17 bytes a cell with its number format for numbers,
 * 25 for short text, so 3 to 4.5 MB when every window is full.
 */
export const WINDOW_CELLS = 180_000;
/** Columns of each window: an LAA table is rarely wider (a wider one costs a third read). */
export const WINDOW_COLUMNS = 16;
/**
 * The share of WINDOW_CELLS the fallback read takes when the second read was too large: 3,600 cells,
 * under 5 MB unless a cell averages more than 1,400 characters.
 */
export const FALLBACK_SHARE = 0.02;
/** Estimated response bytes the third read may take (Excel on the web's limit is 5 MB). */
export const READ_BYTES = 4_000_000;
/** Bytes a cell is assumed to take (value and number format) where nothing better is known. */
export const CELL_BYTES = 16;
/** Content rectangles closer than this (rows or columns apart) are read as one area. */
const GAP = 8;
/** Beyond this many rectangles outside its window, a sheet's content is taken as one block. */
const MAX_RECTS = 2_000;

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

export const cellCount = (r: RangeRef): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Each sheet's window: the cells shared out among the sheets, WINDOW_COLUMNS wide. */
export function windowOf(sheets: number, share = 1): RangeRef {
  const cells = (WINDOW_CELLS * share) / Math.max(1, sheets);
  const rows = Math.max(50, Math.floor(cells / WINDOW_COLUMNS));
  return { top: 0, left: 0, bottom: Math.min(LAST_ROW, rows - 1), right: WINDOW_COLUMNS - 1 };
}

/** The parts of the sheet outside the window: the rows below it, and the columns right of it. */
export function outside(w: RangeRef): RangeRef[] {
  return [
    ...(w.bottom < LAST_ROW
      ? [{ top: w.bottom + 1, left: 0, bottom: LAST_ROW, right: LAST_COL }]
      : []),
    { top: 0, left: w.right + 1, bottom: w.bottom, right: LAST_COL },
  ];
}

export function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

function union(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function near(a: RangeRef, b: RangeRef): boolean {
  return (
    a.top <= b.bottom + GAP &&
    b.top <= a.bottom + GAP &&
    a.left <= b.right + GAP &&
    b.left <= a.right + GAP
  );
}

/**
 * Content rectangles grouped into disjoint areas: rectangles near each other become one area (the
 * bounding box), so a table is one area and a stray cell far away another. Repeats until no two
 * areas are near: a merge can bring a third rectangle within reach.
 */
export function clusterAreas(rects: readonly RangeRef[]): RangeRef[] {
  if (rects.length > MAX_RECTS) return [rects.reduce(union)];
  let areas = [...rects].sort((a, b) => a.top - b.top || a.left - b.left);
  for (let merged = true; merged;) {
    merged = false;
    const out: RangeRef[] = [];
    for (const r of areas) {
      const i = out.findIndex((o) => near(o, r));
      if (i < 0) out.push(r);
      else {
        out[i] = union(out[i] as RangeRef, r);
        merged = true;
      }
    }
    areas = out;
  }
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The rectangle around the non-empty cells of a grid read at `origin`, if any. */
export function valueBox(
  origin: RangeRef,
  values: readonly (readonly CellValue[])[]
): RangeRef | undefined {
  let box: RangeRef | undefined;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === "") return;
      const cell = {
        top: origin.top + i,
        left: origin.left + j,
        bottom: origin.top + i,
        right: origin.left + j,
      };
      box = box ? union(box, cell) : cell;
    })
  );
  return box;
}

/** The part `r` of a grid read at `origin`, as an area. */
export function cropArea(
  origin: RangeRef,
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[],
  r: RangeRef
): SheetArea {
  const rows = (m: readonly (readonly unknown[])[]) =>
    m
      .slice(r.top - origin.top, r.bottom - origin.top + 1)
      .map((row) => row.slice(r.left - origin.left, r.right - origin.left + 1));
  return {
    origin: { row: r.top, col: r.left },
    values: rows(values) as CellValue[][],
    numberFormats: rows(formats) as string[][],
  };
}

/**
 * Empty cells with a number format of their own in a grid read at `origin`: each row's runs of them.
 * (A fill, border or note leaves no trace in what Office.js reads in these syncs.)
 */
export function formattedEmpties(
  origin: RangeRef,
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[]
): RangeRef[] {
  const out: RangeRef[] = [];
  values.forEach((row, i) => {
    let start = -1;
    for (let j = 0; j <= row.length; j++) {
      const styled =
        j < row.length && row[j] === "" && (formats[i]?.[j] ?? "General") !== "General";
      if (styled && start < 0) start = j;
      if (!styled && start >= 0) {
        out.push({
          top: origin.top + i,
          left: origin.left + start,
          bottom: origin.top + i,
          right: origin.left + j - 1,
        });
        start = -1;
      }
    }
  });
  return out;
}

/** Average JSON bytes a cell of this grid took (value and number format), for estimating larger reads. */
export function bytesPerCell(
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[]
): number {
  let cells = 0;
  let bytes = 0;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      cells++;
      bytes += JSON.stringify(v).length + JSON.stringify(formats[i]?.[j] ?? "General").length + 2;
    })
  );
  return cells ? Math.max(CELL_BYTES / 2, bytes / cells) : CELL_BYTES;
}

/** The sentence for a sheet (or the part of it) that no read could carry. */
export function unreadSentence(
  sheet: string,
  skipped: readonly RangeRef[],
  partly: boolean
): string {
  const cells = skipped.reduce((n, r) => n + cellCount(r), 0);
  const where = skipped.length === 1 ? ` (${rangeToA1(skipped[0] as RangeRef)})` : "";
  return partly
    ? `Part of the sheet '${sheet}'${where}, ${cells.toLocaleString("en-GB")} cells, is too large for LAA Monitor to read in one go, so it was not checked.`
    : `The sheet '${sheet}' holds ${cells.toLocaleString("en-GB")} cells${where}, too many for LAA Monitor to read in one go, so it was not checked.`;
}
