import { CellRef, CellValue } from "../model/cell";
import { IndicatorRow, RefreshStatus, RowRefresh, TableColumns, YearValue } from "../model/table";
import { parseValue } from "./values";

const STATUS: readonly [RegExp, RefreshStatus][] = [
  [/^refreshed\b/, "refreshed"],
  [/^(?:no change|unchanged)\b/, "no-change"],
  [/^(?:removed|deleted|withdrawn)\b/, "removed"],
  [/^new\b/, "new"],
  [/^outstanding\b/, "outstanding"],
];

/** A status cell: "Refreshed (2010 target developed at Refresh)", "Removed NI 74 to be removed due to …". */
export function parseRefreshStatus(
  raw: string,
  cell: CellRef
): Pick<RowRefresh, "status" | "cell" | "reason"> | undefined {
  const text = raw.replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  for (const [re, status] of STATUS) {
    const m = re.exec(lower);
    if (!m) continue;
    const reason = text
      .slice(m[0].length)
      .replace(/^[\s:;,.-]*\(?|\)?\s*$/g, "")
      .trim();
    return reason === "" ? { status, cell } : { status, cell, reason };
  }
  return undefined;
}

const NO_CHANGE = /^no change(?: to)? (?:the )?(?:baseline|target)s?$/i;
const NEW_TARGET = /^(?:new|revised|refreshed) target(?: established| agreed| set)?[:\s]*(.*)$/i;
const DELETED = /^target (?:deleted|removed|withdrawn)$/i;

/** What one cell of a refresh line says, or undefined when it is not refresh wording. */
function phrase(
  text: string
): { kind: "no-change" | "new" | "deleted"; value: string } | undefined {
  if (NO_CHANGE.test(text)) return { kind: "no-change", value: "" };
  if (DELETED.test(text)) return { kind: "deleted", value: "" };
  const m = NEW_TARGET.exec(text);
  return m ? { kind: "new", value: (m[1] ?? "").trim() } : undefined;
}

const tidyText = (v: CellValue): string =>
  typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";

/**
 * True when the row is the refresh line under an indicator: its value cells hold refresh wording
 * ("No change to baseline", "New target established 56.20%", "Target deleted") and nothing else.
 */
export function isRefreshLine(cell: (col: number) => CellValue, columns: TableColumns): boolean {
  const cols = [columns.baseline, ...columns.targets.map((t) => t.col)];
  let phrases = 0;
  for (const col of cols) {
    if (col === undefined) continue;
    const text = tidyText(cell(col));
    if (text === "") continue;
    if (!phrase(text)) return false;
    phrases++;
  }
  return phrases > 0;
}

/** The row above with its refresh line applied: a new target replaces the printed one, kept as original. */
export function applyRefreshLine(
  row: IndicatorRow,
  line: number,
  cell: (col: number) => CellValue,
  columns: TableColumns
): IndicatorRow {
  const sheet = row.indicator.cell.sheet;
  const written: { cell: CellRef; text: string }[] = [];
  const targets = row.targets.map((t, i): YearValue => {
    const col = columns.targets[i]?.col;
    const text = col === undefined ? "" : tidyText(cell(col));
    const said = text === "" ? undefined : phrase(text);
    if (col === undefined || !said) return t;
    const at = { sheet, row: line, col };
    written.push({ cell: at, text });
    if (said.kind === "no-change") return { ...t, refresh: "no-change" };
    if (said.kind === "deleted")
      return {
        year: t.year,
        value: { kind: "empty", cell: at, raw: "" },
        original: t.value,
        refresh: "deleted",
      };
    const value = parseValue(said.value, "General", at);
    return { year: t.year, value, original: t.value, refresh: "new" };
  });
  if (columns.baseline !== undefined) {
    const text = tidyText(cell(columns.baseline));
    if (text !== "") written.unshift({ cell: { sheet, row: line, col: columns.baseline }, text });
  }
  return { ...row, targets, refresh: { ...row.refresh, line: written } };
}
