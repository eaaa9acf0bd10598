import { CellValue, DEFAULT_SETTINGS, Finding, Settings } from "../../../src/engine";
import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { forecastTables, rateTables } from "../../../src/engine/rag";
import { readWorkbook } from "../../../src/engine/read";
import { runRules } from "../../../src/engine/rules";
import { GOV_HEADER, GridSheet, workbook } from "../../helpers/grid";

/**
 * Rule tests read a grid through the real reader and run the real registry, so a test proves the
 * whole path a user's cell takes. Data rows start at row 3 under GOV_HEADER:
 * A priority, B indicator, C baseline, D/E/F targets 08/09–10/11, G lead partners.
 */
export function check(sheets: GridSheet[], settings: Partial<Settings> = {}): Finding[] {
  const snapshot = workbook(sheets);
  const tables = readWorkbook(snapshot, NATIONAL_INDICATORS);
  const all = { ...DEFAULT_SETTINGS, ...settings };
  return runRules(tables, {
    settings: all,
    catalog: NATIONAL_INDICATORS,
    snapshot,
    rag: rateTables(tables, all, NATIONAL_INDICATORS),
    forecasts: forecastTables(tables, all, NATIONAL_INDICATORS),
  });
}

/** `[cell, code]` tuples of one code (cell "" for findings without a cell), in report order. */
export function cellsOf(code: string, findings: readonly Finding[]): [string, string][] {
  return findings.filter((f) => f.code === code).map((f) => [f.cell ?? "", f.code]);
}

/** One government-format table with the given data rows; returns the tuples for `code`. */
export function govTable(
  code: string,
  rows: CellValue[][],
  settings: Partial<Settings> = {}
): [string, string][] {
  return cellsOf(code, check([{ rows: [...GOV_HEADER, ...rows] }], settings));
}

/** A clean data row (NI 154, higher is better) to vary one cell at a time. */
export function row(
  overrides: Partial<Record<"A" | "B" | "C" | "D" | "E" | "F" | "G", CellValue>> = {}
): CellValue[] {
  const base = {
    A: "Affordable housing",
    B: "NI 154 Net additional homes provided",
    C: "560 (2007/08)",
    D: 600,
    E: 650,
    F: 700,
    G: "Salford City Council",
    ...overrides,
  };
  return [base.A, base.B, base.C, base.D, base.E, base.F, base.G];
}

/** A clean NI 151 row (employment rate: percentages, higher is better) to vary one cell at a time. */
export function percentRow(
  overrides: Partial<Record<"A" | "C" | "D" | "E" | "F" | "G", CellValue>> = {}
): CellValue[] {
  return row({
    B: "NI 151 Overall employment rate",
    C: "72% (2007)",
    D: "72%",
    E: "73%",
    F: "74%",
    ...overrides,
  });
}

/**
 * A one-row-header table with an Actual column after the 2008/09 target (column E), its data on
 * row 2; returns the tuples for `code`.
 */
export function withActual(
  code: string,
  actual: CellValue,
  indicator = "NI 154 Net additional homes provided"
): [string, string][] {
  const rows: CellValue[][] = [
    [
      "Priority",
      "Indicator",
      "Baseline",
      "Target 2008/09",
      "Actual 2008/09",
      "Target 2009/10",
      "Target 2010/11",
      "Lead partners",
    ],
    ["Affordable housing", indicator, "560 (2007/08)", 600, actual, 650, 700, "Council"],
  ];
  return cellsOf(code, check([{ rows }]));
}

/** A one-row table with 2009/10's Q1 and Q2 (Q2 holding `q2`); returns the findings of `code`. */
export function withQuarter(
  code: string,
  q2: CellValue,
  indicator = "NI 154 Net additional homes provided"
): Finding[] {
  const rows: CellValue[][] = [
    ["Indicator", "Baseline", "Target 2009/10", "Q1 2009/10", "Q2 2009/10", "Lead partners"],
    [indicator, "560 (2007/08)", 650, 150, q2, "Council"],
  ];
  return check([{ rows }]).filter((f) => f.code === code);
}
