import { RangeRef } from "../model/cell";
import { rangeToA1 } from "../model/address";
import { FormatGroup, PlanOutcome, SheetEdit, ValueBlock, WriteValue } from "../model/plan";
import { Direction, DIRECTION_ARROW, RagStatus, STATUS_WORD } from "../model/rag";
import { DIRECTION_CODES, RatingColumns, ratingColumns } from "../rag/ratings";
import { Report } from "../model/report";
import { Settings } from "../model/settings";
import { OwnedArea, WorkbookSnapshot } from "../model/snapshot";
import { codeStatus, statusFormatGroups, StatusColumn } from "./format-runs";
import { findObstacle } from "./in-the-way";
import { Claims, Placement, RagColumnArea, placeTable } from "./placement";
import { summarise } from "./summary";
import { rowCount } from "../read/rows";

/** Width, in characters, of a status column the add-in adds ("RAG 2009/10" in bold fits). */
const COLUMN_WIDTH = 13;

/**
 * Plans the RAG status columns ("RAG 2009/10") next to each year's actuals. Nothing is planned when
 * a sheet is protected or a cell the plan needs holds anything the add-in does not own: the outcome
 * then names the sheet and cell and says what to do. Running it on its own output changes nothing.
 */
export function planRag(
  snapshot: WorkbookSnapshot,
  report: Report,
  _settings: Settings
): PlanOutcome {
  const tables = report.tables.filter((t) => t.columns.actuals.length > 0);
  if (tables.length === 0) {
    return {
      ok: false,
      reason: "nothing-to-write",
      message:
        'No LAA table has an actual column: add a column headed "Actual 2009/10" (one per year) next to the targets, enter the outturns and run Write RAG again.',
    };
  }
  const ownedRag = snapshot.owned.filter((a): a is RagColumnArea => a.kind === "rag-column");
  const placements: Placement[] = [];
  const claimsBySheet = new Map<string, Claims>();
  for (const table of tables) {
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    if (sheet.protected) {
      return {
        ok: false,
        reason: "protected",
        message: `The sheet '${sheet.name}' is protected: unprotect it (Review › Unprotect Sheet) and run Write RAG again.`,
        sheet: sheet.name,
      };
    }
    const owned = ownedRag.filter((a) => a.sheet === sheet.name);
    const claims = claimsBySheet.get(sheet.name) ?? [];
    claimsBySheet.set(sheet.name, claims);
    for (const p of placeTable(sheet, table, owned, claims)) {
      const hit = findObstacle(sheet, p, owned);
      if (hit) return { ok: false, reason: "in-the-way", ...hit };
      placements.push(p);
    }
  }
  if (placements.length === 0) {
    const empty = tables.find((t) => rowCount(t) === 0);
    return {
      ok: false,
      reason: "nothing-to-write",
      message: empty
        ? `The LAA table at '${empty.sheet}'!${rangeToA1(empty.range)} has no indicator rows under its header: add the indicators and their actuals, then run Write RAG again.`
        : "The sheets of the LAA tables were not found: read the workbook again and run Write RAG again.",
    };
  }
  return build(snapshot, report, placements);
}

