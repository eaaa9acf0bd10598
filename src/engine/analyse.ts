import { NATIONAL_INDICATORS } from "./catalog";
import { analyseGaps } from "./gaps";
import { Finding, summarise } from "./model/finding";
import { Report } from "./model/report";
import { Settings } from "./model/settings";
import { WorkbookSnapshot, withoutBoardSheets } from "./model/snapshot";
import { parseA1 } from "./model/address";
import { estimateReward, forecastTables, rateTables } from "./rag";
import { readWorkbook } from "./read";
import { runRules } from "./rules";

/**
 * Reads every LAA table in the snapshot, checks it, rates it and finds the cross-cutting gaps.
 * Pure: the same snapshot and settings always give the same report.
 */
export function analyse(snapshot: WorkbookSnapshot, settings: Settings): Report {
  const catalog = NATIONAL_INDICATORS;
  const input = withoutBoardSheets(snapshot);
  const tables = readWorkbook(input, catalog);
  const rag = rateTables(tables, settings, catalog);
  const forecasts = forecastTables(tables, settings, catalog);
  const checkFindings = runRules(tables, { settings, catalog, snapshot: input, rag, forecasts });
  const reward = estimateReward(tables, settings, catalog);
  const gaps = analyseGaps(input, tables, settings);
  const sheetOrder = snapshot.sheets.map((s) => s.name);
  const findings = sortFindings([...checkFindings, ...gaps.findings], sheetOrder);
  return {
    tables,
    findings,
    rag,
    forecasts,
    reward,
    gaps: gaps.view,
    summary: summarise(findings),
  };
}

/**
 * The report's one order: sheet (workbook-level findings first), row, column, then the order the
 * findings were given in — registry order of the rules, each rule's in the order it made them, and
 * the gap findings last.
 */
export function sortFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[]
): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  const keyed = findings.map((f, given) => {
    const pos = f.cell ? parseA1(f.cell) : undefined;
    const sheet = f.sheet === undefined ? -1 : (sheetIndex.get(f.sheet) ?? sheetOrder.length);
    const row = pos?.row ?? (f.row !== undefined ? f.row - 1 : -1);
    return { f, sheet, row, col: pos?.col ?? -1, given };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.given - b.given);
  return keyed.map((k) => k.f);
}
