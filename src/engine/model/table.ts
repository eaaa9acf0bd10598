import { CellRef, CellValue, RangeRef } from "./cell";

/** A financial year by its starting calendar year: 2008 = 2008/09 (1 April 2008 – 31 March 2009). */
export type FinancialYear = number;

/** "2008/09" for 2008. */
export function yearLabel(year: FinancialYear): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

export type Unit = "percent" | "number";

/**
 * How one cell's text (or number) was read. A value says nothing of where it sits: cells of a table
 * with the same text and format read the same, so the reader shares one value between them. The cell
 * comes from the row and the table's column (see valueCell).
 */
export type ParsedValue =
  | (ValueBase & { readonly kind: "empty" })
  | (ValueBase & {
      readonly kind: "number";
      readonly value: number;
      /** percent: 45.2 means 45.2% (a 0.452 with a % format reads as 45.2). */
      readonly unit: Unit;
      /** Period written with the value: "2007/08" from "2,100 (2007/08)". */
      readonly period?: string;
      /** "(TBC by CSD)", "(provisional)", "(for 2009)" etc. marked the value as not final. */
      readonly provisional?: boolean;
      /** Any other note in brackets or after the value. */
      readonly note?: string;
    })
  | (ValueBase & { readonly kind: "placeholder"; readonly text: string })
  /** A baseline deferred to a later source: "Baseline to be set from the Place Survey 2008". */
  | (ValueBase & { readonly kind: "deferred"; readonly text: string })
  | (ValueBase & {
      readonly kind: "relative";
      /** add: +amount; add-percent: +amount% of the reference; maintain: same as reference. */
      readonly op: "add" | "add-percent" | "maintain";
      /** Signed: "reduce by 5%" → -5 with op add-percent. */
      readonly amount: number;
      /** Resolved against the baseline (first year) or the previous year's target; undefined if it could not be. */
      readonly resolved?: number;
      readonly unit?: Unit;
    })
  | (ValueBase & { readonly kind: "error"; readonly text: string })
  | (ValueBase & { readonly kind: "text"; readonly text: string });

interface ValueBase {
  readonly raw: CellValue;
}

/** The number a parsed value stands for (a number, or a resolved relative target). */
export function numericValue(v: ParsedValue): number | undefined {
  if (v.kind === "number") return v.value;
  if (v.kind === "relative") return v.resolved;
  return undefined;
}

export interface IndicatorCode {
  /** 1–199 (other numbers are kept so that rules can report them). */
  readonly number: number;
  /** "b" in NI 102b; undefined for the whole indicator. */
  readonly part?: string;
  /** Canonical label: "NI 154", "NI 102b". */
  readonly label: string;
}

export type PolaritySource = "table" | "catalogue" | "targets";
export type Polarity = "higher" | "lower";

/** One indicator row of an LAA table. */
export interface IndicatorRow {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** The priority/ambition this row sits under (carried down from a merged or blank cell). */
  readonly priority?: { readonly text: string; readonly cell: CellRef; readonly carried: boolean };
  /** The indicator cell (the code cell when code and title are in two columns) and what it says. */
  readonly indicator: CellRef & {
    readonly raw: string;
    /** Absent for a local indicator. */
    readonly code?: IndicatorCode;
    /** Text that was not an NI code; undefined if none was written, or not a valid code ("NI 0"). */
    readonly title?: string;
    /** True when the cell held something that looked like an NI code but is malformed/out of range. */
    readonly badCode?: string;
    /** The title cell when it is a separate column. */
    readonly titleCell?: CellRef;
  };
  readonly baseline: ParsedValue;
  /** Period of the baseline from its own column, the cell, or the header. */
  readonly baselinePeriod?: { readonly text: string; readonly from: "cell" | "column" | "header" };
  /**
   * The row's target and actual values: `years.list` from `at` holds one value per target column of
   * the table (columns.targets, in that order: the column gives the year and cell), then one per
   * actual/outturn column. Read them with targetValue / actualValue (or targetValues / actualValues).
   * The rows of a table share one list: a 100k-row table then keeps one array of values, not two
   * small arrays per row for the garbage collector to copy.
   */
  readonly years: YearValues;
  readonly at: number;
  /**
   * What the lead partners cell says, and the names in it. Rows with the same text share one object;
   * the cell is the table's lead partners column (the indicator cell without one), see valueCell.
   */
  readonly partners: {
    readonly raw: string;
    readonly names: readonly string[];
  };
  /** The polarity cell's text and reading, when the table has a polarity column and the cell is not blank (shared like partners). */
  readonly polarityCell?: {
    readonly raw: string;
    readonly polarity?: Polarity;
  };
  /** Resolved polarity and where it came from (table column, catalogue, or the direction of the targets). */
  readonly polarity?: { readonly value: Polarity; readonly source: PolaritySource };
  /** Per-row tolerance in percent, from a Tolerance column. */
  readonly tolerance?: ParsedValue;
  readonly comment?: { readonly cell: CellRef; readonly text: string };
  /** Further ambitions from a "Contributes to" column. */
  readonly contributesTo: readonly string[];
}

