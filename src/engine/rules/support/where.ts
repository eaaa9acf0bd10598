import { InYearPeriod, inYearLabel } from "../../model/in-year";
import { toA1 } from "../../model/address";
import { CellRef } from "../../model/cell";
import { FinancialYear, IndicatorRow, ParsedValue, yearLabel } from "../../model/table";

/** Where a finding points: the sheet, the A1 cell the user must change and Excel's 1-based row. */
export interface Place {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
}

/** A cell reference as the place a finding points at. */
export function at(ref: CellRef): Place {
  return { sheet: ref.sheet, cell: toA1(ref.row, ref.col), row: ref.row + 1 };
}

/** The indicator label a finding carries: the NI code label, else the local title as written. */
export function indicatorLabel(row: IndicatorRow): string | undefined {
  const code = row.indicator.code?.label;
  if (code) return code;
  const text = (row.indicator.title ?? row.indicator.raw).trim();
  return text === "" ? undefined : text;
}

/** Long cell text is cut so that one finding stays one readable line. */
const MAX_QUOTE = 60;

/** Quotes user text for a message: `"N/A"`, cut at 60 characters. */
export function quote(text: string): string {
  // Most cells are short and single-line: skip the whitespace rewrite for them.
  const t = /[\t\n\r]| {2}/.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
  return `"${t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t}"`;
}

/** A value as the user sees it: percent values with their sign, text quoted. */
export function shown(v: ParsedValue): string {
  if (v.kind === "number")
    return v.unit === "percent" ? `${round(v.value)}%` : String(round(v.value));
  return quote(String(v.raw));
}

/** Rounds away binary noise (0.452 × 100 = 45.199999…) without hiding real decimals. */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** "Baseline", "2010/11 target", "2008/09 actual": how messages name a value cell. */
export function fieldName(
  field: "baseline" | "target" | "actual",
  year?: FinancialYear,
  period?: InYearPeriod
): string {
  if (field === "baseline" || year === undefined) return field === "baseline" ? "Baseline" : field;
  if (period !== undefined) return `${inYearLabel(period, year)} ${field}`;
  return `${yearLabel(year)} ${field}`;
}
