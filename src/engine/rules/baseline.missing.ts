import { FindingDraft, Rule } from "./rule";
import { valuesOf } from "./support/values";
import { at, indicatorLabel } from "./support/where";

/**
 * baseline.missing: the baseline cell is empty. The board's first challenge is "based on good evidence":
 * without a baseline no target can be judged achievable or checked for direction.
 */
export const baselineMissing: Rule = {
  code: "baseline.missing",
  defaultSeverity: "error",
  description: "An indicator has no baseline.",
  hint: 'Enter the latest measured value with its period, e.g. 52% (2007); if it is not measured yet, write where it will come from (e.g. "Baseline to be set from the Place Survey 2008").',
  row(row, table, ctx) {
    const out: FindingDraft[] = [];
    for (const { value: v } of valuesOf(row, table, "baseline", ctx)) {
      if (v.kind !== "empty") continue;
      const label = indicatorLabel(row);
      out.push({
        ...at(v.cell),
        indicator: label,
        message: `Baseline is empty${label ? ` for ${label}` : ""}.`,
        data: { field: "baseline" },
      });
    }
    return out;
  },
};
