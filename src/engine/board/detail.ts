import { FORECAST_WORD, Forecast } from "../model/forecast";
import { Direction, RagResult, RagStatus, RatingPeriod } from "../model/rag";
import { DIRECTION_TERMS, statusText } from "../model/vocabulary";
import { yearLabel, FinancialYear } from "../model/table";
import { BoardLine, Shown } from "./lines";
import { SheetBuilder, Style } from "./sheet-builder";
import { S, STATUS_STYLE, numberStyle } from "./styles";

/** Columns of the detail table (0-based); the other tables of the sheet reuse the same grid. */
export const COL = {
  ambition: 0,
  code: 1,
  title: 2,
  baseline: 3,
  target: 4,
  actual: 5,
  status: 6,
  direction: 7,
  forecast: 8,
  partners: 9,
  comment: 10,
} as const;

/** Column widths in characters: tuned so that the sheet fits one landscape page wide. */
export const COLUMN_WIDTHS: Readonly<Record<number, number>> = {
  [COL.ambition]: 20,
  [COL.code]: 9,
  [COL.title]: 32,
  [COL.baseline]: 14,
  [COL.target]: 11,
  [COL.actual]: 11,
  [COL.status]: 11,
  [COL.direction]: 12,
  [COL.forecast]: 12,
  [COL.partners]: 22,
  [COL.comment]: 32,
};

/** "Likely to achieve 2010/11?": the column head of the forecast. */
export function forecastHeading(finalYear: FinancialYear | undefined): string {
  return finalYear === undefined
    ? "Likely to achieve?"
    : `Likely to achieve ${yearLabel(finalYear)}?`;
}

/**
 * Writes a table header row; returns its row (the detail header is repeated on printed pages).
 * During the year (`inYear`) the value columns are the year's target, the target profiled to the
 * period rated and the year to date, in place of the baseline, target and actual.
 */
export function writeTableHeader(
  b: SheetBuilder,
  year: FinancialYear,
  finalYear: FinancialYear | undefined,
  withComment: boolean,
  inYear = false
): number {
  const y = yearLabel(year);
  const values = inYear
    ? [`Target ${y}`, "Profiled target", "Year to date"]
    : ["Baseline", `Target ${y}`, `Actual ${y}`];
  const heads = [
    "Ambition",
    "Code",
    "Indicator",
    ...values,
    "Status",
    "Direction of travel",
    forecastHeading(finalYear),
    "Lead partners",
  ];
  if (withComment) heads.push("Comment");
  const row = b.addRow();
  const first = inYear ? COL.baseline : COL.target;
  heads.forEach((h, col) =>
    b.put(row, col, h, col >= first && col <= COL.forecast ? S.headerCenter : S.header)
  );
  return row;
}

/**
 * Writes one row per line. The ambition is written on every row, so a printed page that starts
 * mid-group still says which ambition it is, but only the first row of a group shows it in full ink.
 */
export function writeLines(
  b: SheetBuilder,
  lines: readonly BoardLine[],
  withComment: boolean,
  inYear = false
): void {
  let previous: string | undefined;
  for (const line of lines) {
    const row = b.addRow();
    const first = line.ambition !== previous;
    previous = line.ambition;
    b.put(row, COL.ambition, line.ambition, first ? S.textBold : S.textMuted);
    b.put(row, COL.code, line.code, S.text);
    b.put(row, COL.title, line.title, S.text);
    if (inYear) {
      putShown(b, row, COL.baseline, line.target, S.textRight);
      putShown(b, row, COL.target, line.profiled, S.textRight);
    } else {
      putShown(b, row, COL.baseline, line.baseline, S.text);
      putShown(b, row, COL.target, line.target, S.textRight);
    }
    putShown(b, row, COL.actual, line.actual, S.textRight);
    putStatus(b, row, line.notDue ? "not-due" : line.status, line.period);
    putDirection(b, row, line.direction);
    putForecast(b, row, line.forecast);
    b.put(row, COL.partners, line.partners === "" ? null : line.partners, S.text);
    if (withComment) b.put(row, COL.comment, line.comment === "" ? null : line.comment, S.text);
  }
}

/** The status word with its period ("Amber at Q2"); "Not due" in the No data colours. */
export function putStatus(
  b: SheetBuilder,
  row: number,
  status: RagStatus,
  period: RatingPeriod
): void {
  const style = STATUS_STYLE[status === "not-due" ? "no-data" : status];
  b.put(row, COL.status, statusText(status, undefined, period), style);
}

export function putDirection(b: SheetBuilder, row: number, dir: Direction | undefined): void {
  b.put(
    row,
    COL.direction,
    dir ? `${DIRECTION_TERMS[dir].arrow} ${DIRECTION_TERMS[dir].word}` : null,
    S.center
  );
}

/** The forecast's word; "Off track" in bold, as a board's eye should catch it first. */
export function putForecast(b: SheetBuilder, row: number, forecast: Forecast | undefined): void {
  const style = forecast?.status === "off-track" ? S.forecastBad : S.forecast;
  b.put(row, COL.forecast, forecast ? FORECAST_WORD[forecast.status] : null, style);
}

export function putShown(
  b: SheetBuilder,
  row: number,
  col: number,
  v: Shown,
  textStyle: Style,
  italic = false
): void {
  const style = v.numberFormat !== undefined ? numberStyle(v.numberFormat, italic) : textStyle;
  b.put(row, col, v.value, style);
}

/**
 * Red, Amber and getting worse, or off track for the final target: what a board must discuss. A
 * year without a figure keeps the indicator's latest rating, so a Red last year whose figure this
 * year will never come (or has not come yet) stays on the list, as exception.no-action has it.
 */
export function isException(line: BoardLine): boolean {
  return (
    line.status === "red" ||
    (line.status === "amber" && line.direction === "worsening") ||
    line.forecast?.status === "off-track" ||
    latestRated(line)?.status === "red"
  );
}

function latestRated(line: BoardLine): RagResult | undefined {
  let latest: RagResult | undefined;
  for (const r of line.history) {
    if (r.status !== "green" && r.status !== "amber" && r.status !== "red") continue;
    if (r.year <= line.year && (!latest || r.year > latest.year)) latest = r;
  }
  return latest;
}
