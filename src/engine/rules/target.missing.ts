import { yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";
import { valuesOf } from "./support/values";
import { at, fieldName, indicatorLabel } from "./support/where";

/**
 * target.missing: a target year cell is empty. Each LAA target needs a value for every year it runs;
 * each empty cell is reported so the user can fill them one by one.
 */
export const targetMissing: Rule = {
  code: "target.missing",
  defaultSeverity: "error",
  description: "A target year cell is empty.",
  hint: "Enter the agreed target for the year as a number or percentage; if the target is deliberately not set for that year, say so in a comment and agree it with government.",
  row(row, table, ctx) {
    const out: FindingDraft[] = [];
    for (const { value: v, year } of valuesOf(row, table, "target", ctx)) {
      if (v.kind !== "empty") continue;
      const label = indicatorLabel(row);
      out.push({
        ...at(v.cell),
        indicator: label,
        message: `${fieldName("target", year)} is empty${label ? ` for ${label}` : ""}.`,
        data: { field: "target", year: year === undefined ? undefined : yearLabel(year) },
      });
    }
    return out;
  },
};
