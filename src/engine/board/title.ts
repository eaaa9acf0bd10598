import { BoardLine } from "./lines";
import { BoardPosition } from "./position";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";
import { Settings } from "../model/settings";
import { describeStamp, stampOf } from "../model/stamp";
import { directionLegend } from "../model/vocabulary";
import { FinancialYear, yearLabel } from "../model/table";

/** Section headings (exported so that tests find the sections without repeating the wording). */
export const HEADING = {
  summary: "Summary by ambition",
  exceptions:
    "Exceptions: every Red, every Amber that is getting worse, and every target off track, with its remedial action",
  reward: "Reward at stake (estimate)",
  quality: "Data quality: results of the LAA Monitor checks",
} as const;

/**
 * Title, period and the legend a board member needs to read the sheet without explanation. During
 * the year the period is the position (`position`) the indicators are rated at.
 */
export function writeTitle(
  b: SheetBuilder,
  settings: Settings,
  year: FinancialYear,
  asAtLong: string,
  lines: readonly BoardLine[],
  position?: BoardPosition
): void {
  const name =
    settings.partnershipName.trim() === "" ? "Local Area Agreement" : settings.partnershipName;
  b.put(b.addRow(), 0, name, S.title);
  b.put(b.addRow(), 0, `LAA performance at ${asAtLong}`, S.subtitle);
  const period = position
    ? position.title
    : `Year ${yearLabel(year)} (1 April ${year} to 31 March ${year + 1})`;
  b.put(b.addRow(), 0, period, S.subtitle);
  if (position) {
    b.put(
      b.addRow(),
      0,
      "Each indicator is rated at its latest period reported: a count's year to date against its target profiled to that period, a rate's latest value against the year's target. The status says the period (Amber at Q2).",
      S.note
    );
  }
  b.put(b.addRow(), 0, legend(settings), S.note);
  const notDue = lines.some((l) => l.notDue) ? "; Not due = the period has not ended yet" : "";
  b.put(
    b.addRow(),
    0,
    `No data = the figure is due and not in the table, or nothing numeric to rate; Awaiting data = the period has ended, the figure is not published yet; Not collected = no figure will exist for the year${notDue}.`,
    S.note
  );
  b.put(b.addRow(), 0, directionLegend({ years: !position, periods: Boolean(position) }), S.note);
  b.put(b.addRow(), 0, settingsLine(settings), S.note);
  b.skip(1);
}

/** The settings this sheet was rated with, so a reader knows what to change to see it otherwise. */
export function settingsLine(settings: Settings): string {
  return `Rated with: ${describeStamp(stampOf(settings))}. Build the board sheet again after changing a setting.`;
}

function legend(settings: Settings): string {
  const t = `${settings.tolerancePercent}%`;
  const amber =
    settings.amberRule === "improving"
      ? `Amber = within ${t} of target, or off target but better than last year`
      : settings.amberRule === "forecast"
        ? `Amber = within ${t} of target, or off target but on track for the final target`
        : `Amber = off target by no more than ${t}`;
  const red =
    settings.amberRule === "improving"
      ? `Red = off target by more than ${t} and not improving`
      : settings.amberRule === "forecast"
        ? `Red = off target by more than ${t} and not on track`
        : `Red = off target by more than ${t}`;
  return `Green = on or better than target; ${amber}; ${red}.`;
}
