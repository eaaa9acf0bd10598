import { MISSING_DATA_STATUSES, statusPhrase } from "../model/rag";
import { FinancialYear, yearLabel } from "../model/table";
import { COL } from "./detail";
import { BoardLine } from "./lines";
import { BoardPosition } from "./position";
import { SheetBuilder } from "./sheet-builder";
import { S, STATUS_STYLE } from "./styles";

/**
 * "No figure for 2009/10, and why": every indicator of the year that is Not collected, Awaiting
 * data or No data, with the reason, so a board tells a survey that was never run from a figure
 * someone failed to report.
 */
export function writeMissing(
  b: SheetBuilder,
  lines: readonly BoardLine[],
  year: FinancialYear,
  position?: BoardPosition
): void {
  const missing = lines.filter((l) => !l.notDue && MISSING_DATA_STATUSES.includes(l.status));
  const when = position ? `at ${position.label}` : `for ${yearLabel(year)}`;
  b.put(b.addRow(), 0, `No figure ${when}, and why`, S.section);
  if (missing.length === 0) {
    b.put(b.addRow(), 0, `Every indicator has a figure ${when}.`, S.plain);
    return;
  }
  const head = b.addRow();
  b.put(head, COL.ambition, "Ambition", S.header);
  b.put(head, COL.code, "Code", S.header);
  b.put(head, COL.title, "Indicator", S.header);
  b.put(head, COL.baseline, "Status", S.headerCenter);
  // The reason runs on across the empty cells to its right, unwrapped: one line per indicator.
  b.put(head, COL.target, "Why", S.plainBold);
  for (const line of missing) {
    const row = b.addRow();
    b.put(row, COL.ambition, line.ambition, S.text);
    b.put(row, COL.code, line.code, S.text);
    b.put(row, COL.title, line.title, S.text);
    b.put(row, COL.baseline, statusPhrase(line.status, line.period), STATUS_STYLE[line.status]);
    b.put(row, COL.target, sentence(line.reason), S.plainTop);
  }
}

/** The rating's reason as a sentence: "Place Survey not run in 2009/10." */
function sentence(reason: string): string {
  const text = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
