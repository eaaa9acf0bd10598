import { NATIONAL_INDICATORS } from "./catalog";
import { analyseGaps } from "./gaps";
import { Finding, summarise } from "./model/finding";
import { Report } from "./model/report";
import { Settings } from "./model/settings";
import { WorkbookSnapshot } from "./model/snapshot";
import { parseA1 } from "./model/address";
import { rateTables } from "./rag";
import { readWorkbook } from "./read";
import { runRules } from "./rules";

/**
 * Reads every LAA table in the snapshot, checks it, rates it and finds the cross-cutting gaps.
 * Pure: the same snapshot and settings always give the same report.
 */
export function analyse(snapshot: WorkbookSnapshot, settings: Settings): Report {
  const catalog = NATIONAL_INDICATORS;
  const tables = readWorkbook(snapshot, catalog);
  const checkFindings = runRules(tables, { settings, catalog, snapshot });
  const rag = rateTables(tables, settings, catalog);
  const gaps = analyseGaps(snapshot, tables, settings);
  const sheetOrder = snapshot.sheets.map((s) => s.name);
  const findings = sortFindings([...checkFindings, ...gaps.findings], sheetOrder);
  return { tables, findings, rag, gaps: gaps.view, summary: summarise(findings) };
}

/** Sheet order of the workbook, then row, then column; workbook-level findings first. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const key = (f: Finding): readonly [number, number, number] => {
    const pos = f.cell ? parseA1(f.cell) : undefined;
    const sheet = f.sheet === undefined ? -1 : sheetOrder.indexOf(f.sheet);
    return [sheet, pos?.row ?? (f.row !== undefined ? f.row - 1 : -1), pos?.col ?? -1];
  };
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.f);
}
