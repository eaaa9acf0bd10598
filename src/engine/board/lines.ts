import { NATIONAL_INDICATORS } from "../catalog";
import { Forecast } from "../model/forecast";
import { WriteValue } from "../model/plan";
import { Direction, RagResult, RatingPeriod } from "../model/rag";
import { Report } from "../model/report";
import { FinancialYear, IndicatorRow, LaaTable, ParsedValue } from "../model/table";
import { isPercent } from "../rag/row-values";
import { BoardStatus } from "./styles";

/** A value as the board shows it: user text unchanged, or a number with a number format. */
export interface Shown {
  readonly value: WriteValue;
  readonly numberFormat?: string;
}

/** One indicator as the board shows it for the rated year. */
export interface BoardLine {
  /** The rated year the board reports. */
  readonly year: FinancialYear;
  readonly ambition: string;
  readonly code: string;
  readonly title: string;
  readonly baseline: Shown;
  /** The year's target. */
  readonly target: Shown;
  /** The year's outturn; during the year, the year to date (for a rate, the latest value). */
  readonly actual: Shown;
  /** What the status is for: the year, or the period it was rated at during the year. */
  readonly period: RatingPeriod;
  /** During the year, the target profiled to the period; else the year's target, once rated. */
  readonly profiled: Shown;
  readonly status: BoardStatus;
  /** True when the year is still running and no actual is in: shown as "Not due", counted as no data. */
  readonly notDue: boolean;
  readonly direction?: Direction;
  readonly partners: string;
  readonly comment: string;
  /** Why the status: the rating's reason (shown for the three missing-data statuses). */
  readonly reason: string;
  /** Every rated year of the indicator, in year order: the exception's trend. */
  readonly history: readonly RagResult[];
  /** The final-year forecast, when the indicator has a numeric final-year target. */
  readonly forecast?: Forecast;
  /** The table's row, for the trend's values and the remedial action. */
  readonly row?: IndicatorRow;
}

/** Label of the group for indicators the table puts under no ambition. */
export const NO_AMBITION = "No ambition given";

/**
 * The rated year's lines, grouped by ambition in the order ambitions first appear in the tables,
 * table order within each ambition; each line carries its indicator's ratings of every year.
 */
export function boardLines(report: Report, year: FinancialYear): BoardLine[] {
  const rowsByTable = new Map<string, Map<number, IndicatorRow>>();
  for (const table of report.tables) {
    rowsByTable.set(table.id, new Map(table.rows.map((r) => [r.row, r])));
  }
  const history = new Map<string, RagResult[]>();
  for (const r of report.rag) {
    const key = rowKey(r);
    const list = history.get(key);
    if (list) list.push(r);
    else history.set(key, [r]);
  }
  const forecasts = new Map(report.forecasts.map((f) => [rowKey(f), f]));
  const groups = new Map<string, BoardLine[]>();
  for (const r of report.rag) {
    if (r.year !== year) continue;
    const row = rowsByTable.get(r.tableId)?.get(r.row);
    const years = [...(history.get(rowKey(r)) ?? [])].sort((a, b) => a.year - b.year);
    const line = toLine(r, row, year, years, forecasts.get(rowKey(r)));
    const key = line.ambition === NO_AMBITION ? "\u0000none" : ambitionKey(line.ambition);
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

/** Ambitions spelled with other spaces or case are one group: "Safer  Communities", "safer communities". */
export function ambitionKey(ambition: string): string {
  return ambition.trim().replace(/\s+/g, " ").toLowerCase();
}

/** True when the table has a Comments column, so the board shows a Comment column. */
export function anyComments(tables: readonly LaaTable[]): boolean {
  return tables.some((t) => t.columns.comments !== undefined);
}

function rowKey(r: { readonly tableId: string; readonly row: number }): string {
  return `${r.tableId}\u0000${r.row}`;
}

function toLine(
  r: RagResult,
  row: IndicatorRow | undefined,
  year: FinancialYear,
  history: readonly RagResult[],
  forecast: Forecast | undefined
): BoardLine {
  const ambition = r.priority ?? row?.priority?.text ?? "";
  const code = row?.indicator.code;
  const catalogTitle = code ? NATIONAL_INDICATORS.lookup(code.number)?.title : undefined;
  const targetValue = row?.targets.find((t) => t.year === year)?.value;
  const actualValue = row?.actuals.find((a) => a.year === year)?.value;
  const target = targetValue ? shown(targetValue) : numberShown(r.target);
  // During the year the figures are the engine's (a total to date, a profile): shown as it rounds them.
  const during = r.period !== "year";
  const percent = during && isPercentRow(row, year);
  return {
    year,
    ambition: ambition.trim() === "" ? NO_AMBITION : ambition,
    code: code ? code.label : "Local",
    title: row?.indicator.title ?? catalogTitle ?? (code ? "" : r.indicator),
    baseline: row ? shown(row.baseline) : { value: null },
    target,
    actual: during
      ? computedShown(r.actual, percent)
      : actualValue
        ? shown(actualValue)
        : numberShown(r.actual),
    period: r.period,
    // A year rated on its outturn was held to the year's target; one without a figure to nothing.
    profiled: during
      ? computedShown(r.profiled, percent)
      : r.actual !== undefined
        ? target
        : { value: null },
    status: r.status === "not-due" ? "no-data" : r.status,
    notDue: r.status === "not-due",
    direction: r.direction,
    partners: row?.partners.raw ?? "",
    comment: row?.comment?.text ?? "",
    reason: r.reason,
    history,
    ...(forecast ? { forecast } : {}),
    ...(row ? { row } : {}),
  };
}

/** Whether the row's figures for the year are percentages: its target, else its in-year cells. */
function isPercentRow(row: IndicatorRow | undefined, year: FinancialYear): boolean {
  return (
    isPercent(row?.targets.find((t) => t.year === year)?.value) ||
    (row?.inYear ?? []).some((v) => v.year === year && isPercent(v.value))
  );
}

/**
 * What the user wrote: text exactly as typed (the adapter writes it as text), a number as the same
 * number with a format that shows it the way the table did (0.452 read as a percentage shows 45.2%).
 */
export function shown(v: ParsedValue): Shown {
  const raw = v.raw;
  if (typeof raw === "string") return { value: raw === "" ? null : raw };
  if (typeof raw === "boolean") return { value: raw ? "TRUE" : "FALSE" };
  if (v.kind === "number" && v.unit === "percent") {
    return { value: raw, numberFormat: percentFormat(decimals(raw * 100)) };
  }
  return { value: raw, numberFormat: numberFormat(decimals(raw)) };
}

export function numberShown(n: number | undefined): Shown {
  return n === undefined ? { value: null } : { value: n, numberFormat: numberFormat(decimals(n)) };
}

/**
 * A figure the add-in worked out (a projection, a trigger value), rounded as the reasons round it:
 * percentages to one decimal, other values to whole numbers from 100 up and two decimals below.
 */
export function computedShown(n: number | undefined, percent: boolean): Shown {
  if (n === undefined) return { value: null };
  if (percent) {
    const tenths = Math.round(n * 10);
    return { value: tenths / 1000, numberFormat: percentFormat(tenths % 10 === 0 ? 0 : 1) };
  }
  const places = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 2 : 3;
  const rounded = Number(n.toFixed(places));
  return { value: rounded, numberFormat: numberFormat(decimals(rounded)) };
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
