import { FindingDraft, Rule } from "./rule";
import { valuesOf } from "./support/values";
import { at, indicatorLabel, shown } from "./support/where";

/**
 * baseline.no-period: a baseline value with no period anywhere: not in the cell ("2,100 (2007/08)"), not
 * in a period column, not in the header ("Baseline (2007/08)"). A value without a date cannot be
 * compared with later data.
 */
export const baselineNoPeriod: Rule = {
  code: "baseline.no-period",
  defaultSeverity: "warning",
  description: "A baseline value with no period in its cell, its column or its header.",
  hint: 'Add the period the baseline describes, e.g. 2,100 (2007/08), or put it in the header: "Baseline (2007/08)".',
  row(row, table, ctx) {
    const out: FindingDraft[] = [];
    for (const { value: v } of valuesOf(row, table, "baseline", ctx)) {
      if (v.kind !== "number" || v.period || row.baselinePeriod || table.baselineHeaderPeriod)
        continue;
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `Baseline ${shown(v)} does not say which period it describes.`,
        data: { value: v.raw, field: "baseline" },
      });
    }
    return out;
  },
};
