/** Shared pieces of the stress tests: settings, a table builder, freezing inputs, hashing files. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  Finding,
  CellValue,
  PlanOutcome,
  Report,
  Settings,
  WorkbookSnapshot,
  analyse,
  planBoard,
  planRag,
  withDefaults,
} from "../../src/engine";
import { govHeader } from "../helpers/grid";
import { tempDir } from "../helpers/temp-dir";

/** Fixed as-at date: 2008/09 is over, so its actuals are rated. */
export const SETTINGS: Settings = withDefaults({ asAt: "2010-06-30" });

/** The government header plus an "Actual 08/09" column (H), so RAG and board plans have work to do. */
export const HEADER: CellValue[][] = govHeader("Lead partners", "Actual 08/09");

type Col = "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H";

/** A clean data row (NI 154, higher is better, on target) with some cells replaced. */
export function dataRow(overrides: Partial<Record<Col, CellValue>> = {}): CellValue[] {
  const base: Record<Col, CellValue> = {
    A: "Affordable housing",
    B: "NI 154 Net additional homes provided",
    C: "560 (2007/08)",
    D: 600,
    E: 650,
    F: 700,
    G: "Salford City Council",
    H: 610,
    ...overrides,
  };
  return (["A", "B", "C", "D", "E", "F", "G", "H"] as const).map((k) => base[k]);
}

/** Freezes an object graph so that any write to it throws (tests run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

export interface EngineRun {
  readonly report: Report;
  readonly rag: PlanOutcome;
  readonly board: PlanOutcome;
}

/** The three engine steps a driver runs: check, plan the RAG columns, plan the board sheet. */
export function runEngine(snapshot: WorkbookSnapshot, settings: Settings = SETTINGS): EngineRun {
  const report = analyse(snapshot, settings);
  return {
    report,
    rag: planRag(snapshot, report, settings),
    board: planBoard(snapshot, report, settings),
  };
}

/** `code@cell` labels of the findings ("code@" for findings without a cell). */
export function labels(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell ?? ""}`);
}

/**
 * What "clear" means for every finding: a stable dotted code, a message that is a sentence of
 * bounded length (a 10,000-character cell must not become a 10,000-character message) and a hint.
 */
export function expectClear(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.code).toMatch(/^[a-z]+\.[a-z-]+$/);
    expect(f.message).toMatch(/[.!?]$/);
    expect(f.message.length).toBeLessThan(600);
    expect(f.hint.length).toBeGreaterThan(10);
    expect(f.hint.length).toBeLessThan(600);
  }
}

/** A one-line message of a refused plan: a sentence, no stack trace. */
export function expectSentence(message: string): void {
  expect(message).toMatch(/^\S.*[.!]$/);
  expect(message).not.toMatch(/\n/);
}

/** A new temp directory; a test file that makes any registers `afterAll(removeTempDirs)`. */
export function tmpDir(prefix = "laa-stress-"): string {
  return tempDir(prefix);
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
