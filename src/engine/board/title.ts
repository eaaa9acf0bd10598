import { BoardLine } from "./lines";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";
import { Settings } from "../model/settings";
import { describeStamp, stampOf } from "../model/stamp";
import { DIRECTION_LEGEND } from "../model/vocabulary";
import { FinancialYear, yearLabel } from "../model/table";

/** Section headings (exported so that tests find the sections without repeating the wording). */
export const HEADING = {
  summary: "Summary by ambition",
  exceptions: "Exceptions: every Red, and every Amber that is getting worse",
  quality: "Data quality: results of the LAA Monitor checks",
} as const;

/** Title, period and the legend a board member needs to read the sheet without explanation. */
export function writeTitle(
  b: SheetBuilder,
  settings: Settings,
  year: FinancialYear,
  asAtLong: string,
  lines: readonly BoardLine[]
): void {
  const name =
    settings.partnershipName.trim() === "" ? "Local Area Agreement" : settings.partnershipName;
  b.put(b.addRow(), 0, name, S.title);
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
    `Direction of travel, against the previous year: ${DIRECTION_LEGEND}.`,
    S.note
  );
  b.put(b.addRow(), 0, settingsLine(settings), S.note);
  b.skip(1);
}

/** The settings this sheet was rated with, so a reader knows what to change to see it otherwise. */
export function settingsLine(settings: Settings): string {
  return `Rated with: ${describeStamp(stampOf(settings))}. Build the board sheet again after changing a setting.`;
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
  return `Green = on or better than target; ${amber}; ${red}; No data = no actual reported, or nothing numeric to rate it against${notDue}.`;
}
