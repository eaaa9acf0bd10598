import { NONE, Rule } from "./rule";
import { comparableNumber, entryOf } from "./support/values";
import { at, indicatorLabel, round, shown } from "./support/where";

/**
 * target.no-improvement: every year's target equals the baseline. An LAA target is an improvement
 * target; "maintain" for three years is allowed only with a reason (e.g. already at the ceiling).
 * Reported on the first target cell; needs the baseline and every target to be numbers.
 */
export const targetNoImprovement: Rule = {
  code: "target.no-improvement",
  defaultSeverity: "warning",
  description: "Every year's target equals the baseline: no improvement is planned.",
  hint: "Set targets that improve on the baseline, or explain in a comment why holding the baseline is the ambition (e.g. performance is already at its ceiling).",
  row(row, _table, ctx) {
    const unit = entryOf(row, ctx)?.unit;
    const first = row.targets[0];
    const base = comparableNumber(row.baseline, unit);
    if (!first || !base) return NONE;
    const flat = row.targets.every((t) => {
      const n = comparableNumber(t.value, unit);
      return n !== undefined && round(n.value) === round(base.value);
    });
    if (!flat) return NONE;
    return [
      {
        ...at(first.value.cell),
        indicator: indicatorLabel(row),
        message: `Every target equals the baseline ${shown(row.baseline)}: no improvement is planned.`,
        data: { baseline: round(base.value), years: row.targets.length, unit: base.unit },
      },
    ];
  },
};
