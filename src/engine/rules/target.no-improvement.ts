import { FindingDraft, TableRule } from "./rule";
import { comparableNumber, entryOf } from "./support/values";
import { at, indicatorLabel, round, shown } from "./support/where";

/**
 * target.no-improvement: every year's target equals the baseline. An LAA target is an improvement
 * target; "maintain" for three years is allowed only with a reason (e.g. already at the ceiling).
 * Reported on the first target cell; needs the baseline and every target to be numbers.
 */
export const targetNoImprovement: TableRule = {
  code: "target.no-improvement",
  scope: "table",
  defaultSeverity: "warning",
  description: "Every year's target equals the baseline: no improvement is planned.",
  hint: "Set targets that improve on the baseline, or explain in a comment why holding the baseline is the ambition (e.g. performance is already at its ceiling).",
  check(table, ctx) {
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      const unit = entryOf(row, ctx)?.unit;
      const first = row.targets[0];
      const base = comparableNumber(row.baseline, unit);
      if (!first || !base) continue;
      const flat = row.targets.every((t) => {
        const n = comparableNumber(t.value, unit);
        return n !== undefined && round(n.value) === round(base.value);
      });
      if (!flat) continue;
      out.push({
        ...at(first.value.cell),
        indicator: indicatorLabel(row),
        message: `Every target equals the baseline ${shown(row.baseline)}: no improvement is planned.`,
        data: { baseline: round(base.value), years: row.targets.length, unit: base.unit },
      });
    }
    return out;
  },
};