/** The target and actual values of rows, row after row: each row's targets, then its actuals. */
export interface YearValues {
  readonly list: readonly ParsedValue[];
  /** Values per row: target columns, then actual columns. */
  readonly targets: number;
  readonly actuals: number;
}

/** The i-th target value of a row (its table's i-th target column); undefined past the last. */
export function targetValue(row: IndicatorRow, i: number): ParsedValue | undefined {
  return i >= 0 && i < row.years.targets ? row.years.list[row.at + i] : undefined;
}

/** The i-th actual value of a row (its table's i-th actual column); undefined past the last. */
export function actualValue(row: IndicatorRow, i: number): ParsedValue | undefined {
  const y = row.years;
  return i >= 0 && i < y.actuals ? y.list[row.at + y.targets + i] : undefined;
}

/** How many target values a row has (one per target column of its table). */
export function targetCount(row: IndicatorRow): number {
  return row.years.targets;
}

/** How many actual values a row has (one per actual column of its table). */
export function actualCount(row: IndicatorRow): number {
  return row.years.actuals;
}

/** A row's target values as a new array (the engine reads them in place with targetValue). */
export function targetValues(row: IndicatorRow): ParsedValue[] {
  return row.years.list.slice(row.at, row.at + row.years.targets);
}

/** A row's actual values as a new array. */
export function actualValues(row: IndicatorRow): ParsedValue[] {
  const from = row.at + row.years.targets;
  return row.years.list.slice(from, from + row.years.actuals);
}

/**
 * The years and at of one row whose values live in a list of their own (a row made outside the
 * table reader: a test's, or one edited copy).
 */
export function ownYears(
  targets: readonly ParsedValue[],
  actuals: readonly ParsedValue[]
): { readonly years: YearValues; readonly at: number } {
  return {
    years: { list: [...targets, ...actuals], targets: targets.length, actuals: actuals.length },
    at: 0,
  };
}

export interface YearColumn {
  readonly year: FinancialYear;
  readonly col: number;
  /** The header text that named the year (for messages). */
  readonly header: string;
}

/** The columns the reader recognised (sheet column indices, 0-based). */
export interface TableColumns {
  readonly priority?: number;
  readonly indicator?: number;
  /** Title in its own column, when code and title are split. */
  readonly indicatorTitle?: number;
  readonly baseline?: number;
  readonly baselinePeriod?: number;
  readonly leadPartners?: number;
  readonly polarity?: number;
  readonly tolerance?: number;
  readonly comments?: number;
  readonly contributesTo?: number;
  readonly targets: readonly YearColumn[];
  readonly actuals: readonly YearColumn[];
  /** Existing RAG status columns (headed "RAG 2008/09"), written by the add-in or the user. */
  readonly rag: readonly YearColumn[];
}

/** An LAA target table found in the workbook. */
export interface LaaTable {
  /** "LAA!A3:H40" — unique within the workbook. */
  readonly id: string;
  readonly sheet: string;
  /** Header rows through the last data row, in sheet coordinates. */
  readonly range: RangeRef;
  /** Sheet rows (0-based) of the header; one or two rows. */
  readonly headerRows: readonly number[];
  readonly columns: TableColumns;
  /** Period taken from the baseline header, e.g. "2007/08" from "Baseline (2007/08)". */
  readonly baselineHeaderPeriod?: string;
  readonly rows: readonly IndicatorRow[];
  /** The Excel table (ListObject) the LAA table lies in, if any. */
  readonly excelTable?: string;
}

/** A field of a row whose cell is given by the table's column for it. */
export type ValueField = "baseline" | "target" | "actual" | "tolerance" | "partners" | "polarity";

/**
 * The cell of one of a row's fields: the row, and the table's column for the field (the index-th
 * target or actual column). A field without a column (no baseline or lead partners column) is at the
 * indicator cell.
 */
export function valueCell(
  table: LaaTable,
  row: IndicatorRow,
  field: ValueField,
  index = 0
): CellRef {
  const c = table.columns;
  const col =
    field === "baseline"
      ? c.baseline
      : field === "tolerance"
        ? c.tolerance
        : field === "partners"
          ? c.leadPartners
          : field === "polarity"
            ? c.polarity
            : (field === "target" ? c.targets : c.actuals)[index]?.col;
  return { sheet: table.sheet, row: row.row, col: col ?? row.indicator.col };
}
