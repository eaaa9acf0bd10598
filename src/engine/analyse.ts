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
  const input = withoutBoardSheets(snapshot);
  const tables = readWorkbook(input, catalog);
  const checkFindings = runRules(tables, { settings, catalog, snapshot: input });
  const rag = rateTables(tables, settings, catalog);
  const gaps = analyseGaps(input, tables, settings);
  const sheetOrder = snapshot.sheets.map((s) => s.name);
  const findings = sortFindings([...checkFindings, ...gaps.findings], sheetOrder);
  return { tables, findings, rag, gaps: gaps.view, summary: summarise(findings) };
}

/**
 * The workbook without the board sheets the add-in made: they are its output, not the user's tables.
 * Read as input, a board's detail table would be checked and rated again, and the next RAG run would
 * write status columns into the board sheet itself.
 */
function withoutBoardSheets(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const boards = new Set(
    snapshot.owned.flatMap((a) => (a.kind === "board-sheet" ? [a.sheet.toLowerCase()] : []))
  );
  if (boards.size === 0) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => !boards.has(s.name.toLowerCase())) };
}

/** Sheet order of the workbook, then row, then column; workbook-level findings first. */
export function sortFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[]
): Finding[] {
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
