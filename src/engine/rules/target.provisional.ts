import { yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";
import { valuesOf } from "./support/values";
import { at, fieldName, indicatorLabel, quote, round } from "./support/where";

/**
 * target.provisional: a target value carries a note that it is not final ("48.5% (TBC)",
 * "55.7 (for 2009)", "(provisional)"). Targets agreed with government cannot be changed without approval,
 * so a provisional one must be settled before submission.
 */
export const targetProvisional: Rule = {
  code: "target.provisional",
  defaultSeverity: "warning",
  description: "A target value marked as provisional or to be confirmed.",
  hint: "Agree the final figure with the lead partner, then remove the note from the cell.",
  row(row, table, ctx) {
    const out: FindingDraft[] = [];
    for (const { value: v, year } of valuesOf(row, table, "target", ctx)) {
      if (v.kind !== "number" || !v.provisional) continue;
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `${fieldName("target", year)} ${quote(String(v.raw))} is provisional.`,
        data: {
          value: v.raw,
          field: "target",
          year: year === undefined ? undefined : yearLabel(year),
          resolved: round(v.value),
          unit: v.unit,
          note: v.note,
        },
      });
    }
    return out;
  },
};
