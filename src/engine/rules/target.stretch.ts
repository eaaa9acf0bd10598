import { ParsedValue, YearColumn, yearLabel, targetCount, targetValue } from "../model/table";
import { FindingDraft, TableRule } from "./rule";
import { sameUnit } from "./support/direction";
import { comparableNumber, entryOf } from "./support/values";
import { atCol, indicatorLabel, round, shown } from "./support/where";

/**
 * target.stretch: the final target differs from the baseline by more than `settings.stretchPercent` of
 * the baseline (50% by default). A doubling in three years is rarely achievable and often a typo
 * (a percentage typed as a count, a missing decimal point). A zero baseline has no meaningful percentage
 * change and is skipped.
 */
export const targetStretch: TableRule = {
  code: "target.stretch",
  scope: "table",
  rowLocal: true,
  defaultSeverity: "warning",
  description:
    "The final target differs from the baseline by more than the stretch threshold (50% of the baseline by default).",
  hint: "Check the final target for a typo; if the stretch is intended, record the evidence that it is achievable. The threshold is the stretchPercent setting.",
  check(table, ctx) {
    const limit = ctx.settings.stretchPercent;
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      const unit = entryOf(row, ctx)?.unit;
      const base = comparableNumber(row.baseline, unit);
      if (!base || round(base.value) === 0) continue;
      // The latest year with a comparable target (the table's columns give each target its year).
      let final: ParsedValue | undefined;
      let last: YearColumn | undefined;
      const cols = table.columns.targets;
      for (let i = 0; i < targetCount(row); i++) {
        const t = targetValue(row, i) as ParsedValue;
        const c = cols[i];
        if (c && comparableNumber(t, unit) && (!last || c.year > last.year)) {
          final = t;
          last = c;
        }
      }
      const n = final && comparableNumber(final, unit);
      if (!final || !last || !n || !sameUnit(n, base)) continue;
      const change = ((n.value - base.value) / Math.abs(base.value)) * 100;
      if (Math.abs(change) <= limit) continue;
      out.push({
        ...atCol(table, row, last.col),
        indicator: indicatorLabel(row),
        message: `${yearLabel(last.year)} target ${shown(final)} is ${round(Math.abs(change)).toFixed(0)}% ${change > 0 ? "above" : "below"} the baseline ${shown(row.baseline)}, more than the ${limit}% stretch limit.`,
        data: {
          value: final.raw,
          year: yearLabel(last.year),
          resolved: round(n.value),
          baseline: round(base.value),
          changePercent: round(change),
          stretchPercent: limit,
        },
      });
    }
    return out;
  },
};
