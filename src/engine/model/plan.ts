import { RangeRef } from "./cell";
import { OwnedArea } from "./snapshot";

/**
 * Everything the engine decides to write, as data. The adapter that read the snapshot applies it in
 * one batch. Strings are always written as text (the adapter forces it: a leading =, +, - or @ never
 * becomes a formula). Coordinates are 0-based sheet coordinates.
 */
export interface WritePlan {
  /** Edits to existing sheets (RAG columns). */
  readonly edits: readonly SheetEdit[];
  /** Sheets to create, or to replace when the add-in owns a sheet of that name (board sheets). */
  readonly newSheets: readonly NewSheet[];
  /**
   * Sheets to delete: only ever sheets the ownership record says the add-in made (adapters refuse
   * any other). Taking the add-in's output back out is the one plan that has them.
   */
  readonly deleteSheets?: readonly string[];
  /** The complete ownership record after this plan is applied (replaces the old one). */
  readonly owned: readonly OwnedArea[];
}

/** A value to write: a string is text, a number a number, null clears the cell. */
export type WriteValue = string | number | null;

/** A rectangle of values written in one call, starting at (top, left). */
export interface ValueBlock {
  readonly top: number;
  readonly left: number;
  /** Rectangular. */
  readonly values: readonly (readonly WriteValue[])[];
}

export type HorizontalAlignment = "left" | "center" | "right";

/** A format, applied to every range of a group in one call. */
export interface CellFormat {
  /** Fill colour "#RRGGBB". */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: "top" | "center" | "bottom";
  /** Thin border on all edges of every cell, colour "#RRGGBB". */
  readonly border?: string;
}

/** One format over many ranges (e.g. every Green cell): one call, never cell by cell. */
export interface FormatGroup {
  readonly ranges: readonly RangeRef[];
  readonly format: CellFormat;
}

export interface SheetEdit {
  readonly sheet: string;
  /** Cells to clear (values and formats) first: the add-in's own cells from an earlier run. */
  readonly clear: readonly RangeRef[];
  readonly blocks: readonly ValueBlock[];
  readonly formats: readonly FormatGroup[];
  /** Column widths in characters, by sheet column. */
  readonly columnWidths?: Readonly<Record<number, number>>;
  /** Sheet columns whose width goes back to the sheet's standard width. */
  readonly standardWidths?: readonly number[];
}

export interface PrintSettings {
  readonly orientation: "landscape" | "portrait";
  /** Fit to this many pages wide (height unconstrained). */
  readonly fitToPagesWide: number;
  /** Sheet rows (0-based, inclusive) repeated at the top of every printed page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Footer text; `&D`, `&P`, `&N` are Excel's codes for date, page, pages. */
  readonly footer?: string;
  readonly paperSize?: "A4";
}

/** A chart of counts: categories down rows, one series per column. */
export interface ChartSpec {
  readonly type: "stacked-bar";
  readonly title: string;
  /** Data including a header row and a category column. */
  readonly dataRange: RangeRef;
  /** Where the chart sits. */
  readonly anchor: RangeRef;
  /** Series colours in series order. */
  readonly seriesColors: readonly string[];
}

/** A data bar conditional format (the file-friendly stand-in for a chart). */
export interface DataBarSpec {
  readonly range: RangeRef;
  readonly color: string;
}

/** A sheet the add-in creates (or replaces, when it owns the sheet already). */
export interface NewSheet {
  readonly name: string;
  readonly blocks: readonly ValueBlock[];
  readonly formats: readonly FormatGroup[];
  readonly merges: readonly RangeRef[];
  readonly columnWidths: Readonly<Record<number, number>>;
  /**
   * Row heights in points, by sheet row, for rows whose wrapped text needs more than one line (an
   * estimate). A file has no layout engine, so the .xlsx writer sets them; Excel may autofit instead.
   */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly freezeRows?: number;
  readonly print?: PrintSettings;
  /** Native chart where the host can draw one (Excel); adapters that cannot, skip it and use dataBars. */
  readonly chart?: ChartSpec;
  readonly dataBars?: readonly DataBarSpec[];
  /** Make it the active sheet after writing. */
  readonly activate?: boolean;
}

export const EMPTY_PLAN: WritePlan = { edits: [], newSheets: [], owned: [] };

/** What a planner returns: a plan, or the reason nothing can be written (nothing is then written). */
export type PlanOutcome =
  | { readonly ok: true; readonly plan: WritePlan; readonly summary: string }
  | {
      readonly ok: false;
      readonly reason: "in-the-way" | "protected" | "nothing-to-write";
      /** One plain sentence: what is in the way and what to do. */
      readonly message: string;
      readonly sheet?: string;
      /** A1 address of the cell in the way. */
      readonly cell?: string;
    };
