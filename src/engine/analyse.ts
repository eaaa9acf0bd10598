import { NATIONAL_INDICATORS } from "./catalog";
import { startGaps } from "./gaps";
import { Finding, summarise } from "./model/finding";
import { Report } from "./model/report";
import { Settings } from "./model/settings";
import { WorkbookSnapshot } from "./model/snapshot";
import { parseA1 } from "./model/address";
import { RagResult } from "./model/rag";
import { rater } from "./rag";
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
  // Rows are rated and sorted onto ambitions right after the rules checked them, chunk by chunk,
  // while still in the CPU cache; ratings and gaps are those rateTables and analyseGaps would give.
  const rag: RagResult[] = [];
  const rate = rater(settings, rag);
  const gapsRun = startGaps(input, tables, settings);
  const checkFindings = runRules(tables, { settings, catalog, snapshot: input }, (table, rows) => {
    rate(table, rows);
    gapsRun.visit(table, rows);
  });
  const gaps = gapsRun.finish();
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
  // Numeric keys worked out once per finding (no A1 regex, no key tuples): 100k findings sort fast.
  const n = findings.length;
  const sheets = new Float64Array(n);
  const rows = new Float64Array(n);
  const cols = new Float64Array(n);
  const sheetIndex = new Map<string, number>();
  sheetOrder.forEach((name, i) => {
    if (!sheetIndex.has(name)) sheetIndex.set(name, i);
  });
  for (let i = 0; i < n; i++) {
    const f = findings[i] as Finding;
    sheets[i] = f.sheet === undefined ? -1 : (sheetIndex.get(f.sheet) ?? -1);
    const pos = f.cell ? cellPosition(f.cell) : undefined;
    rows[i] = pos?.row ?? (f.row !== undefined ? f.row - 1 : -1);
    cols[i] = pos?.col ?? -1;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) => sheets[a]! - sheets[b]! || rows[a]! - rows[b]! || cols[a]! - cols[b]! || a - b
  );
  return order.map((i) => findings[i] as Finding);
}

/** "C7" read with char codes (the common case); anything else goes through parseA1. */
function cellPosition(cell: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < cell.length && i < 3; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === 0 || i === cell.length) return parseA1(cell);
  let row = 0;
  for (let j = i; j < cell.length; j++) {
    const c = cell.charCodeAt(j);
    if (c < 48 || c > 57 || j - i >= 7) return parseA1(cell);
    row = row * 10 + (c - 48);
  }
  return row > 0 ? { row: row - 1, col: col - 1 } : parseA1(cell);
}
