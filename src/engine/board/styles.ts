import { CellFormat } from "../model/plan";
import { SHOWN_STATUSES, STATUS_FILL, ShownStatus } from "../model/rag";
import { Style } from "./sheet-builder";

/** Statuses the board counts and colours (a not-due indicator is shown and counted as no data). */
export type BoardStatus = ShownStatus;
export const BOARD_STATUSES: readonly BoardStatus[] = SHOWN_STATUSES;

/**
 * Chart series colours: stronger than the cell fills, and still distinct in greyscale (relative
 * luminance, darkest first: Red 0.11, Awaiting data 0.31, Green 0.41, Amber 0.59, No data 0.69,
 * Not collected 0.89).
 */
export const CHART_COLORS: Readonly<Record<BoardStatus, string>> = {
  green: "#63BE7B",
  amber: "#FFC000",
  red: "#C00000",
  "no-data": "#D9D9D9",
  "awaiting-data": "#5B9BD5",
  "not-collected": "#F2F2F2",
};

/** Neutral colour of the Total data bar (it shows size, not status). */
export const TOTAL_BAR_COLOR = "#8EA9C1";

const GRID = "#A6A6A6";
const HEADER_FILL = "#DDE3EC";

const style = (key: string, format: CellFormat): Style => ({ key, format });

const body: CellFormat = { border: GRID, wrap: true, vertical: "top", fontSize: 10 };

/** The fixed styles of the board sheet. */
export const S = {
  title: style("title", { bold: true, fontSize: 16 }),
  subtitle: style("subtitle", { bold: true, fontSize: 12 }),
  note: style("note", { italic: true, fontSize: 9, fontColor: "#404040" }),
  section: style("section", { bold: true, fontSize: 13, fontColor: "#1F3864" }),
  header: style("header", { ...body, bold: true, fill: HEADER_FILL }),
  headerCenter: style("header-center", {
    ...body,
    bold: true,
    fill: HEADER_FILL,
    horizontal: "center",
  }),
  text: style("text", body),
  textMuted: style("text-muted", { ...body, fontColor: "#7F7F7F" }),
  textBold: style("text-bold", { ...body, bold: true }),
  /** Text in a numeric column ("45%", "TBC"): aligned with the numbers above and below it. */
  textRight: style("text-right", { ...body, horizontal: "right" }),
  center: style("center", { ...body, horizontal: "center" }),
  textItalic: style("text-italic", { ...body, italic: true }),
  /** "No action recorded": what a board must not miss, in bold. */
  missingAction: style("missing-action", { ...body, bold: true }),
  forecast: style("forecast", { ...body, horizontal: "center" }),
  forecastBad: style("forecast-bad", { ...body, horizontal: "center", bold: true }),
  count: style("count", { ...body, horizontal: "center", numberFormat: "0" }),
  countBold: style("count-bold", { ...body, bold: true, horizontal: "center", numberFormat: "0" }),
  plain: style("plain", { fontSize: 10 }),
  plainBold: style("plain-bold", { fontSize: 10, bold: true }),
  plainTop: style("plain-top", { fontSize: 10, vertical: "top" }),
} as const;

/** The status word's cell: its fill and dark text, bold and centred. */
export const STATUS_STYLE: Readonly<Record<BoardStatus, Style>> = statusStyles(false);
/** A header cell naming a status (the summary's column heads double as the chart legend). */
export const STATUS_HEADER_STYLE: Readonly<Record<BoardStatus, Style>> = statusStyles(true);

function statusStyles(header: boolean): Record<BoardStatus, Style> {
  const out = {} as Record<BoardStatus, Style>;
  for (const s of BOARD_STATUSES) {
    const { fill, font } = STATUS_FILL[s];
    out[s] = style(`${header ? "status-header" : "status"}:${s}`, {
      ...body,
      bold: true,
      horizontal: "center",
      fill,
      fontColor: font,
    });
  }
  return out;
}

const numberStyles = new Map<string, Style>();

/**
 * A right-aligned number cell with the given number format (one style per format, shared); italic
 * for a figure the add-in worked out (a projection) rather than one the table holds.
 */
export function numberStyle(numberFormat: string, italic = false): Style {
  const key = `${italic ? "number-italic" : "number"}:${numberFormat}`;
  let s = numberStyles.get(key);
  if (!s) {
    s = style(key, { ...body, horizontal: "right", numberFormat, ...(italic ? { italic } : {}) });
    numberStyles.set(key, s);
  }
  return s;
}
