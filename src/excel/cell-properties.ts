/**
 * A sheet's format groups as ONE `range.setCellProperties` matrix (ExcelApi 1.9) over their bounding
 * rectangle: the number of write operations then stays the same whatever the number of rows or how
 * often the status changes from row to row (getRanges needs one address list per few hundred runs).
 */
import { CellFormat, FormatGroup, RangeRef } from "../engine";
import { CellsPiece } from "./value-chunks";

/** Above this many cells a bounding rectangle must be mostly covered to be worth sending. */
export const SPARSE_MIN_CELLS = 10_000;
/** A rectangle more than this many times larger than the cells it formats is sparse. */
export const SPARSE_RATIO = 4;

/** The plan's alignments in Excel's words. */
export const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
export const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** The settable properties for a format (number formats go separately: setCellProperties has none). */
export function toCellProperties(cf: CellFormat): Excel.SettableCellProperties {
  const format: Excel.CellPropertiesFormat = {};
  const font: Excel.CellPropertiesFont = {};
  if (cf.fill) format.fill = { color: cf.fill };
  if (cf.fontColor) font.color = cf.fontColor;
  if (cf.bold !== undefined) font.bold = cf.bold;
  if (cf.italic !== undefined) font.italic = cf.italic;
  if (cf.fontSize) font.size = cf.fontSize;
  if (Object.keys(font).length) format.font = font;
  if (cf.wrap !== undefined) format.wrapText = cf.wrap;
  if (cf.horizontal) format.horizontalAlignment = H_ALIGN[cf.horizontal];
  if (cf.vertical) format.verticalAlignment = V_ALIGN[cf.vertical];
  if (cf.border) {
    // Per cell, the four outer edges draw the same grid as outer + inside edges on a whole range.
    const border = { style: "Continuous", weight: "Thin", color: cf.border } as const;
    format.borders = { top: border, bottom: border, left: border, right: border };
  }
  return Object.keys(format).length ? { format } : {};
}

function boundingBox(groups: readonly FormatGroup[]): { box?: RangeRef; covered: number } {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let covered = 0;
  for (const g of groups) {
    for (const r of g.ranges) {
      top = Math.min(top, r.top);
      left = Math.min(left, r.left);
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
      covered += (r.bottom - r.top + 1) * (r.right - r.left + 1);
    }
  }
  return bottom < 0 ? { covered } : { box: { top, left, bottom, right }, covered };
}

/** Formats per cell of the box as indexes into `formats` (-1: none); overlaps merge, later groups winning. */
function ownerGrid(groups: readonly FormatGroup[], box: RangeRef, formats: CellFormat[]) {
  const width = box.right - box.left + 1;
  const owner = new Int32Array(width * (box.bottom - box.top + 1)).fill(-1);
  const merged = new Map<string, number>();
  groups.forEach((g, gi) => {
    for (const r of g.ranges) {
      for (let row = r.top; row <= r.bottom; row++) {
        const base = (row - box.top) * width - box.left;
        for (let col = r.left; col <= r.right; col++) {
          const prev = owner[base + col] as number;
          if (prev < 0) {
            owner[base + col] = gi;
            continue;
          }
          const key = `${prev}+${gi}`;
          let index = merged.get(key);
          if (index === undefined) {
            index = formats.push({ ...formats[prev], ...g.format }) - 1;
            merged.set(key, index);
          }
          owner[base + col] = index;
        }
      }
    }
  });
  return owner;
}

const NONE: Excel.SettableCellProperties = {};

/**
 * One cells piece holding every format group of a sheet, or undefined when there is nothing to format
 * or the bounding rectangle is sparse (more than SPARSE_RATIO × the covered cells and more than
 * SPARSE_MIN_CELLS): the caller then formats group by group.
 */
export function cellsPiece(sheet: string, groups: readonly FormatGroup[]): CellsPiece | undefined {
  const { box, covered } = boundingBox(groups);
  if (!box) return undefined;
  const width = box.right - box.left + 1;
  const height = box.bottom - box.top + 1;
  const area = width * height;
  if (area > SPARSE_RATIO * covered && area > SPARSE_MIN_CELLS) return undefined;

  const formats = groups.map((g) => g.format);
  const owner = ownerGrid(groups, box, formats);
  const props = formats.map(toCellProperties);
  // Each entry costs its JSON and a comma.
  const propSizes = props.map((p) => JSON.stringify(p).length + 1);
  const numberFormats = formats.map((f) => f.numberFormat ?? null);
  const withNumbers = numberFormats.some((f) => f !== null);
  const numberSizes = numberFormats.map((f) => (f === null ? 5 : JSON.stringify(f).length + 1));

  const rows: Excel.SettableCellProperties[][] = [];
  const numberRows: (string | null)[][] = [];
  const rowSizes: number[] = [];
  let size = 0;
  for (let r = 0; r < height; r++) {
    const row = new Array<Excel.SettableCellProperties>(width);
    const numberRow = withNumbers ? new Array<string | null>(width) : undefined;
    // Brackets and a comma per row and per matrix.
    let rowSize = withNumbers ? 6 : 3;
    for (let c = 0; c < width; c++) {
      const o = owner[r * width + c] as number;
      row[c] = o < 0 ? NONE : (props[o] as Excel.SettableCellProperties);
      rowSize += o < 0 ? 3 : (propSizes[o] as number);
      if (numberRow) {
        numberRow[c] = o < 0 ? null : (numberFormats[o] ?? null);
        rowSize += o < 0 ? 5 : (numberSizes[o] as number);
      }
    }
    rows.push(row);
    if (numberRow) numberRows.push(numberRow);
    rowSizes.push(rowSize);
    size += rowSize;
  }
  return {
    kind: "cells",
    sheet,
    top: box.top,
    left: box.left,
    rows,
    rowSizes,
    size,
    ...(withNumbers ? { numberFormat: numberRows } : {}),
  };
}
