import { RangeRef } from "../model/cell";
import { CellFormat, FormatGroup, ValueBlock, WriteValue } from "../model/plan";
import { cellHeight } from "./row-height";

/** A complete cell format with a stable key: every cell carries exactly one style. */
export interface Style {
  readonly key: string;
  readonly format: CellFormat;
}

/** What a built sheet holds: one value block, one format group per style, merges. */
export interface BuiltSheet {
  readonly blocks: readonly ValueBlock[];
  readonly formats: readonly FormatGroup[];
  readonly merges: readonly RangeRef[];
  /** Rows written (the block's height). */
  readonly rowCount: number;
  /** Heights in points of the rows that need more than the default (wrapped text, large titles). */
  readonly rowHeights: Readonly<Record<number, number>>;
}

/**
 * Lays cells out on a fixed-width grid from row 0 down, and groups formats by style.
 *
 * Each cell gets one complete style rather than layered partial formats, so the groups never overlap
 * and the result does not depend on how an adapter combines formats that touch the same cell.
 * Ranges are merged (runs along a row, then identical column spans on consecutive rows), so a long
 * table costs a handful of ranges per style, not one per cell.
 */
export class SheetBuilder {
  private readonly rows: WriteValue[][] = [];
  // Ranges stay mutable while the sheet is built, so a run along a row is extended in place.
  private readonly spans = new Map<string, { format: CellFormat; ranges: Mutable<RangeRef>[] }>();
  private readonly merged: RangeRef[] = [];
  private readonly heights: Record<number, number> = {};

  /** `columnWidths` in characters, used to tell how many lines wrapped text takes. */
  constructor(
    readonly width: number,
    private readonly columnWidths: Readonly<Record<number, number>>
  ) {}

  /** The next free row (0-based). */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Adds an empty row and returns its index. */
  addRow(): number {
    this.rows.push(new Array<WriteValue>(this.width).fill(null));
    return this.rows.length - 1;
  }

  /** Adds `count` empty rows (spacing, or room for a chart). */
  skip(count: number): void {
    for (let i = 0; i < count; i++) this.addRow();
  }

  /** Writes a value (and optional style) at a cell of an existing row; columns from 0. */
  put(row: number, col: number, value: WriteValue, style?: Style): void {
    const cells = this.rows[row];
    if (!cells || col < 0 || col >= this.width)
      throw new Error(`board cell out of grid: ${row},${col}`);
    cells[col] = value;
    if (!style) return;
    this.addStyle(style, row, col);
    const height = cellHeight(value, style.format, this.columnWidths[col] ?? 8.43);
    if (height !== undefined && height > (this.heights[row] ?? 0)) this.heights[row] = height;
  }

  /** Styles a cell without writing a value (borders around empty table cells). */
  addStyle(style: Style, row: number, col: number): void {
    let group = this.spans.get(style.key);
    if (!group) {
      group = { format: style.format, ranges: [] };
      this.spans.set(style.key, group);
    }
    const last = group.ranges[group.ranges.length - 1];
    if (last && last.top === row && last.bottom === row && last.right === col - 1) {
      last.right = col;
    } else {
      group.ranges.push({ top: row, left: col, bottom: row, right: col });
    }
  }

  /** Merges a range (titles only: wrapped text in merged cells does not grow the row in Excel). */
  merge(range: RangeRef): void {
    this.merged.push(range);
  }

  build(): BuiltSheet {
    const formats: FormatGroup[] = [];
    for (const { format, ranges } of this.spans.values()) {
      formats.push({ ranges: mergeVertically(ranges), format });
    }
    return {
      blocks: this.rows.length > 0 ? [{ top: 0, left: 0, values: this.rows }] : [],
      formats,
      merges: this.merged,
      rowCount: this.rows.length,
      rowHeights: this.heights,
    };
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Joins ranges with the same columns on consecutive rows into one taller range. */
export function mergeVertically(ranges: readonly RangeRef[]): RangeRef[] {
  const sorted = [...ranges].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: RangeRef[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.left === r.left && last.right === r.right && last.bottom + 1 >= r.top) {
      out[out.length - 1] = { ...last, bottom: Math.max(last.bottom, r.bottom) };
    } else {
      out.push(r);
    }
  }
  return out;
}
