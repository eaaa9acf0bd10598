import { NewSheet, PlanOutcome } from "../model/plan";
import { RagStatus } from "../model/rag";
import { Report } from "../model/report";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { stampOf } from "../model/stamp";
import { formatDate } from "../model/locale";
import { STATUS_ORDER, STATUS_TERMS } from "../model/vocabulary";
import { FinancialYear, yearLabel } from "../model/table";
import { finalYear } from "../rag/row-values";
import { COLUMN_WIDTHS, COL, isException, writeLines, writeTableHeader } from "./detail";
import { writeExceptions } from "./exceptions";
import { writeForecastSummary } from "./forecast-summary";
import { writeHeadline } from "./headline";
import { anyComments, boardLines, BoardLine } from "./lines";
import { writeMissing } from "./missing";
import { writeQuality } from "./quality";
import { writeReward } from "./reward";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";
import { boardSheetName, inTheWay, ownedAfter } from "./ownership";
import { BoardPosition, boardPosition } from "./position";
import { writeTitle } from "./title";
import { defaultYear } from "./year";

export { boardSheetName } from "./ownership";

export interface BoardOptions {
  /** Year to report; default: the latest year with actuals that ended on or before the as-at date. */
  readonly year?: FinancialYear;
}

/**
 * Plans the board status sheet "Board status <as-at>": title, summary by ambition (with a chart, and
 * data bars where no chart can be drawn), the final-year forecast by ambition, the exceptions with
 * their trend and remedial action, why figures are missing, the reward at stake, the data quality
 * of the table and every indicator in detail, laid out to print on landscape pages one page wide.
 *
 * Replaces an earlier board sheet of the same name only when the add-in made it; refuses (writing
 * nothing) when a user's sheet has that name, or when nothing is rated.
 */
export function planBoard(
  snapshot: WorkbookSnapshot,
  report: Report,
  settings: Settings,
  options: BoardOptions = {}
): PlanOutcome {
  const asAtLong = formatDate(settings.asAt);
  if (asAtLong === undefined) {
    return nothing(
      `The as-at date "${settings.asAt}" is not a date like 2010-06-30: enter it as YYYY-MM-DD.`
    );
  }
  const name = boardSheetName(settings.asAt);
  const clash = inTheWay(snapshot, name);
  if (clash) return clash;

  const year = options.year ?? defaultYear(report.rag, settings.asAt);
  if (year === undefined) {
    return nothing(
      'No indicator has been rated: add an Actual column for a year (e.g. "Actual 2009/10") to the LAA table, then build the board sheet.'
    );
  }
  const lines = boardLines(report, year);
  if (lines.length === 0) {
    return nothing(
      `No indicator is rated for ${yearLabel(year)}: choose a year that has an Actual column, or add one to the table.`
    );
  }
  const position = boardPosition(lines, year);
  const { sheet, exceptions } = layout(name, report, settings, year, asAtLong, lines, position);
  const e = exceptions;
  const period = position ? `at ${position.label}` : `for ${yearLabel(year)}`;
  return {
    ok: true,
    plan: {
      edits: [],
      newSheets: [sheet],
      owned: ownedAfter(snapshot.owned, name, stampOf(settings)),
    },
    summary: `${name}: ${lines.length} indicators ${period} (${countWords(lines)}); ${e} exception${e === 1 ? "" : "s"}.`,
  };
}

function layout(
  name: string,
  report: Report,
  settings: Settings,
  year: FinancialYear,
  asAtLong: string,
  lines: readonly BoardLine[],
  position: BoardPosition | undefined
): { sheet: NewSheet; exceptions: number } {
  const withComment = anyComments(report.tables);
  const final = report.tables.map(finalYear).find((y) => y !== undefined);
  const b = new SheetBuilder(COL.comment + 1, COLUMN_WIDTHS);
  writeTitle(b, settings, year, asAtLong, lines, position);
  const headline = writeHeadline(b, lines);
  b.skip(1);
  writeForecastSummary(b, lines, final, settings.tolerancePercent);

  b.skip(1);
  const exceptions = lines.filter(isException);
  writeExceptions(b, exceptions, final);
  b.skip(1);
  writeMissing(b, lines, year, position);
  b.skip(1);
  writeReward(b, report, final);
  b.skip(1);
  writeQuality(b, report.findings);

  // The detail table comes last, so that its header, repeated at the top of every printed page
  // from its first one, never heads a page of another table.
  b.skip(1);
  const detail = position ? position.label : `year ${yearLabel(year)}`;
  b.put(b.addRow(), 0, `Indicators in detail: ${detail}`, S.section);
  const header = writeTableHeader(b, year, final, withComment, position !== undefined);
  writeLines(b, lines, withComment, position !== undefined);
  const built = b.build();
  const sheet: NewSheet = {
    name,
    blocks: built.blocks,
    formats: built.formats,
    merges: built.merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: built.rowHeights,
    freezeRows: 2,
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      repeatRows: { first: header, last: header },
      // No user text in the footer: an "&" in a name would be read as a footer code.
      footer: `LAA performance as at ${asAtLong} - Page &P of &N`,
      paperSize: "A4",
    },
    chart: headline.chart,
    dataBars: headline.dataBars,
    activate: true,
  };
  return { sheet, exceptions: exceptions.length };
}

/**
 * "17 Green, 16 Amber, 9 Red, 1 No data, 1 Awaiting data, 17 Not due", in the vocabulary's words and
 * order: Awaiting data, Not collected and Not due only when there are some.
 */
function countWords(lines: readonly BoardLine[]): string {
  const n = (status: RagStatus): number =>
    status === "not-due"
      ? lines.filter((l) => l.notDue).length
      : lines.filter((l) => l.status === status && !l.notDue).length;
  const always: readonly RagStatus[] = ["green", "amber", "red", "no-data"];
  return STATUS_ORDER.filter((s) => always.includes(s) || n(s) > 0)
    .map((s) => `${n(s)} ${STATUS_TERMS[s].label}`)
    .join(", ");
}

function nothing(message: string): PlanOutcome {
  return { ok: false, reason: "nothing-to-write", message };
}
