import {
  IndicatorRow,
  ParsedValue,
  TableColumns,
  YearColumn,
  YearValue,
  numericValue,
} from "../model/table";
import { tidy } from "./text";

/** A change the column states, as a signed number, or undefined for a cell that is not one. */
function amountOf(v: ParsedValue): number | undefined {
  if (v.kind === "number") return v.value;
  if (v.kind === "relative" && v.op !== "maintain") return v.amount;
  return undefined;
}

/**
 * Targets a header states as a percentage change of the baseline ("2008/2009 (% of baseline)") are
 * relative targets, each resolved against the baseline. Where a column writes the same kind of change
 * with both signs (-4.0 beside 5.1 for reductions), it is read by its majority sign and says so on the
 * column (target.mixed-signs), rather than calling every minority cell a target in the wrong direction.
 */
export function readSigns(
  columns: TableColumns,
  rows: readonly IndicatorRow[]
): { columns: TableColumns; rows: readonly IndicatorRow[] } {
  if (!columns.targets.some((c) => c.percentOfBaseline)) return { columns, rows };
  const targets = columns.targets.map((c, i): YearColumn => {
    if (!c.percentOfBaseline) return c;
    let negative = 0;
    let positive = 0;
    for (const row of rows) {
      const a = amountOf(
        row.targets[i]?.value ?? { kind: "empty", cell: row.indicator.cell, raw: "" }
      );
      if (a === undefined || a === 0) continue;
      if (a < 0) negative++;
      else positive++;
    }
    if (negative === 0 || positive === 0) return c;
    const readAs = negative >= positive ? "reductions" : "increases";
    return { ...c, mixedSigns: { readAs, flipped: Math.min(negative, positive) } };
  });
  const out = rows.map((row) => {
    const base = numericValue(row.baseline);
    const unit = row.baseline.kind === "number" ? row.baseline.unit : undefined;
    const years = row.targets.map((t, i): YearValue => {
      const col = targets[i];
      const amount = amountOf(t.value);
      if (!col?.percentOfBaseline || amount === undefined) return t;
      const signed =
        col.mixedSigns === undefined
          ? amount
          : (col.mixedSigns.readAs === "reductions" ? -1 : 1) * Math.abs(amount);
      const value: ParsedValue = {
        kind: "relative",
        cell: t.value.cell,
        raw: t.value.raw,
        op: "add-percent",
        amount: signed,
        ...(base === undefined ? {} : { resolved: tidy(base * (1 + signed / 100)) }),
        ...(unit ? { unit } : {}),
      };
      return { ...t, value };
    });
    return { ...row, targets: years, ...polarityFrom(row, years, base) };
  });
  return { columns: { ...columns, targets }, rows: out };
}

/** A polarity read from the targets' direction is read again from the resolved targets. */
function polarityFrom(
  row: IndicatorRow,
  years: readonly YearValue[],
  base: number | undefined
): Pick<IndicatorRow, "polarity"> {
  if (row.polarity && row.polarity.source !== "targets") return {};
  const last = [...years]
    .reverse()
    .map((y) => numericValue(y.value))
    .find((n) => n !== undefined);
  if (last === undefined || base === undefined || last === base) return {};
  return { polarity: { value: last > base ? "higher" : "lower", source: "targets" } };
}
