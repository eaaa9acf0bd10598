import { IndicatorRow, Polarity, Unit } from "../../model/table";
import { round } from "./where";

/** A value reduced to what direction rules compare: its number and unit. */
export interface Comparable {
  readonly value: number;
  readonly unit?: Unit;
}

/** True when `a` is worse than `b` for the polarity; rounding keeps 45.2 equal to 45.19999999. */
export function isWorse(a: number, b: number, polarity: Polarity): boolean {
  const x = round(a);
  const y = round(b);
  return polarity === "higher" ? x < y : x > y;
}

/** Values in different units cannot be compared (target.unit-mismatch reports them instead). */
export function sameUnit(a: Comparable, b: Comparable): boolean {
  return a.unit === undefined || b.unit === undefined || a.unit === b.unit;
}

/** The polarity facts every direction finding carries in its data. */
export function polarityData(row: IndicatorRow): { polarity?: Polarity; polaritySource?: string } {
  return { polarity: row.polarity?.value, polaritySource: row.polarity?.source };
}

/** "higher is better" / "lower is better", with where that came from, for messages. */
export function polarityText(row: IndicatorRow): string {
  const p = row.polarity;
  if (!p) return "unknown polarity";
  const from =
    p.source === "table"
      ? "the table's polarity column"
      : p.source === "catalogue"
        ? "the National Indicator Set"
        : "its own targets";
  return `${p.value} is better (from ${from})`;
}
