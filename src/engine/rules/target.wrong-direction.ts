import { yearLabel } from "../model/table";
import { FindingDraft, TableRule } from "./rule";
import { isWorse, polarityData, polarityText, sameUnit } from "./support/direction";
import { comparableNumber, entryOf } from "./support/values";
import { at, indicatorLabel, round, shown } from "./support/where";

/**
 * target.wrong-direction: a target worse than the baseline for the indicator's polarity (fewer homes,
 * more crime). Reported once per row, on the first such cell. The polarity must come from the table's
 * polarity column or the catalogue: one derived from the targets themselves would make the check circular.
 */
export const targetWrongDirection: TableRule = {
  code: "target.wrong-direction",
  scope: "table",
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
      for (const t of row.targets) {
        const n = comparableNumber(t.value, unit);
        if (!n || !sameUnit(n, base) || !isWorse(n.value, base.value, polarity.value)) continue;
        out.push({
          ...at(t.value.cell),
          indicator: indicatorLabel(row),
          message: `${yearLabel(t.year)} target ${shown(t.value)} is worse than the baseline ${shown(row.baseline)}: ${polarityText(row)}.`,
          data: {
            value: t.value.raw,
            year: yearLabel(t.year),
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
