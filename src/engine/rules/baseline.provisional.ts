import { FindingDraft, Rule } from "./rule";
import { valuesOf } from "./support/values";
import { at, indicatorLabel, quote, round } from "./support/where";

/**
 * baseline.provisional: the baseline has a value but is marked as not final ("48.5% (TBC by CSD)",
 * "55 (provisional)"). Targets set against it may move when it is confirmed.
 */
export const baselineProvisional: Rule = {
  code: "baseline.provisional",
  defaultSeverity: "warning",
  description: "A baseline value marked as provisional or to be confirmed.",
  hint: "Confirm the value with its data owner, then remove the note; check the targets still hold against the confirmed baseline.",
  row(row, table, ctx) {
    const out: FindingDraft[] = [];
    for (const { value: v } of valuesOf(row, table, "baseline", ctx)) {
      if (v.kind !== "number" || !v.provisional) continue;
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `Baseline ${quote(String(v.raw))} is provisional.`,
        data: {
          value: v.raw,
          field: "baseline",
          resolved: round(v.value),
          unit: v.unit,
          note: v.note,
        },
      });
    }
    return out;
  },
};
