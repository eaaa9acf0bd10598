import { RangeRef } from "../model/cell";
import { ChartSpec, DataBarSpec } from "../model/plan";
import { STATUS_TERMS } from "../model/vocabulary";
import { BoardLine } from "./lines";
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
 * The headline table lives in columns C–H: the category (ambition) column sits right next to the
 * counts so that one contiguous range feeds the chart, and the wide Indicator column (C) of the detail
 * table gives long ambition names room. The chart is anchored to its right (columns I–J).
 */
const LABEL_COL = 2;
const CHART_LEFT = 8;
const CHART_RIGHT = 9;
/** Rows the chart needs to be legible, even for two or three ambitions. */
const CHART_MIN_ROWS = 12;

/** Counts by ambition, in the order the lines are grouped. */
export function countByAmbition(lines: readonly BoardLine[]): {
  groups: StatusCounts[];
  overall: StatusCounts;
} {
  const byKey = new Map<string, StatusCounts>();
  const overall = emptyCounts("All indicators");
  for (const line of lines) {
    const key = line.ambition.trim().replace(/\s+/g, " ").toLowerCase();
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
  const chartBottom = top + Math.max(CHART_MIN_ROWS, tableBottom - top + 1) - 1;
  if (chartBottom > tableBottom) b.skip(chartBottom - tableBottom);

  const dataRange: RangeRef = { top, left: LABEL_COL, bottom: lastGroupRow, right: totalCol - 1 };
  return {
    chart: {
      type: "stacked-bar",
      title: "Indicators by status and ambition",
      dataRange,
      anchor: { top, left: CHART_LEFT, bottom: chartBottom, right: CHART_RIGHT },
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
  return { label, counts: { green: 0, amber: 0, red: 0, "no-data": 0 }, total: 0 };
}
