import { IndicatorRow, LaaTable, ParsedValue, YearValue, numericValue } from "../model/table";

/** The number a cell stands for, when it is a finite number (or a resolved relative target). */
export function numberOf(v: ParsedValue | undefined): number | undefined {
  if (!v) return undefined;
  const n = numericValue(v);
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** A row's number for the year (the first when a year has two columns), from its targets or actuals. */
export function valueIn(values: readonly YearValue[], year: number): number | undefined {
  return numberOf(values.find((v) => v.year === year)?.value);
}

/** True when the value was read as a percentage (45.2 meaning 45.2%). */
export function isPercent(v: ParsedValue | undefined): boolean {
  return (v?.kind === "number" || v?.kind === "relative") && v.unit === "percent";
}

/** "NI 154", or a local indicator's title. */
export function rowLabel(row: IndicatorRow): string {
  return row.indicator.code?.label ?? row.indicator.title ?? row.indicator.raw;
}

/** The table's last target year: the year its forecasts and reward look to (2010/11 in an LAA). */
export function finalYear(table: LaaTable): number | undefined {
  let last: number | undefined;
  for (const c of table.columns.targets) if (last === undefined || c.year > last) last = c.year;
  return last;
}

/** A Tolerance column value in percent ("10%", 10, or 0.1 formatted as %); ignored unless ≥ 0. */
export function rowTolerance(row: IndicatorRow): number | undefined {
  const n = numberOf(row.tolerance);
  return n !== undefined && n >= 0 ? n : undefined;
}
