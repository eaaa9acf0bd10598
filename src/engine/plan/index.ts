import { RangeRef } from "../model/cell";
import { rangeToA1 } from "../model/address";
import { FormatGroup, PlanOutcome, SheetEdit, ValueBlock, WriteValue } from "../model/plan";
import { ratedYearsOf } from "../model/in-year";
import { RagResult, RagStatus } from "../model/rag";
import { Report } from "../model/report";
import { Settings } from "../model/settings";
import { OwnedArea, WorkbookSnapshot } from "../model/snapshot";
import { RatingStamp, stampOf } from "../model/stamp";
import { statusText } from "../model/vocabulary";
import { statusFormatGroups, StatusColumn } from "./format-runs";
import { findObstacle } from "./in-the-way";
import { Claims, Placement, RagColumnArea, placeTable } from "./placement";
import { summarise } from "./summary";

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
  settings: Settings
): PlanOutcome {
  const tables = report.tables.filter((t) => ratedYearsOf(t.columns).length > 0);
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
    const empty = tables.find((t) => t.rows.length === 0);
    return {
      ok: false,
      reason: "nothing-to-write",
      message: empty
        ? `The LAA table at '${empty.sheet}'!${rangeToA1(empty.range)} has no indicator rows under its header: add the indicators and their actuals, then run Write RAG again.`
        : "The sheets of the LAA tables were not found: read the workbook again and run Write RAG again.",
    };
  }
  return build(snapshot, report, placements, stampOf(settings));
}

function build(
  snapshot: WorkbookSnapshot,
  report: Report,
  placements: readonly Placement[],
  stamp: RatingStamp
): PlanOutcome {
  const byTable = groupRatings(report.rag);
  const counts: Record<RagStatus, number> = {
    green: 0,
    amber: 0,
    red: 0,
    "no-data": 0,
    "awaiting-data": 0,
    "not-collected": 0,
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
      const statuses = statusesFor(p, byTable.get(p.table.id));
      const values: WriteValue[][] = [[p.header]];
      statuses.forEach((r) => {
        if (r) counts[r.status]++;
        values.push([cellText(r)]);
      });
      blocks.push({ top: p.top, left: p.col, values });
      columns.push({ col: p.col, top: p.top + 1, statuses: statuses.map((r) => r?.status) });
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
      stamp,
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

/** Ratings by table id, in the order they were made. */
function groupRatings(rag: readonly RagResult[]): Map<string, RagResult[]> {
  const out = new Map<string, RagResult[]>();
  for (const r of rag) {
    const list = out.get(r.tableId);
    if (list) list.push(r);
    else out.set(r.tableId, [r]);
  }
  return out;
}

/** The rating of each sheet row under the header, through the last data row (undefined = none). */
function statusesFor(
  p: Placement,
  ratings: readonly RagResult[] | undefined
): (RagResult | undefined)[] {
  // Indexed by row, so each rating finds its cell in one step.
  const out = new Array<RagResult | undefined>(Math.max(0, p.bottom - p.top)).fill(undefined);
  for (const r of ratings ?? []) {
    if (r.year === p.year && r.row > p.top && r.row <= p.bottom) out[r.row - p.top - 1] = r;
  }
  return out;
}

/** "Green ▲", "Amber at Q2 ▼"; nothing for a year not yet due or a row that is not an indicator. */
function cellText(r: RagResult | undefined): WriteValue {
  if (!r || r.status === "not-due") return null;
  return statusText(r.status, r.direction, r.period);
}
