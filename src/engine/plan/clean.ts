import { cellLabel, rangeToA1 } from "../model/address";
import { RangeRef } from "../model/cell";
import { countOf } from "../model/locale";
import { PlanOutcome, SheetEdit } from "../model/plan";
import { OwnedArea, SheetSnapshot, WorkbookSnapshot, sheetCell } from "../model/snapshot";
import { looksOwned } from "./occupancy";

type RagArea = Extract<OwnedArea, { kind: "rag-column" }>;

const sheetNamed = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined =>
  snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

/** The header the add-in wrote at the top of a status column ("RAG 2009/10"), as the cell holds it. */
function headerOf(sheet: SheetSnapshot, area: RagArea): string {
  const top = sheetCell(sheet, area.range.top, area.range.left);
  return typeof top === "string" && /^RAG \d{4}\/\d{2}$/i.test(top.trim()) ? top.trim() : "";
}

/**
 * What the add-in has written into this workbook, one line each, for a confirmation before removing
 * it: "Column L of LAA (RAG 2008/09, rows 5–55)", "The sheet 'Board status 2010-06-30'".
 */
export function describeOwned(snapshot: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const a of snapshot.owned) {
    const sheet = sheetNamed(snapshot, a.sheet);
    if (!sheet) continue;
    if (a.kind === "board-sheet") {
      out.push(`The sheet '${sheet.name}'`);
      continue;
    }
    const header = headerOf(sheet, a);
    const where = rangeToA1(a.range);
    out.push(`${header || "Status column"} on '${sheet.name}' (${where})`);
  }
  return out;
}

/** Runs of rows of one column whose cells the add-in could have written, as ranges. */
function ownRuns(
  sheet: SheetSnapshot,
  area: RagArea,
  header: string
): { runs: RangeRef[]; kept: number[] } {
  const runs: RangeRef[] = [];
  const kept: number[] = [];
  const col = area.range.left;
  let start: number | undefined;
  for (let row = area.range.top; row <= area.range.bottom + 1; row++) {
    const inside = row <= area.range.bottom;
    const ours = inside && looksOwned(sheetCell(sheet, row, col), header);
    if (inside && !ours) kept.push(row);
    if (ours && start === undefined) start = row;
    if (!ours && start !== undefined) {
      runs.push({ top: start, left: col, bottom: row - 1, right: col });
      start = undefined;
    }
  }
  return { runs, kept };
}

/**
 * Plans taking the add-in's output back out of the workbook: the RAG columns it recorded (their
 * words and formats cleared, the column back to the sheet's standard width), the board sheets it
 * made (deleted) and its ownership record (every `LAAMonitor_*` name). Only what the record names is
 * touched; inside a status column, a cell holding anything but the add-in's own words (a value the
 * user typed there since) is left as it is and named in the summary. Nothing is planned when a sheet
 * with a status column is protected.
 */
export function planClean(snapshot: WorkbookSnapshot): PlanOutcome {
  const edits = new Map<string, { clear: RangeRef[]; widths: number[] }>();
  const deleteSheets: string[] = [];
  const kept: string[] = [];
  let columns = 0;
  for (const area of snapshot.owned) {
    const sheet = sheetNamed(snapshot, area.sheet);
    if (!sheet) continue;
    if (area.kind === "board-sheet") {
      if (!deleteSheets.includes(sheet.name)) deleteSheets.push(sheet.name);
      continue;
    }
    if (sheet.protected) {
      return {
        ok: false,
        reason: "protected",
        sheet: sheet.name,
        message: `The sheet '${sheet.name}' is protected, so LAA Monitor cannot take its status columns out: unprotect it (Review › Unprotect Sheet) and try again.`,
      };
    }
    const { runs, kept: left } = ownRuns(sheet, area, headerOf(sheet, area));
    const edit = edits.get(sheet.name) ?? { clear: [], widths: [] };
    edits.set(sheet.name, edit);
    edit.clear.push(...runs);
    if (left.length === 0) edit.widths.push(area.range.left);
    kept.push(...left.map((row) => cellLabel({ sheet: sheet.name, row, col: area.range.left })));
    columns++;
  }
  if (columns === 0 && deleteSheets.length === 0 && snapshot.owned.length === 0) {
    return {
      ok: false,
      reason: "nothing-to-write",
      message:
        "LAA Monitor has written nothing into this workbook (no status columns, board sheets or names of its own), so there is nothing to remove.",
    };
  }
  const sheetEdits: SheetEdit[] = [...edits].map(([sheet, e]) => ({
    sheet,
    clear: e.clear,
    blocks: [],
    formats: [],
    standardWidths: e.widths,
  }));
  return {
    ok: true,
    plan: { edits: sheetEdits, newSheets: [], deleteSheets, owned: [] },
    summary: cleanSummary(columns, deleteSheets, kept),
  };
}

function cleanSummary(columns: number, sheets: readonly string[], kept: readonly string[]): string {
  const parts: string[] = [];
  if (columns > 0) parts.push(countOf(columns, "status column"));
  if (sheets.length > 0)
    parts.push(
      `${sheets.length === 1 ? "the sheet" : "the sheets"} ${sheets.map((s) => `'${s}'`).join(", ")}`
    );
  // "LAA Monitor's 2 status columns and the sheet …", but "LAA Monitor's sheet …" on its own.
  const what =
    columns === 0 && sheets.length > 0
      ? `${(parts[0] as string).replace(/^the /, "")} and its record`
      : parts.length > 0
        ? `${parts.join(" and ")}, and its record`
        : "its record";
  const left =
    kept.length === 0
      ? ""
      : ` Left ${countOf(kept.length, "cell")} holding your own text: ${kept.slice(0, 5).join(", ")}${kept.length > 5 ? ", …" : ""}.`;
  return `Removed LAA Monitor's ${what}.${left}`;
}
