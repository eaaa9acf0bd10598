import { yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";
import { valuesOf } from "./support/values";
import { at, fieldName, indicatorLabel, quote, round } from "./support/where";

/**
 * target.relative: a target written as a change ("+2%", "reduce by 5%", "maintain"). The checker resolves
 * it against the baseline (first year) or the previous year's target and reports the number it reads, so
 * the user can confirm that is what was meant; government returns want the absolute figure.
 */
export const targetRelative: Rule = {
  code: "target.relative",
  defaultSeverity: "info",
  description:
    "A target written as a change from the baseline or previous year; reports the value it resolves to.",
  hint: "Write the absolute target (the resolved value) in the cell, and keep the relative wording in a comment if it helps.",
  row(row, table, ctx) {
    const out: FindingDraft[] = [];
    for (const { value: v, year } of valuesOf(row, table, "target", ctx)) {
      if (v.kind !== "relative") continue;
      const pct = v.unit === "percent" ? "%" : "";
      const resolved =
        v.resolved === undefined
          ? "it cannot be resolved because the baseline or previous target it refers to is not a number"
          : `it resolves to ${round(v.resolved)}${pct}`;
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `${fieldName("target", year)} is the relative ${quote(String(v.raw))}: ${resolved}.`,
        data: {
          value: v.raw,
          field: "target",
          year: year === undefined ? undefined : yearLabel(year),
          op: v.op,
          amount: v.amount,
          resolved: v.resolved === undefined ? undefined : round(v.resolved),
          unit: v.unit,
        },
      });
    }
    return out;
  },
};
