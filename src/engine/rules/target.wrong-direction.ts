import { yearLabel } from "../model/table";
import { NONE, Rule } from "./rule";
import { isWorse, polarityData, polarityText, sameUnit } from "./support/direction";
import { comparableNumber, entryOf } from "./support/values";
import { at, indicatorLabel, round, shown } from "./support/where";

/**
 * target.wrong-direction: a target worse than the baseline for the indicator's polarity (fewer homes,
 * more crime). Reported once per row, on the first such cell. The polarity must come from the table's
 * polarity column or the catalogue: one derived from the targets themselves would make the check circular.
 */
export const targetWrongDirection: Rule = {
  code: "target.wrong-direction",
  defaultSeverity: "error",
  description: "A target that is worse than the baseline for the indicator's polarity.",
  hint: "Check the target and the polarity: an improvement target must be above the baseline when higher is better and below it when lower is better. If the polarity is wrong, correct the table's Polarity column.",
  row(row, _table, ctx) {
    const unit = entryOf(row, ctx)?.unit;
    const polarity = row.polarity;
    const base = comparableNumber(row.baseline, unit);
    if (!polarity || polarity.source === "targets" || !base) return NONE;
    for (const t of row.targets) {
      const n = comparableNumber(t.value, unit);
      if (!n || !sameUnit(n, base) || !isWorse(n.value, base.value, polarity.value)) continue;
      return [
        {
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
        },
      ];
    }
    return NONE;
  },
};
