import { ParsedValue, yearLabel, targetCount, targetValue } from "../model/table";
import { FindingDraft, TableRule } from "./rule";
import { isWorse, polarityData, polarityText, sameUnit } from "./support/direction";
import { comparableNumber, entryOf } from "./support/values";
import { atCol, indicatorLabel, round, shown } from "./support/where";

/**
 * target.wrong-direction: a target worse than the baseline for the indicator's polarity (fewer homes,
 * more crime). Reported once per row, on the first such cell. The polarity must come from the table's
 * polarity column or the catalogue: one derived from the targets themselves would make the check circular.
 */
export const targetWrongDirection: TableRule = {
  code: "target.wrong-direction",
  scope: "table",
  rowLocal: true,
  defaultSeverity: "error",
  description: "A target that is worse than the baseline for the indicator's polarity.",
  hint: "Check the target and the polarity: an improvement target must be above the baseline when higher is better and below it when lower is better. If the polarity is wrong, correct the table's Polarity column.",
  check(table, ctx) {
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      const unit = entryOf(row, ctx)?.unit;
      const polarity = row.polarity;
      if (!polarity || polarity.source === "targets") continue;
      const base = comparableNumber(row.baseline, unit);
      if (!base) continue;
      const cols = table.columns.targets;
      for (let i = 0; i < targetCount(row); i++) {
        const t = targetValue(row, i) as ParsedValue;
        const c = cols[i];
        const n = comparableNumber(t, unit);
        if (!c || !n || !sameUnit(n, base) || !isWorse(n.value, base.value, polarity.value))
          continue;
        out.push({
          ...atCol(table, row, c.col),
          indicator: indicatorLabel(row),
          message: `${yearLabel(c.year)} target ${shown(t)} is worse than the baseline ${shown(row.baseline)}: ${polarityText(row)}.`,
          data: {
            value: t.raw,
            year: yearLabel(c.year),
            resolved: round(n.value),
            baseline: round(base.value),
            ...polarityData(row),
          },
        });
        break;
      }
    }
    return out;
  },
};