function build(
  snapshot: WorkbookSnapshot,
  report: Report,
  placements: readonly Placement[]
): PlanOutcome {
  // The ratings as columns (analyse's own; a report made by hand is read into them).
  const ratings = ratingColumns(report);
  const counts: Record<RagStatus, number> = {
    green: 0,
    amber: 0,
    red: 0,
    "no-data": 0,
    "not-due": 0,
  };
  const edits: SheetEdit[] = [];
  const sheetNames = snapshot.sheets
    .map((s) => s.name)
    .filter((n) => placements.some((p) => p.table.sheet === n));
  for (const name of sheetNames) {
    const mine = placements.filter((p) => p.table.sheet === name);
    const blocks: ValueBlock[] = [];
    const columns: StatusColumn[] = [];
    const widths: Record<number, number> = {};
    for (const p of mine) {
      const codes = statusCodesFor(p, ratings);
      const values: WriteValue[][] = new Array<WriteValue[]>(codes.length + 1);
      values[0] = [p.header];
      // A code (status and direction) is a byte: each one's row is looked up once per column, and
      // each row costs an array read and a count, not a text lookup.
      const rowOf = new Array<WriteValue[] | undefined>(256);
      const perCode = new Int32Array(256);
      // An index loop: it runs once per column over every row, often before the optimiser compiles it.
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i] as number;
        perCode[code] = (perCode[code] as number) + 1;
        values[i + 1] = rowOf[code] ??= oneCellRow(
          cellText(codeStatus(code), DIRECTION_CODES[code & 3])
        );
      }
      for (let code = 1; code < 256; code++) {
        const status = perCode[code] ? codeStatus(code) : undefined;
        if (status) counts[status] += perCode[code] as number;
      }
      blocks.push({ top: p.top, left: p.col, values });
      columns.push({ col: p.col, top: p.top + 1, codes });
      if (!p.previous) widths[p.col] = COLUMN_WIDTH;
    }
    const header: FormatGroup = {
      ranges: mine.map((p) => ({ top: p.top, left: p.col, bottom: p.top, right: p.col })),
      format: { bold: true },
    };
    edits.push({
      sheet: name,
      clear: mine.flatMap((p) => (p.previous ? [p.previous.range] : [])),
      blocks,
      formats: [header, ...statusFormatGroups(columns)],
      columnWidths: widths,
    });
  }
  const replaced = new Set<OwnedArea>(placements.flatMap((p) => (p.previous ? [p.previous] : [])));
  const owned: OwnedArea[] = [
    ...snapshot.owned.filter((a) => !replaced.has(a)),
    ...placements.map((p): OwnedArea => ({
      kind: "rag-column",
      sheet: p.table.sheet,
      range: ownedRange(p),
    })),
  ];
  return {
    ok: true,
    plan: { edits, newSheets: [], owned },
    summary: summarise(counts, placements.length, sheetNames),
  };
}

function ownedRange(p: Placement): RangeRef {
  return { top: p.top, left: p.col, bottom: p.bottom, right: p.col };
}

/**
 * The rating of each sheet row under the header, through the last data row, as one code per row
 * (see ratingCode: 0 for none, else (status code + 1) × 4 + direction code). A flat typed array indexed by row: no
 * object or map entry per row of a 100k-row table.
 */
function statusCodesFor(p: Placement, ratings: RatingColumns): Uint8Array {
  const out = new Uint8Array(Math.max(0, p.bottom - p.top));
  const t = ratings.tableIds.indexOf(p.table.id);
  if (t < 0) return out;
  const { table, row, year, status, direction } = ratings;
  for (let i = 0; i < ratings.length; i++) {
    if (table[i] !== t || year[i] !== p.year) continue;
    const r = row[i] as number;
    if (r > p.top && r <= p.bottom)
      out[r - p.top - 1] = ((status[i] as number) + 1) * 4 + (direction[i] as number);
  }
  return out;
}

/** "Green ▲", … for every status and direction, built once: a 100k-row plan reuses them. */
const WITH_ARROW = Object.fromEntries(
  (Object.keys(STATUS_WORD) as RagStatus[]).map((s) => [
    s,
    Object.fromEntries(
      (Object.keys(DIRECTION_ARROW) as Direction[]).map((d) => [
        d,
        `${STATUS_WORD[s]} ${DIRECTION_ARROW[d]}`,
      ])
    ),
  ])
) as Record<RagStatus, Record<Direction, string>>;

// A status column repeats a dozen texts: one shared, frozen one-cell row per text instead of a new
// array for each of 100k rows (writers only read the rows).
const ONE_CELL_ROWS = new Map<WriteValue, WriteValue[]>();

function oneCellRow(v: WriteValue): WriteValue[] {
  let row = ONE_CELL_ROWS.get(v);
  if (row === undefined) {
    row = Object.freeze([v]) as WriteValue[];
    ONE_CELL_ROWS.set(v, row);
  }
  return row;
}

/** "Green ▲"; nothing for a year not yet due or a row that is not an indicator. */
function cellText(status: RagStatus | undefined, direction: Direction | undefined): WriteValue {
  if (!status || status === "not-due") return null;
  return direction ? WITH_ARROW[status][direction] : STATUS_WORD[status];
}
