import { NATIONAL_INDICATORS } from "./catalog";
import { startGaps } from "./gaps";
import { Finding, summarise } from "./model/finding";
import {
  FindingList,
  FindingSegment,
  isRowFindings,
  segmentFinding,
  segmentLength,
} from "./model/finding-list";
import { CellRef } from "./model/cell";
import { Report } from "./model/report";
import { Settings } from "./model/settings";
import { WorkbookSnapshot } from "./model/snapshot";
import { parseA1 } from "./model/address";
import { RatingColumns, rater, reportWithRatings } from "./rag";
import { readWorkbook } from "./read";
import { runRulesByRule } from "./rules";

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
  // Ratings are kept as columns; the report's RagResult list is made from them when first read.
  const ratings = new RatingColumns();
  const rate = rater(settings, ratings);
  const gapsRun = startGaps(input, tables, settings);
  const checkFindings = runRulesByRule(
    tables,
    { settings, catalog, snapshot: input },
    (table, rows) => {
      rate(table, rows);
      gapsRun.visit(table, rows);
    }
  );
  const gaps = gapsRun.finish();
  const sheetOrder = snapshot.sheets.map((s) => s.name);
  const findings = sortFindingLists([...checkFindings, gaps.findings], sheetOrder);
  return reportWithRatings(
    { tables, findings, gaps: gaps.view, summary: summarise(findings) },
    ratings
  );
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
  return sortFindingLists([findings], sheetOrder).toArray();
}

/**
 * sortFindings of the lists one after another, without joining them first. Each rule reports rows
 * top to bottom, so each of its lists is usually in order already: sorted lists are merged into runs
 * of a FindingList (nothing copied; findings kept unmade stay so), and any list out of order sends
 * the whole lot through one stable sort.
 */
export function sortFindingLists(
  lists: readonly FindingSegment[],
  sheetOrder: readonly string[]
): FindingList {
  // One number per finding orders it: (sheet + 1, row + 1, column + 1) packed into the 53 bits of a
  // double, worked out without an A1 regex or an object per finding, so 100k findings sort fast.
  // Sheet, row and column are each -1 when absent, which puts workbook- and table-level ones first.
  let n = 0;
  for (const list of lists) n += segmentLength(list);
  const sheetIndex = new Map<string, number>();
  sheetOrder.forEach((name, i) => {
    if (!sheetIndex.has(name)) sheetIndex.set(name, i);
  });
  if (sheetIndex.size >= SHEET_LIMIT)
    return FindingList.of(sortByTuples(joined(lists, n), sheetIndex));
  const keys = new Float64Array(n);
  const starts = new Int32Array(lists.length + 1);
  let sorted = true;
  let at = 0;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as FindingSegment;
    starts[l] = at;
    let previous = -Infinity;
    if (isRowFindings(list)) {
      for (let i = 0; i < list.count; i++) {
        const k = placeKey(list.place(i), sheetIndex);
        if (k < previous) sorted = false;
        keys[at++] = previous = k;
      }
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const k = findingKey(list[i] as Finding, sheetIndex);
      if (k < previous) sorted = false;
      keys[at++] = previous = k;
    }
  }
  starts[lists.length] = at;
  return sorted ? mergeRuns(lists, keys, starts) : FindingList.of(sortByKeys(lists, keys, n));
}

/** Every finding of the lists, one after another, in one array. */
function joined(lists: readonly FindingSegment[], n: number): Finding[] {
  const out = new Array<Finding>(n);
  let at = 0;
  for (const list of lists) {
    const length = segmentLength(list);
    for (let i = 0; i < length; i++) out[at++] = segmentFinding(list, i);
  }
  return out;
}

/** findingKey of a finding on this cell (what its A1 address would give), without making it. */
function placeKey(place: CellRef, sheetIndex: ReadonlyMap<string, number>): number {
  const sheet = sheetIndex.get(place.sheet) ?? -1;
  const inRange = place.row >= 0 && place.row < ROW_LIMIT - 1 && place.col >= 0;
  return (sheet + 1) * SHEET_SPAN + (inRange ? (place.row + 1) * COL_SPAN + place.col + 1 : -1);
}

