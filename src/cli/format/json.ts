/** The documented `--json` shapes. Each command prints exactly one JSON document. */
import {
  Finding,
  FindingList,
  Findings,
  FindingSummary,
  rangeToA1,
  RagStatus,
  Report,
  Direction,
  rowCount,
  yearLabel,
} from "../../engine";
import { RagCell } from "./rag";

export interface JsonTable {
  readonly sheet: string;
  readonly range: string;
  /** Indicator rows read. */
  readonly indicators: number;
}

export interface JsonCheckFile {
  readonly file: string;
  readonly tables: readonly JsonTable[];
  /** Serialised as an array of Finding. */
  readonly findings: Findings;
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
  /** Serialised as an array of Finding. */
  readonly findings: Findings;
  readonly summary: FindingSummary;
}

export function jsonCheckFile(file: string, report: Report): JsonCheckFile {
  return {
    file,
    tables: report.tables.map((t) => ({
      sheet: t.sheet,
      range: rangeToA1(t.range),
      indicators: rowCount(t),
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

/** Elements of a long array serialised together: one piece of output each. */
const BATCH = 500;
/** Arrays this short are walked element by element. */
const FEW = 16;

/**
 * jsonText in pieces: their concatenation is exactly `jsonText(value)`. Plain objects are walked key
 * by key and long arrays (50k findings) serialised a batch of elements at a time; everything else is
 * JSON.stringify's own (short arrays are walked too). So a large document is never one string of tens of MB (nor, on its way out,
 * one buffer of as many), and writing can start before the whole document is made.
 */
export function* jsonPieces(value: unknown): Generator<string, void, undefined> {
  yield* pieces(value);
  yield "\n";
}

function* pieces(value: unknown): Generator<string, void, undefined> {
  if (value instanceof FindingList) {
    // The report's findings: made and serialised a batch at a time, never all at once.
    yield "[";
    let batch: Finding[] = [];
    let first = true;
    for (const finding of value) {
      batch.push(finding);
      if (batch.length < BATCH) continue;
      yield `${first ? "" : ","}${JSON.stringify(batch).slice(1, -1)}`;
      first = false;
      batch = [];
    }
    if (batch.length > 0) yield `${first ? "" : ","}${JSON.stringify(batch).slice(1, -1)}`;
    yield "]";
    return;
  }
  if (Array.isArray(value)) {
    if (value.length <= FEW) {
      // A short list (the files, a workbook's tables) may hold long ones: each element walked.
      yield "[";
      for (let i = 0; i < value.length; i++) {
        if (i > 0) yield ",";
        const v: unknown = value[i];
        if (v === undefined || typeof v === "function" || typeof v === "symbol") yield "null";
        else yield* pieces(v);
      }
      yield "]";
      return;
    }
    if (value.length <= BATCH) {
      yield JSON.stringify(value);
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i += BATCH) {
      // "[a,b]" of this batch without its brackets; JSON.stringify writes holes and undefined as null.
      const part = JSON.stringify(value.slice(i, i + BATCH));
      yield `${i > 0 ? "," : ""}${part.slice(1, -1)}`;
    }
    yield "]";
    return;
  }
  if (isPlainObject(value)) {
    let first = true;
    yield "{";
    for (const key of Object.keys(value)) {
      const v = value[key];
      // The values JSON.stringify leaves out of an object.
      if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
      yield `${first ? "" : ","}${JSON.stringify(key)}:`;
      first = false;
      yield* pieces(v);
    }
    yield "}";
    return;
  }
  const text = JSON.stringify(value);
  yield text === undefined ? "null" : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/** A stream as the CLI writes to it: process.stdout, or a test's collector (no backpressure). */
export interface JsonSink {
  write(text: string): unknown;
  once?(event: "drain" | "close" | "error", listener: () => void): unknown;
  off?(event: "drain" | "close" | "error", listener: () => void): unknown;
  readonly destroyed?: boolean;
}

/** Output gathered into writes of about this many characters. */
const WRITE_SIZE = 1 << 16;

/**
 * Writes `value` as one JSON document (jsonText's exact text) in writes of about 64k characters.
 * When the stream asks to wait (write returns false) it waits for it to drain, so a slow reader
 * holds back the writer instead of tens of MB queueing in memory; a stream closed by its reader
 * (`| head`) ends the writing, quietly.
 */
export async function writeJson(stream: JsonSink, value: unknown): Promise<void> {
  let buffered = "";
  for (const piece of jsonPieces(value)) {
    buffered += piece;
    if (buffered.length < WRITE_SIZE) continue;
    if (!(await writeWaiting(stream, buffered))) return;
    buffered = "";
  }
  if (buffered !== "") await writeWaiting(stream, buffered);
}

/** One write; false when the stream is gone and nothing more should be written. */
async function writeWaiting(stream: JsonSink, text: string): Promise<boolean> {
  if (gone(stream)) return false;
  if (stream.write(text) !== false || !stream.once) return true;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off?.("drain", done);
      stream.off?.("close", done);
      stream.off?.("error", done);
      resolve();
    };
    stream.once?.("drain", done);
    stream.once?.("close", done);
    stream.once?.("error", done);
  });
  return !gone(stream);
}

/** True once the stream was closed or failed (its reader went away). */
function gone(stream: JsonSink): boolean {
  return stream.destroyed === true;
}
