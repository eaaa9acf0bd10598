import { Direction, RagResult, RagStatus } from "../model/rag";
import { Report } from "../model/report";
import { FinancialYear, IndicatorRow } from "../model/table";
import { actualOf, previousOf, rowTolerance, targetOf, YearSource } from "./numbers";

/** Status and direction codes of the columns, in this order (direction 0 = none). */
export const STATUS_CODES: readonly RagStatus[] = ["green", "amber", "red", "no-data", "not-due"];
export const DIRECTION_CODES: readonly (Direction | undefined)[] = [
  undefined,
  "improving",
  "worsening",
  "no-change",
];
const STATUS_CODE: Readonly<Record<RagStatus, number>> = {
  green: 0,
  amber: 1,
  red: 2,
  "no-data": 3,
  "not-due": 4,
};
const DIRECTION_CODE: Readonly<Record<Direction, number>> = {
  improving: 1,
  worsening: 2,
  "no-change": 3,
};

/** What one rating adds to the columns (the rater's reused rating and its numbers). */
export interface RatingEntry {
  readonly status: RagStatus;
  readonly direction?: Direction;
  readonly reason: string;
}

/**
 * The ratings of an analysis as columns: one typed array per code, one array of reasons (shared
 * strings) and one of rows, instead of an object of 13 fields per rating. A 100k-row table has 200k
 * ratings; as objects they were some 25 MB that every young-generation collection copied, and they
 * were most of the difference between rating 10k and 100k rows. The columns keep what a rating
 * decided (status, direction, reason) and where (table, row, year), 23 bytes; the numbers it was
 * decided on (target, actual, previous, tolerance) are the row's own and are read from the row again
 * when a RagResult is made. The write planner reads the columns; `Report.rag`, the list of RagResult
 * objects, is made from them the first time it is read (the pane's RAG tab, the board, the CLI's
 * `rag` output), and is then the same list each time.
 */
export class RatingColumns {
  /** Number of ratings. */
  length = 0;
  /** Index into tableIds of each rating's table. */
  table = new Int32Array(0);
  /** Sheet row of each rating's indicator, 0-based. */
  row = new Int32Array(0);
  /** Financial year (2008 = 2008/09): four digits, so 16 bits. */
  year = new Uint16Array(0);
  /** Index into STATUS_CODES. */
  status = new Uint8Array(0);
  /** Index into DIRECTION_CODES (0 = no direction). */
  direction = new Uint8Array(0);
  /** Index into reasons: a long table repeats a few dozen reasons, each kept once. */
  reasonIndex = new Int32Array(0);
  readonly reasons: string[] = [];
  private readonly reasonIds = new Map<string, number>();
  /** LaaTable.id of each table index. */
  readonly tableIds: string[] = [];
  private readonly sheets: string[] = [];
  /**
   * Each table index's rows (or what gives them, asked when a RagResult is first made), and the index
   * in them of each rating's row, to make its RagResult. A long table's rows are not kept while it is
   * rated: the report's `rag` list reads them again when it is first read.
   */
  private readonly tableRows: (readonly IndicatorRow[] | (() => readonly IndicatorRow[]))[] = [];
  /** Each table index's rated years (where their numbers sit in a row) and default tolerance. */
  private readonly tableYears: (readonly YearSource[])[] = [];
  private readonly tableTolerance: number[] = [];
  rowIndex = new Int32Array(0);
  /** The RagResult list these columns were made from, if they were (see fromResults). */
  private results?: readonly RagResult[];
  private list?: readonly RagResult[];

