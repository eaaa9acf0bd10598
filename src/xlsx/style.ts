/** CellFormat (the plan's format) → an ExcelJS style, merged over the cell's existing style. */
import ExcelJS from "exceljs";
import { CellFormat } from "../engine";

/** "#C6EFCE" → "FFC6EFCE" (ExcelJS wants alpha first). */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** A new style object: `base` with the format's properties laid over it (base is never mutated). */
export function formatToStyle(base: Partial<ExcelJS.Style>, f: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...base };
  if (f.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  if (f.fontColor || f.bold !== undefined || f.italic !== undefined || f.fontSize) {
    style.font = {
      ...base.font,
      ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
      ...(f.fontSize ? { size: f.fontSize } : {}),
    };
  }
  if (f.numberFormat) style.numFmt = f.numberFormat;
  if (f.wrap !== undefined || f.horizontal || f.vertical) {
    style.alignment = {
      ...base.alignment,
      ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
      ...(f.horizontal ? { horizontal: f.horizontal } : {}),
      ...(f.vertical ? { vertical: f.vertical === "center" ? "middle" : f.vertical } : {}),
    };
  }
  if (f.border) {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(f.border) } };
    style.border = { top: side, left: side, bottom: side, right: side };
  }
  return style;
}