function findingKey(f: Finding, sheetIndex: ReadonlyMap<string, number>): number {
  const sheet = f.sheet === undefined ? -1 : (sheetIndex.get(f.sheet) ?? -1);
  let pos = f.cell ? cellPosition(f.cell) : -1;
  if (pos < 0)
    pos = (f.row !== undefined && f.row >= 0 && f.row < ROW_LIMIT ? f.row : 0) * COL_SPAN;
  return (sheet + 1) * SHEET_SPAN + pos;
}

/**
 * Merges lists each in key order (keys[starts[l] + i] is the key of lists[l][i]); equal keys come in
 * list order, as a stable sort of the joined lists gives them. A run is taken whole from the list
 * with the lowest head while it stays below the next lowest, so one long list costs one pass, and the
 * runs are the FindingList: no finding is copied or made.
 */
function mergeRuns(
  lists: readonly FindingSegment[],
  keys: Float64Array,
  starts: Int32Array
): FindingList {
  const k = lists.length;
  const runs: number[] = [];
  const next = starts.slice(0, k);
  for (;;) {
    let best = -1;
    let second = -1;
    for (let l = 0; l < k; l++) {
      if (next[l] === starts[l + 1]) continue;
      const key = keys[next[l] as number] as number;
      if (best < 0 || key < (keys[next[best] as number] as number)) {
        second = best;
        best = l;
      } else if (second < 0 || key < (keys[next[second] as number] as number)) second = l;
    }
    if (best < 0) return new FindingList(lists, Int32Array.from(runs));
    const limit = second < 0 ? Infinity : (keys[next[second] as number] as number);
    // A tie with the runner-up goes to whichever list comes first.
    const yieldTies = second >= 0 && second < best;
    const base = starts[best] as number;
    const end = starts[best + 1] as number;
    const from = next[best] as number;
    let p = from;
    for (; p < end; p++) {
      const key = keys[p] as number;
      if (key > limit || (yieldTies && key === limit)) break;
    }
    runs.push(best, from - base, p - base);
    next[best] = p;
  }
}

/** One stable sort of the joined lists by key (ties in list order). */
function sortByKeys(lists: readonly FindingSegment[], keys: Float64Array, n: number): Finding[] {
  const all = joined(lists, n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const out = new Array<Finding>(n);
  for (let i = 0; i < n; i++) out[i] = all[order[i] as number] as Finding;
  return out;
}

/** Columns (to 32,767: past Excel's XFD) and rows (to 16,777,215: past the 7 digits parseA1 reads) in a key. */
const COL_SPAN = 2 ** 15;
const ROW_LIMIT = 2 ** 24;
const SHEET_SPAN = ROW_LIMIT * COL_SPAN;
/** Sheets a key can number below 2^53 (a workbook with more sorts by tuples). */
const SHEET_LIMIT = 2 ** 53 / SHEET_SPAN - 1;

/**
 * The key part of a cell: (row + 1) × 2^15 + (column + 1), from "C7" read with char codes (the common
 * case) or else parseA1; -1 when it is no A1 address.
 */
function cellPosition(cell: string): number {
  let col = 0;
  let i = 0;
  for (; i < cell.length && i < 3; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === 0 || i === cell.length) return parsedPosition(cell);
  let row = 0;
  for (let j = i; j < cell.length; j++) {
    const c = cell.charCodeAt(j);
    if (c < 48 || c > 57 || j - i >= 7) return parsedPosition(cell);
    row = row * 10 + (c - 48);
  }
  // row and col are 1-based here, as the key wants them.
  return row > 0 ? row * COL_SPAN + col : parsedPosition(cell);
}

function parsedPosition(cell: string): number {
  const p = parseA1(cell);
  return p ? (p.row + 1) * COL_SPAN + (p.col + 1) : -1;
}

/** The same order for a workbook of more sheets than a packed key can number. */
function sortByTuples(findings: readonly Finding[], sheetIndex: Map<string, number>): Finding[] {
  const key = (f: Finding): [number, number, number] => {
    const sheet = f.sheet === undefined ? -1 : (sheetIndex.get(f.sheet) ?? -1);
    const pos = f.cell ? cellPosition(f.cell) : -1;
    if (pos >= 0) return [sheet, Math.floor(pos / COL_SPAN), pos % COL_SPAN];
    return [sheet, f.row ?? 0, 0];
  };
  const keyed = findings.map((f, i) => ({ f, i, k: key(f) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i);
  return keyed.map((x) => x.f);
}
