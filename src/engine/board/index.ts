import { NewSheet, PlanOutcome } from "../model/plan";
import { Report } from "../model/report";
import { Settings } from "../model/settings";
import { OwnedArea, WorkbookSnapshot } from "../model/snapshot";
import { FinancialYear, yearLabel } from "../model/table";
import { COLUMN_WIDTHS, COL, isException, writeLines, writeTableHeader } from "./detail";
import { writeHeadline } from "./headline";
import { anyComments, boardLines, BoardLine } from "./lines";
import { writeQuality } from "./quality";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";
import { defaultYear, longDate } from "./year";

export interface BoardOptions {
  /** Year to report; default: the latest year with actuals that ended on or before the as-at date. */
  readonly year?: FinancialYear;
}

/** Name of the board sheet for an as-at date: "Board status 2010-06-30". */
export function boardSheetName(asAt: string): string {
  return `Board status ${asAt}`;
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
    plan: { edits: [], newSheets: [sheet], owned: ownedAfter(snapshot.owned, name) },
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
  b.put(b.addRow(), 0, "Exceptions: every Red, and every Amber that is getting worse", S.section);
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

/** Title, period and the legend a board member needs to read the sheet without explanation. */
function writeTitle(
  b: SheetBuilder,
  settings: Settings,
  year: FinancialYear,
  asAtLong: string,
  lines: readonly BoardLine[]
): void {
  b.put(b.addRow(), 0, settings.partnershipName, S.title);
  b.put(b.addRow(), 0, `LAA performance at ${asAtLong}`, S.subtitle);
  b.put(
    b.addRow(),
    0,
    `Year ${yearLabel(year)} (1 April ${year} to 31 March ${year + 1})`,
    S.subtitle
  );
  b.put(b.addRow(), 0, legend(settings, lines), S.note);
  b.put(
    b.addRow(),
    0,
    "Direction of travel, against the previous year: ▲ improving, ▼ worsening, ▶ no change.",
    S.note
  );
  b.skip(1);
}

function legend(settings: Settings, lines: readonly BoardLine[]): string {
  const t = `${settings.tolerancePercent}%`;
  const amber =
    settings.amberRule === "improving"
      ? `Amber = within ${t} of target, or off target but better than last year`
      : `Amber = off target by no more than ${t}`;
  const red =
    settings.amberRule === "improving"
      ? `Red = off target by more than ${t} and not improving`
      : `Red = off target by more than ${t}`;
  const notDue = lines.some((l) => l.notDue) ? " (Not due = the year has not ended yet)" : "";
  return `Green = on or better than target; ${amber}; ${red}; No data = no actual reported${notDue}.`;
}

function countWords(lines: readonly BoardLine[]): string {
  const n = { green: 0, amber: 0, red: 0, "no-data": 0 };
  for (const l of lines) n[l.status]++;
  return `${n.green} Green, ${n.amber} Amber, ${n.red} Red, ${n["no-data"]} No data`;
}

/** A sheet of that name that the add-in did not make stops the plan; its own is replaced. */
function inTheWay(snapshot: WorkbookSnapshot, name: string): PlanOutcome | undefined {
  const lower = name.toLowerCase();
  // Excel compares sheet names without regard to case.
  const existing = snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
  if (!existing || ownsBoard(snapshot.owned, existing.name)) return undefined;
  return {
    ok: false,
    reason: "in-the-way",
    sheet: existing.name,
    message: `A sheet named '${existing.name}' already exists and was not made by LAA Monitor: rename it, or choose another as-at date.`,
  };
}

function ownsBoard(owned: readonly OwnedArea[], name: string): boolean {
  const lower = name.toLowerCase();
  return owned.some((o) => o.kind === "board-sheet" && o.sheet.toLowerCase() === lower);
}

/** The ownership record after the plan: everything owned before, plus this sheet once. */
function ownedAfter(owned: readonly OwnedArea[], name: string): OwnedArea[] {
  const lower = name.toLowerCase();
  const others = owned.filter(
    (o) => !(o.kind === "board-sheet" && o.sheet.toLowerCase() === lower)
  );
  return [...others, { kind: "board-sheet", sheet: name }];
}

function nothing(message: string): PlanOutcome {
  return { ok: false, reason: "nothing-to-write", message };
}
