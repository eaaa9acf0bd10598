import { InYearPeriod } from "../../model/in-year";
import { IndicatorRow, LaaTable, yearLabel } from "../../model/table";
import { FindingDraft, RuleContext } from "../rule";
import { at, fieldName, indicatorLabel, quote, round, shown } from "./where";
import { entryOf, numberOf, rangeProblem, RangeProblem, ValueField, valuesOf } from "./values";

/**
 * The placeholder, not-numeric and out-of-range checks read baselines, targets and actuals the same way,
 * so each rule file states its metadata and delegates here; only the field differs.
 */
export type ValueCheck = (row: IndicatorRow, table: LaaTable, ctx: RuleContext) => FindingDraft[];

/** Finds cells holding a placeholder such as TBC, XXX, N/A, New PI or "-". */
export function placeholderCheck(field: ValueField): ValueCheck {
  return (row, table, ctx) => {
    const out: FindingDraft[] = [];
    for (const { value: v, year, period } of valuesOf(row, table, field, ctx)) {
      if (v.kind !== "placeholder") continue;
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `${fieldName(field, year, period)} is ${quote(v.text)}, a placeholder, not a value.`,
        data: { value: v.raw, field, year: yearText(year), ...periodOf(period) },
      });
    }
    return out;
  };
}

/** Finds cells holding free text or an Excel error where a number belongs. */
export function notNumericCheck(field: ValueField): ValueCheck {
  return (row, table, ctx) => {
    const out: FindingDraft[] = [];
    for (const { value: v, year, period } of valuesOf(row, table, field, ctx)) {
      const relativeBaseline = field === "baseline" && v.kind === "relative";
      if (v.kind !== "text" && v.kind !== "error" && !relativeBaseline) continue;
      const what = v.kind === "error" ? `the Excel error ${String(v.raw)}` : quote(String(v.raw));
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `${fieldName(field, year, period)} is ${what}, which is not a number.`,
        data: { value: v.raw, field, year: yearText(year), kind: v.kind, ...periodOf(period) },
      });
    }
    return out;
  };
}

const PROBLEM_TEXT: Readonly<Record<RangeProblem, string>> = {
  "percent-above-100": "a percentage above 100",
  "percent-below-0": "a negative percentage",
  "percent-below-minus-100": "a change of more than -100%",
  negative: "a negative count",
};

/** Finds percentages outside 0–100 and negative counts (change units may be negative). */
export function outOfRangeCheck(field: ValueField): ValueCheck {
  return (row, table, ctx) => {
    const out: FindingDraft[] = [];
    for (const { value: v, year, period } of valuesOf(row, table, field, ctx)) {
      const n = numberOf(v);
      if (!n) continue;
      const entry = entryOf(row, ctx);
      const problem = rangeProblem(n.value, n.unit, entry?.unit);
      if (!problem) continue;
      const resolved = v.kind === "relative" ? ` (resolves to ${round(n.value)})` : "";
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `${fieldName(field, year, period)} is ${shown(v)}${resolved}: ${PROBLEM_TEXT[problem]}.`,
        data: {
          value: v.raw,
          field,
          year: yearText(year),
          resolved: round(n.value),
          unit: n.unit,
          catalogueUnit: entry?.unit,
          problem,
          ...periodOf(period),
        },
      });
    }
    return out;
  };
}

function yearText(year: number | undefined): string | undefined {
  return year === undefined ? undefined : yearLabel(year);
}

/** The in-year period of a finding's cell, as data (nothing for a whole year's cell). */
function periodOf(period: InYearPeriod | undefined): { period?: InYearPeriod } {
  return period === undefined ? {} : { period };
}
