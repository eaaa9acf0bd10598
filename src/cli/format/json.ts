/** The documented `--json` shapes. Each command prints exactly one JSON document. */
import {
  cellLabel,
  Finding,
  FindingSummary,
  ForecastStatus,
  rangeToA1,
  RagStatus,
  RatingPeriod,
  Report,
  Direction,
  yearLabel,
} from "../../engine";
import { RagCell } from "./rag";

export interface JsonTable {
  readonly sheet: string;
  readonly range: string;
  /** Indicator rows read. */
  readonly indicators: number;
  /** Note rows written inside the table, as the table's comments. */
  readonly notes?: readonly { readonly cell: string; readonly text: string }[];
}

export interface JsonCheckFile {
  readonly file: string;
  readonly tables: readonly JsonTable[];
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

export interface JsonRag {
  readonly sheet: string;
  readonly indicator: string;
  /** "2008/09" */
  readonly year: string;
  /** What the status is for: "year", or during the year "Q1"…"Q4", a month ("Aug") or "YTD". */
  readonly period: RatingPeriod;
  readonly status: RagStatus;
  readonly direction?: Direction;
  /**
   * The target the value was rated against: during the year the profiled target, else the year's;
   * null when there is no value to rate (or no numeric target).
   */
  readonly profiled: number | null;
  /** Why this status ("Place Survey not run in 2009/10", "due about Sep 2011 (…)"). */
  readonly reason: string;
  /** Where the word was written; absent for not-due. */
  readonly cell?: string;
}

/** The final-year forecast of one indicator. */
export interface JsonForecast {
  readonly sheet: string;
  readonly indicator: string;
  /** "2010/11" */
  readonly year: string;
  /** Projected (or, once in, actual) final-year outturn; null when unknown. */
  readonly projected: number | null;
  readonly target: number;
  readonly status: ForecastStatus;
  readonly reason: string;
}

/** One designated target's reward estimate; percentages are of the planned improvement. */
export interface JsonRewardTarget {
  readonly sheet: string;
  readonly indicator: string;
  readonly achievement: number | null;
  readonly trigger: number | null;
  readonly share: number | null;
  /** Pounds; null without a pot. */
  readonly amount: number | null;
  /** Year of the actual used ("2009/10": an estimate until the final year is in); null without one. */
  readonly actualYear: string | null;
  readonly reason: string;
}

export interface JsonReward {
  /** Pounds; null when no pot is set. */
  readonly pot: number | null;
  readonly threshold: number;
  readonly cap: number;
  readonly targets: readonly JsonRewardTarget[];
  /** Sum of the amounts in pounds; null without a pot. */
  readonly total: number | null;
}

export interface JsonRagFile {
  readonly file: string;
  /** The workbook written (absent when nothing was written). */
  readonly out?: string;
  readonly rag: readonly JsonRag[];
  readonly forecasts: readonly JsonForecast[];
  readonly reward: JsonReward;
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

export function jsonCheckFile(file: string, report: Report): JsonCheckFile {
  return {
    file,
    tables: report.tables.map((t) => ({
      sheet: t.sheet,
      range: rangeToA1(t.range),
      indicators: t.rows.length,
      ...(t.notes
        ? { notes: t.notes.map((n) => ({ cell: cellLabel(n.cell), text: n.text })) }
        : {}),
    })),
    findings: report.findings,
    summary: report.summary,
  };
}

export function jsonRagFile(
  file: string,
  report: Report,
  cells: readonly RagCell[],
  out?: string
): JsonRagFile {
  const rag = cells.map(({ result, cell }) => ({
    sheet: result.sheet,
    indicator: result.indicator,
    year: yearLabel(result.year),
    period: result.period,
    status: result.status,
    ...(result.direction ? { direction: result.direction } : {}),
    profiled:
      result.actual === undefined
        ? null
        : ((result.period === "year" ? result.target : result.profiled) ?? null),
    reason: result.reason,
    ...(cell ? { cell } : {}),
  }));
  return {
    file,
    ...(out ? { out } : {}),
    rag,
    forecasts: jsonForecasts(report),
    reward: jsonReward(report),
    findings: report.findings,
    summary: report.summary,
  };
}

function jsonForecasts(report: Report): JsonForecast[] {
  return report.forecasts.map((f) => ({
    sheet: f.sheet,
    indicator: f.indicator,
    year: yearLabel(f.year),
    projected: f.projected ?? null,
    target: f.target,
    status: f.status,
    reason: f.reason,
  }));
}

function jsonReward(report: Report): JsonReward {
  const r = report.reward;
  return {
    pot: r.pot ?? null,
    threshold: r.thresholdPercent,
    cap: r.capPercent,
    targets: r.targets.map((t) => ({
      sheet: t.sheet,
      indicator: t.indicator,
      achievement: t.achievement ?? null,
      trigger: t.trigger ?? null,
      share: t.share ?? null,
      amount: t.amount ?? null,
      actualYear: t.actualYear === undefined ? null : yearLabel(t.actualYear),
      reason: t.reason,
    })),
    total: r.total ?? null,
  };
}

/** The document as compact JSON on one line, then a newline: 50k findings stay tens of MB, not more. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** A stream as the CLI writes to it: process.stdout, or a test's collector. */
export interface JsonSink {
  write(text: string): unknown;
  readonly destroyed?: boolean;
}

/** Writes `value` as one JSON document; a stream its reader has closed (`| head`) gets nothing more. */
export function writeJson(stream: JsonSink, value: unknown): void {
  if (stream.destroyed !== true) stream.write(jsonText(value));
}
