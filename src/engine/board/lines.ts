import { NATIONAL_INDICATORS } from "../catalog";
import { WriteValue } from "../model/plan";
import { Direction, RagResult } from "../model/rag";
import { Report } from "../model/report";
import { FinancialYear, IndicatorRow, LaaTable, ParsedValue } from "../model/table";
import { BoardStatus } from "./styles";

/** A value as the board shows it: user text unchanged, or a number with a number format. */
export interface Shown {
  readonly value: WriteValue;
  readonly numberFormat?: string;
}

/** One indicator as the board shows it for the rated year. */
export interface BoardLine {
  readonly ambition: string;
  readonly code: string;
  readonly title: string;
  readonly baseline: Shown;
  readonly target: Shown;
  readonly actual: Shown;
  readonly status: BoardStatus;
  /** True when the year is still running and no actual is in: shown as "Not due", counted as no data. */
  readonly notDue: boolean;
  readonly direction?: Direction;
  readonly partners: string;
  readonly comment: string;
}

/** Label of the group for indicators the table puts under no ambition. */
export const NO_AMBITION = "No ambition given";

/**
 * The rated year's lines, grouped by ambition in the order ambitions first appear in the tables,
 * table order within each ambition. One pass over the ratings plus a row index per table.
 */
export function boardLines(report: Report, year: FinancialYear): BoardLine[] {
  const rowsByTable = new Map<string, { table: LaaTable; rows: Map<number, IndicatorRow> }>();
  for (const table of report.tables) {
    rowsByTable.set(table.id, { table, rows: new Map(table.rows.map((r) => [r.row, r])) });
  }
  const groups = new Map<string, BoardLine[]>();
  for (const r of report.rag) {
    if (r.year !== year) continue;
    const row = rowsByTable.get(r.tableId)?.rows.get(r.row);
    const line = toLine(r, row, year);
    const key = line.ambition === NO_AMBITION ? "\u0000none" : normalise(line.ambition);
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  const none = groups.get("\u0000none");
  groups.delete("\u0000none");
  const out: BoardLine[] = [];
  for (const g of groups.values()) out.push(...g);
  if (none) out.push(...none);
  return out;
}

/** True when the table has a Comments column, so the board shows a Comment column. */
export function anyComments(tables: readonly LaaTable[]): boolean {
  return tables.some((t) => t.columns.comments !== undefined);
}

function toLine(r: RagResult, row: IndicatorRow | undefined, year: FinancialYear): BoardLine {
  const ambitionText = (r.priority ?? row?.priority?.text ?? "").trim();
  const code = row?.indicator.code;
  const catalogTitle = code ? NATIONAL_INDICATORS.lookup(code.number)?.title : undefined;
  const targetValue = row?.targets.find((t) => t.year === year)?.value;
  const actualValue = row?.actuals.find((a) => a.year === year)?.value;
  return {
    ambition: ambitionText === "" ? NO_AMBITION : (r.priority ?? row?.priority?.text ?? ""),
    code: code ? code.label : "Local",
    title: row?.indicator.title ?? catalogTitle ?? (code ? "" : r.indicator),
    baseline: row ? shown(row.baseline) : { value: null },
    target: targetValue ? shown(targetValue) : numberShown(r.target),
    actual: actualValue ? shown(actualValue) : numberShown(r.actual),
    status: r.status === "not-due" ? "no-data" : r.status,
    notDue: r.status === "not-due",
    direction: r.direction,
    partners: row?.partners.raw ?? "",
    comment: row?.comment?.text ?? "",
  };
}

/**
 * What the user wrote: text exactly as typed (the adapter writes it as text), a number as the same
 * number with a format that shows it the way the table did (0.452 read as a percentage shows 45.2%).
 */
function shown(v: ParsedValue): Shown {
  const raw = v.raw;
  if (typeof raw === "string") return { value: raw === "" ? null : raw };
  if (typeof raw === "boolean") return { value: raw ? "TRUE" : "FALSE" };
  if (v.kind === "number" && v.unit === "percent") {
    return { value: raw, numberFormat: percentFormat(decimals(raw * 100)) };
  }
  return { value: raw, numberFormat: numberFormat(decimals(raw)) };
}

function numberShown(n: number | undefined): Shown {
  return n === undefined ? { value: null } : { value: n, numberFormat: numberFormat(decimals(n)) };
}

/** Decimal places needed to show a value exactly (at most 3), ignoring floating-point noise. */
export function decimals(x: number): number {
  for (let d = 0; d < 3; d++) {
    const f = 10 ** d;
    if (Math.abs(Math.round(x * f) / f - x) < 1e-9 * Math.max(1, Math.abs(x))) return d;
  }
  return 3;
}

const numberFormat = (d: number): string => (d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`);
const percentFormat = (d: number): string => (d === 0 ? "0%" : `0.${"0".repeat(d)}%`);

function normalise(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}
