import { YearValue, yearLabel } from "../model/table";
import { NONE, Rule } from "./rule";
import { sameUnit } from "./support/direction";
import { comparableNumber, entryOf } from "./support/values";
import { at, indicatorLabel, round, shown } from "./support/where";

/**
 * target.stretch: the final target differs from the baseline by more than `settings.stretchPercent` of
 * the baseline (50% by default). A doubling in three years is rarely achievable and often a typo
 * (a percentage typed as a count, a missing decimal point). A zero baseline has no meaningful percentage
 * change and is skipped.
 */
export const targetStretch: Rule = {
  code: "target.stretch",
  defaultSeverity: "warning",
  description:
    "The final target differs from the baseline by more than the stretch threshold (50% of the baseline by default).",
  hint: "Check the final target for a typo; if the stretch is intended, record the evidence that it is achievable. The threshold is the stretchPercent setting.",
  row(row, _table, ctx) {
    const limit = ctx.settings.stretchPercent;
    const unit = entryOf(row, ctx)?.unit;
    const base = comparableNumber(row.baseline, unit);
    if (!base || round(base.value) === 0) return NONE;
    let final: YearValue | undefined;
    for (const t of row.targets) {
      if (comparableNumber(t.value, unit) && (!final || t.year > final.year)) final = t;
    }
    const n = final && comparableNumber(final.value, unit);
    if (!final || !n || !sameUnit(n, base)) return NONE;
    const change = ((n.value - base.value) / Math.abs(base.value)) * 100;
    if (Math.abs(change) <= limit) return NONE;
    return [
      {
        ...at(final.value.cell),
        indicator: indicatorLabel(row),
        message: `${yearLabel(final.year)} target ${shown(final.value)} is ${round(Math.abs(change)).toFixed(0)}% ${change > 0 ? "above" : "below"} the baseline ${shown(row.baseline)}, more than the ${limit}% stretch limit.`,
        data: {
          value: final.value.raw,
          year: yearLabel(final.year),
          resolved: round(n.value),
          baseline: round(base.value),
          changePercent: round(change),
          stretchPercent: limit,
        },
      },
    ];
  },
};
