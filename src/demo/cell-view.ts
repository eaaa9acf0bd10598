import type ExcelJS from "exceljs";
import { formatDate } from "../engine";

/** How the demo grid draws one cell: its text and the few formats that carry meaning (fill, bold, colour). */
export interface CellView {
  readonly text: string;
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
  readonly numeric?: boolean;
}

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{6,8}$/i.test(argb)) return undefined;
  return `#${argb.slice(-6)}`;
}

/** Decimal places a number format asks for ("0.0%" → 1). */
function decimals(numFmt: string): number {
  const m = /0\.(0+)/.exec(numFmt);
  return m?.[1]?.length ?? 0;
}

/** The value a cell shows: a formula's cached result, rich text joined, percentages as percentages. */
export function cellText(cell: ExcelJS.Cell): { text: string; numeric: boolean } {
  let v: unknown = cell.value;
  if (v && typeof v === "object" && "result" in v) v = (v as { result?: unknown }).result;
  if (v && typeof v === "object" && "richText" in v) {
    return {
      text: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(""),
      numeric: false,
    };
  }
  if (v && typeof v === "object" && "error" in v)
    return { text: String((v as { error: unknown }).error), numeric: false };
  if (typeof v === "number") {
    const fmt = cell.numFmt ?? "";
    if (fmt.includes("%")) return { text: `${(v * 100).toFixed(decimals(fmt))}%`, numeric: true };
    if (/0\.0/.test(fmt)) return { text: v.toFixed(decimals(fmt)), numeric: true };
    return { text: String(v), numeric: true };
  }
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    return { text: formatDate(iso) ?? iso, numeric: true };
  }
  if (v === null || v === undefined) return { text: "", numeric: false };
  return { text: String(v), numeric: false };
}

export function cellView(cell: ExcelJS.Cell): CellView {
  const { text, numeric } = cellText(cell);
  const fill = cell.fill?.type === "pattern" ? argbToHex(cell.fill.fgColor?.argb) : undefined;
  return {
    text,
    numeric,
    fill,
    color: argbToHex(cell.font?.color?.argb),
    bold: cell.font?.bold === true,
    wrap: cell.alignment?.wrapText === true,
  };
}