  /** Room for `n` more ratings, made once where the caller knows how many come. */
  reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.table.length) return;
    const size = Math.max(need, this.table.length * 2, 64);
    this.table = grown(this.table, new Int32Array(size));
    this.row = grown(this.row, new Int32Array(size));
    this.year = grown(this.year, new Uint16Array(size));
    this.status = grown(this.status, new Uint8Array(size));
    this.direction = grown(this.direction, new Uint8Array(size));
    this.reasonIndex = grown(this.reasonIndex, new Int32Array(size));
    this.rowIndex = grown(this.rowIndex, new Int32Array(size));
  }

  /**
   * The index of a table's ratings, added when first seen. Its rows, rated `years` and the settings'
   * tolerance make its RagResults (the numbers of a rating are read from its row).
   */
  tableIndex(
    id: string,
    sheet: string,
    rows: readonly IndicatorRow[] | (() => readonly IndicatorRow[]) = [],
    years: readonly YearSource[] = [],
    tolerancePercent = 0
  ): number {
    const last = this.tableIds.length - 1;
    if (last >= 0 && this.tableIds[last] === id) return last;
    const known = this.tableIds.indexOf(id);
    if (known >= 0) return known;
    this.tableIds.push(id);
    this.sheets.push(sheet);
    this.tableRows.push(rows);
    this.tableYears.push(years);
    this.tableTolerance.push(tolerancePercent);
    return last + 1;
  }

  /** Adds one rating of `row`, row `rowIndex` of table index `t`, for `year` (one of the table's years). */
  add(
    t: number,
    rowIndex: number,
    row: IndicatorRow,
    year: FinancialYear,
    rating: RatingEntry
  ): void {
    if (this.length === this.table.length) this.reserve(1);
    const i = this.length++;
    this.table[i] = t;
    this.row[i] = row.row;
    this.year[i] = year;
    this.status[i] = STATUS_CODE[rating.status];
    this.direction[i] = rating.direction === undefined ? 0 : DIRECTION_CODE[rating.direction];
    this.reasonIndex[i] = this.reasonId(rating.reason);
    this.rowIndex[i] = rowIndex;
  }

  /** Rating `i`'s reason. */
  reason(i: number): string {
    return this.reasons[this.reasonIndex[i] as number] as string;
  }

  private lastReason: string | undefined;
  private lastReasonId = 0;

  private reasonId(reason: string): number {
    // Ratings next to each other often give the same reason ("on target"): no lookup for those.
    if (reason === this.lastReason) return this.lastReasonId;
    let id = this.reasonIds.get(reason);
    if (id === undefined) {
      id = this.reasons.push(reason) - 1;
      this.reasonIds.set(reason, id);
    }
    this.lastReason = reason;
    this.lastReasonId = id;
    return id;
  }

  private rowsOf(t: number): readonly IndicatorRow[] {
    let rows = this.tableRows[t] ?? [];
    if (typeof rows === "function") this.tableRows[t] = rows = rows();
    return rows;
  }

  /** Rating `i` as a RagResult. */
  result(i: number): RagResult {
    const given = this.results?.[i];
    if (given) return given;
    const t = this.table[i] as number;
    const row = this.rowsOf(t)[this.rowIndex[i] as number] as IndicatorRow;
    const year = this.year[i] as number;
    const y = this.tableYears[t]?.find((s) => s.year === year) as YearSource;
    return {
      tableId: this.tableIds[t] as string,
      sheet: this.sheets[t] as string,
      row: row.row,
      indicator: row.indicator.code?.label ?? row.indicator.title ?? row.indicator.raw,
      priority: row.priority?.text,
      year,
      status: STATUS_CODES[this.status[i] as number] as RagStatus,
      direction: DIRECTION_CODES[this.direction[i] as number],
      target: targetOf(row, y),
      actual: actualOf(row, y),
      previous: previousOf(row, y),
      tolerancePercent: rowTolerance(row) ?? (this.tableTolerance[t] as number),
      reason: this.reason(i),
    };
  }

  /** Every rating as a RagResult, in the order they were made; the same list on every call. */
  toArray(): readonly RagResult[] {
    if (this.list) return this.list;
    if (this.results) return (this.list = this.results);
    const out = new Array<RagResult>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.result(i);
    return (this.list = out);
  }

  /** Columns read from a list of ratings (a report made by hand, or copied). */
  static fromResults(results: readonly RagResult[]): RatingColumns {
    const c = new RatingColumns();
    c.reserve(results.length);
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as RagResult;
      const k = c.length++;
      c.table[k] = c.tableIndex(r.tableId, r.sheet);
      c.row[k] = r.row;
      c.year[k] = r.year;
      c.status[k] = STATUS_CODE[r.status];
      c.direction[k] = r.direction === undefined ? 0 : DIRECTION_CODE[r.direction];
      c.reasonIndex[k] = c.reasonId(r.reason);
    }
    c.results = results;
    return c;
  }
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(old: T, next: T): T {
  next.set(old as never);
  return next;
}

/** The columns behind each report analyse made (a report is plain data; this is its index). */
const COLUMNS = new WeakMap<Report, RatingColumns>();

/**
 * A report whose `rag` list is made from `ratings` on first read. `rag` is an enumerable property
 * (a getter), so JSON, structured clone, spreads and test equality see the list as before.
 */
export function reportWithRatings(parts: Omit<Report, "rag">, ratings: RatingColumns): Report {
  const report: Report = {
    tables: parts.tables,
    findings: parts.findings,
    get rag(): readonly RagResult[] {
      return ratings.toArray();
    },
    gaps: parts.gaps,
    summary: parts.summary,
  };
  COLUMNS.set(report, ratings);
  return report;
}

/** The ratings of a report as columns: analyse's own, or read from its `rag` list. */
export function ratingColumns(report: Report): RatingColumns {
  return COLUMNS.get(report) ?? RatingColumns.fromResults(report.rag);
}
