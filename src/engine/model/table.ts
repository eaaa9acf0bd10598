import { CellRef, CellValue, RangeRef } from "./cell";
import { InYearColumn, InYearValue } from "./in-year";

/** A financial year by its starting calendar year: 2008 = 2008/09 (1 April 2008 – 31 March 2009). */
export type FinancialYear = number;

/** "2008/09" for 2008. */
export function yearLabel(year: FinancialYear): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

export type Unit = "percent" | "number";

/** How one cell's value was read. Every variant keeps the cell and its raw value. */
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
  readonly cell: CellRef;
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

export interface YearValue {
  readonly year: FinancialYear;
  /** The value in force: the refreshed one when a refresh line replaced the printed one. */
  readonly value: ParsedValue;
  /** The value as first printed, when a refresh line changed or deleted it. */
  readonly original?: ParsedValue;
  /** What the refresh line said of this value. */
  readonly refresh?: RefreshChange;
}

/** What an annual refresh did to a row: its status, and the line under the row in its value columns. */
export type RefreshStatus = "refreshed" | "no-change" | "removed" | "new" | "outstanding";
export type RefreshChange = "no-change" | "new" | "deleted";

export interface RowRefresh {
  readonly status?: RefreshStatus;
  /** The status cell and the reason written with the status ("KS3 tests being removed …"). */
  readonly cell?: CellRef;
  readonly reason?: string;
  /** The refresh line's cells (baseline and targets), when the table printed one under the row. */
  readonly line?: readonly { readonly cell: CellRef; readonly text: string }[];
}

/** One indicator row of an LAA table. */
export interface IndicatorRow {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** The priority/ambition this row sits under (carried down from a merged or blank cell). */
  readonly priority?: { readonly text: string; readonly cell: CellRef; readonly carried: boolean };
  readonly indicator: {
    /** The indicator cell (the code cell when code and title are in two columns). */
    readonly cell: CellRef;
    readonly raw: string;
    /** The cell marked the code as an LAA indicator ("NI 171 (LAA)"), as council plans do. */
    readonly laaMarker?: boolean;
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
  /** One entry per target year column of the table, in column order. */
  readonly targets: readonly YearValue[];
  /** One entry per actual/outturn year column, in column order. */
  readonly actuals: readonly YearValue[];
  readonly partners: {
    readonly cell: CellRef;
    readonly raw: string;
    readonly names: readonly string[];
  };
  /** Polarity column value, when the table has one and it is readable. */
  readonly polarityCell?: {
    readonly cell: CellRef;
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
  /** The annual refresh's status and line for this row, when the table records one. */
  readonly refresh?: RowRefresh;
  // Monitoring columns, each only when the table has it and the row's cell is not empty. Dates
  // typed as dates read as ISO text ("2010-09-30").
  /** The remedial action for a Red or an off-track target. */
  readonly action?: RowText;
  readonly actionOwner?: RowText;
  readonly actionDate?: RowText;
  /** When the next figure is due, or why none will come ("Sep 2010", "No survey in 2010"). */
  readonly dataAvailable?: RowText;
  /** Whether the target counts for reward ("Yes", "No", "Removed from reward element"). */
  readonly reward?: RowText;
  /** Quarterly, monthly and year-to-date cells, one per in-year column of the table, in column order. */
  readonly inYear?: readonly InYearValue[];
  /** The row's "Cumulative?" / "Type" cell; `cumulative` when its words say which. */
  readonly cumulativeCell?: {
    readonly cell: CellRef;
    readonly raw: string;
    readonly cumulative?: boolean;
  };
}

/** The monitoring fields, named alike in TableColumns and IndicatorRow. */
export type MonitoringField = "action" | "actionOwner" | "actionDate" | "dataAvailable" | "reward";

/** The text of one cell of a row, with the cell. */
export interface RowText {
  readonly cell: CellRef;
  readonly text: string;
}

/** True for a row the refresh removed: read and listed, never counted, checked or rated. */
export function isRemoved(row: IndicatorRow): boolean {
  return row.refresh?.status === "removed";
}

export interface YearColumn {
  readonly year: FinancialYear;
  readonly col: number;
  /** The header text that named the year (for messages). */
  readonly header: string;
  /** A unit the header gives its values: "tonnes", "per 100,000". */
  readonly unit?: string;
  /** The header states targets as a percentage change of the baseline ("% of baseline"). */
  readonly percentOfBaseline?: boolean;
  /** The column writes changes with both signs (-4.0 beside 5.1 for reductions); read by its majority. */
  readonly mixedSigns?: { readonly readAs: "reductions" | "increases"; readonly flipped: number };
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
  /** The annual refresh's status column ("Refreshed/No change/Removed/New"). */
  readonly refreshStatus?: number;
  /** A unit the baseline header gives ("2005 Base Line (tonnes)"). */
  readonly baselineUnit?: string;
  readonly targets: readonly YearColumn[];
  readonly actuals: readonly YearColumn[];
  /** Existing RAG status columns (headed "RAG 2008/09"), written by the add-in or the user. */
  readonly rag: readonly YearColumn[];
  // Monitoring columns: remedial action, its owner and date, when data is due, reward element.
  readonly action?: number;
  readonly actionOwner?: number;
  readonly actionDate?: number;
  readonly dataAvailable?: number;
  readonly reward?: number;
  /** Quarterly, monthly and year-to-date columns (actuals and profiled targets), in column order. */
  readonly inYear?: readonly InYearColumn[];
  /** A "Cumulative?" / "Type" column saying whether each indicator builds up through the year. */
  readonly cumulative?: number;
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
  /** Note rows written inside the table ("[NB: NI171 & NI153 targets are being renegotiated]"). */
  readonly notes?: readonly { readonly cell: CellRef; readonly text: string }[];
}
