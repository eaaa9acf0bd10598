import { YearValue, yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";
import { Comparable, isWorse, polarityData, polarityText, sameUnit } from "./support/direction";
import { comparableNumber, entryOf } from "./support/values";
import { at, indicatorLabel, round, shown } from "./support/where";

/**
 * target.backsliding: a year's target is worse than the target of the year before (e.g. 120, 130, 125
 * homes). Reported on each backsliding cell. Any polarity will do, including one read from the targets'
 * overall direction: a dip inside a rising trajectory is still a dip.
 */
export const targetBacksliding: Rule = {
  code: "target.backsliding",
  defaultSeverity: "warning",
  description: "A year's target is worse than the previous year's target.",
  hint: "Make each year's target at least as good as the year before, or record why performance is expected to fall (e.g. a change of definition) in a comment.",
  row(row, _table, ctx) {
    const out: FindingDraft[] = [];
    const unit = entryOf(row, ctx)?.unit;
    const polarity = row.polarity?.value;
    if (!polarity) return out;
    let prev: Comparable | undefined;
    let prevCell: YearValue | undefined;
    for (const t of row.targets) {
      const n = comparableNumber(t.value, unit);
      if (!n) continue;
      if (
        prev &&
        prevCell &&
        t.year > prevCell.year &&
        sameUnit(n, prev) &&
        isWorse(n.value, prev.value, polarity)
      ) {
        out.push({
          ...at(t.value.cell),
          indicator: indicatorLabel(row),
          message: `${yearLabel(t.year)} target ${shown(t.value)} is worse than the ${yearLabel(prevCell.year)} target ${shown(prevCell.value)}: ${polarityText(row)}.`,
          data: {
            value: t.value.raw,
            year: yearLabel(t.year),
            resolved: round(n.value),
            previousYear: yearLabel(prevCell.year),
            previous: round(prev.value),
            ...polarityData(row),
          },
        });
      }
      prev = n;
      prevCell = t;
    }
    return out;
  },
};
