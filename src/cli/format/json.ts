/** The documented `--json` shapes. Each command prints exactly one JSON document. */
import {
  cellLabel,
  Finding,
  FindingSummary,
  rangeToA1,
  RagStatus,
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
  readonly status: RagStatus;
  readonly direction?: Direction;
  /** Where the word was written; absent for not-due. */
  readonly cell?: string;
}

export interface JsonRagFile {
  readonly file: string;
  /** The workbook written (absent when nothing was written). */
  readonly out?: string;
  readonly rag: readonly JsonRag[];
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
    status: result.status,
    ...(result.direction ? { direction: result.direction } : {}),
    ...(cell ? { cell } : {}),
  }));
  return { file, ...(out ? { out } : {}), rag, findings: report.findings, summary: report.summary };
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
