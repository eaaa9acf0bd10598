import { NewSheet, PlanOutcome } from "../model/plan";
import { Report } from "../model/report";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { stampOf } from "../model/stamp";
import { FinancialYear, yearLabel } from "../model/table";
import { COLUMN_WIDTHS, COL, isException, writeLines, writeTableHeader } from "./detail";
import { writeHeadline } from "./headline";
import { anyComments, boardLines, BoardLine } from "./lines";
import { writeQuality } from "./quality";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";
import { boardSheetName, inTheWay, ownedAfter } from "./ownership";
import { HEADING, writeTitle } from "./title";
import { defaultYear, longDate } from "./year";

export { boardSheetName } from "./ownership";

export interface BoardOptions {
  /** Year to report; default: the latest year with actuals that ended on or before the as-at date. */
  readonly year?: FinancialYear;
}

/**
 * Plans the board status sheet "Board status <as-at>": title, summary by ambition (with a chart, and
 * data bars where no chart can be drawn), every indicator in detail, the exceptions and the data
 * quality of the table, laid out to print on landscape pages one page wide.
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
  const asAtLong = longDate(settings.asAt);
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
  const { sheet, exceptions } = layout(name, report, settings, year, asAtLong, lines);
  const e = exceptions;
  return {
    ok: true,
    plan: {
      edits: [],
      newSheets: [sheet],
      owned: ownedAfter(snapshot.owned, name, stampOf(settings)),
    },
    summary: `${name}: ${lines.length} indicators for ${yearLabel(year)} (${countWords(lines)}); ${e} exception${e === 1 ? "" : "s"}.`,
  };
}

function layout(
  name: string,
  report: Report,
  settings: Settings,
  year: FinancialYear,
  asAtLong: string,
  lines: readonly BoardLine[]
): { sheet: NewSheet; exceptions: number } {
  const withComment = anyComments(report.tables);
  const b = new SheetBuilder(COL.comment + 1, COLUMN_WIDTHS);
  writeTitle(b, settings, year, asAtLong, lines);
  const headline = writeHeadline(b, lines);

  b.skip(1);
  b.put(b.addRow(), 0, `Indicators in detail: year ${yearLabel(year)}`, S.section);
  const header = writeTableHeader(b, year, withComment);
  writeLines(b, lines, withComment);

  b.skip(1);
  const exceptions = lines.filter(isException);
  b.put(b.addRow(), 0, HEADING.exceptions, S.section);
  if (exceptions.length === 0) {
    b.put(
      b.addRow(),
      0,
      "No exceptions: no indicator is Red, and no Amber indicator is getting worse.",
      S.plain
    );
  } else {
    writeTableHeader(b, year, withComment);
    writeLines(b, exceptions, withComment);
  }

  b.skip(1);
  writeQuality(b, report.findings);
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

function countWords(lines: readonly BoardLine[]): string {
  const n = { green: 0, amber: 0, red: 0, "no-data": 0 };
  for (const l of lines) n[l.status]++;
  return `${n.green} Green, ${n.amber} Amber, ${n.red} Red, ${n["no-data"]} No data`;
}

function nothing(message: string): PlanOutcome {
  return { ok: false, reason: "nothing-to-write", message };
}
