import { RangeRef } from "../model/cell";
import { ChartSpec, DataBarSpec } from "../model/plan";
import { STATUS_TERMS } from "../model/vocabulary";
import { BoardLine, ambitionKey } from "./lines";
import { HEADING } from "./title";
import { SheetBuilder } from "./sheet-builder";
import {
  BOARD_STATUSES,
  BoardStatus,
  CHART_COLORS,
  S,
  STATUS_HEADER_STYLE,
  TOTAL_BAR_COLOR,
} from "./styles";

/** Counts of one ambition (or of all indicators). */
export interface StatusCounts {
  readonly label: string;
  readonly counts: Record<BoardStatus, number>;
  total: number;
}

/** Where the headline sits, so the chart and the data bar can point at it. */
export interface Headline {
  readonly chart: ChartSpec;
  readonly dataBars: readonly DataBarSpec[];
  readonly overall: StatusCounts;
}

/**
 * The headline table lives in columns C–J: the category (ambition) column sits right next to the
 * counts so that one contiguous range feeds the chart, and the wide Indicator column (C) of the
 * detail table gives long ambition names room. The chart sits under the table, as wide as it: beside
 * it, one column was too narrow to read the ambitions and the axis.
 */
export const LABEL_COL = 2;
/** Rows the chart needs to be legible: a bar a row for each ambition, and the legend. */
const CHART_MIN_ROWS = 10;

/** Counts by ambition, in the order the lines are grouped. */
export function countByAmbition(lines: readonly BoardLine[]): {
  groups: StatusCounts[];
  overall: StatusCounts;
} {
  const byKey = new Map<string, StatusCounts>();
  const overall = emptyCounts("All indicators");
  for (const line of lines) {
    const key = ambitionKey(line.ambition);
    let c = byKey.get(key);
    if (!c) {
      c = emptyCounts(line.ambition);
      byKey.set(key, c);
    }
    c.counts[line.status]++;
    c.total++;
    overall.counts[line.status]++;
    overall.total++;
  }
  return { groups: [...byKey.values()], overall };
}

/** Writes the section heading, the counts table and reserves room for the chart beside it. */
export function writeHeadline(b: SheetBuilder, lines: readonly BoardLine[]): Headline {
  const { groups, overall } = countByAmbition(lines);
  b.put(b.addRow(), 0, HEADING.summary, S.section);
  const top = b.addRow();
  b.put(top, LABEL_COL, "Ambition", S.header);
  BOARD_STATUSES.forEach((s, i) =>
    b.put(top, LABEL_COL + 1 + i, STATUS_TERMS[s].label, STATUS_HEADER_STYLE[s])
  );
  const totalCol = LABEL_COL + 1 + BOARD_STATUSES.length;
  b.put(top, totalCol, "Total", S.headerCenter);
  for (const g of groups) writeCounts(b, g, false);
  const lastGroupRow = b.nextRow - 1;
  writeCounts(b, overall, true);
  const tableBottom = b.nextRow - 1;
  const chartTop = tableBottom + 2;
  const chartBottom = chartTop + Math.max(CHART_MIN_ROWS, groups.length + 5) - 1;
  b.skip(chartBottom - tableBottom);

  const dataRange: RangeRef = { top, left: LABEL_COL, bottom: lastGroupRow, right: totalCol - 1 };
  return {
    chart: {
      type: "stacked-bar",
      title: "Indicators by status and ambition",
      dataRange,
      anchor: { top: chartTop, left: LABEL_COL, bottom: chartBottom, right: totalCol },
      seriesColors: BOARD_STATUSES.map((s) => CHART_COLORS[s]),
    },
    // The .xlsx stand-in for the chart: ExcelJS cannot write charts, so a file written without Excel
    // shows each ambition's size as a data bar in its Total cell (the adapter skips `chart`).
    dataBars: [
      {
        range: { top: top + 1, left: totalCol, bottom: lastGroupRow, right: totalCol },
        color: TOTAL_BAR_COLOR,
      },
    ],
    overall,
  };
}

function writeCounts(b: SheetBuilder, c: StatusCounts, bold: boolean): void {
  const row = b.addRow();
  b.put(row, LABEL_COL, c.label, bold ? S.textBold : S.text);
  const count = bold ? S.countBold : S.count;
  BOARD_STATUSES.forEach((s, i) => b.put(row, LABEL_COL + 1 + i, c.counts[s], count));
  b.put(row, LABEL_COL + 1 + BOARD_STATUSES.length, c.total, count);
}

function emptyCounts(label: string): StatusCounts {
  const counts = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<
    BoardStatus,
    number
  >;
  return { label, counts, total: 0 };
}
