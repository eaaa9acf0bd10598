import { DIRECTION_TERMS, STATUS_TERMS } from "../model/vocabulary";
import { yearLabel, FinancialYear } from "../model/table";
import { BoardLine, Shown } from "./lines";
import { SheetBuilder, Style } from "./sheet-builder";
import { S, STATUS_STYLE, numberStyle } from "./styles";

/** Columns of the detail and exceptions tables (0-based); Comment only when a table has comments. */
export const COL = {
  ambition: 0,
  code: 1,
  title: 2,
  baseline: 3,
  target: 4,
  actual: 5,
  status: 6,
  direction: 7,
  partners: 8,
  comment: 9,
} as const;

/** Column widths in characters: tuned so that the sheet fits one landscape page wide. */
export const COLUMN_WIDTHS: Readonly<Record<number, number>> = {
  [COL.ambition]: 20,
  [COL.code]: 9,
  [COL.title]: 34,
  [COL.baseline]: 14,
  [COL.target]: 11,
  [COL.actual]: 11,
  [COL.status]: 10,
  [COL.direction]: 13,
  [COL.partners]: 22,
  [COL.comment]: 34,
};

/** Writes a table header row; returns its row (the detail header is repeated on printed pages). */
export function writeTableHeader(
  b: SheetBuilder,
  year: FinancialYear,
  withComment: boolean
): number {
  const y = yearLabel(year);
  const heads = [
    "Ambition",
    "Code",
    "Indicator",
    "Baseline",
    `Target ${y}`,
    `Actual ${y}`,
    "Status",
    "Direction of travel",
    "Lead partners",
  ];
  if (withComment) heads.push("Comment");
  const row = b.addRow();
  heads.forEach((h, col) =>
    b.put(row, col, h, col >= COL.target && col <= COL.direction ? S.headerCenter : S.header)
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
  withComment: boolean
): void {
  let previous: string | undefined;
  for (const line of lines) {
    const row = b.addRow();
    const first = line.ambition !== previous;
    previous = line.ambition;
    b.put(row, COL.ambition, line.ambition, first ? S.textBold : S.textMuted);
    b.put(row, COL.code, line.code, S.text);
    b.put(row, COL.title, line.title, S.text);
    putShown(b, row, COL.baseline, line.baseline, S.text);
    putShown(b, row, COL.target, line.target, S.textRight);
    putShown(b, row, COL.actual, line.actual, S.textRight);
    b.put(
      row,
      COL.status,
      STATUS_TERMS[line.notDue ? "not-due" : line.status].label,
      STATUS_STYLE[line.status]
    );
    const dir = line.direction;
    b.put(
      row,
      COL.direction,
      dir ? `${DIRECTION_TERMS[dir].arrow} ${DIRECTION_TERMS[dir].word}` : null,
      S.center
    );
    b.put(row, COL.partners, line.partners === "" ? null : line.partners, S.text);
    if (withComment) b.put(row, COL.comment, line.comment === "" ? null : line.comment, S.text);
  }
}

function putShown(b: SheetBuilder, row: number, col: number, v: Shown, textStyle: Style): void {
  const style = v.numberFormat !== undefined ? numberStyle(v.numberFormat) : textStyle;
  b.put(row, col, v.value, style);
}

/** Red, or Amber and getting worse: the indicators a board must discuss. */
export function isException(line: BoardLine): boolean {
  return line.status === "red" || (line.status === "amber" && line.direction === "worsening");
}
