import { ParsedValue, yearLabel, targetCount, targetValue } from "../model/table";
import { FindingDraft, TableRule } from "./rule";
import { Comparable, isWorse, polarityData, polarityText, sameUnit } from "./support/direction";
import { comparableNumber, entryOf } from "./support/values";
import { atCol, indicatorLabel, round, shown } from "./support/where";

/**
 * target.backsliding: a year's target is worse than the target of the year before (e.g. 120, 130, 125
 * homes). Reported on each backsliding cell. Any polarity will do, including one read from the targets'
 * overall direction: a dip inside a rising trajectory is still a dip.
 */
export const targetBacksliding: TableRule = {
  code: "target.backsliding",
  scope: "table",
  rowLocal: true,
  defaultSeverity: "warning",
  description: "A year's target is worse than the previous year's target.",
  hint: "Make each year's target at least as good as the year before, or record why performance is expected to fall (e.g. a change of definition) in a comment.",
  check(table, ctx) {
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      const unit = entryOf(row, ctx)?.unit;
      const polarity = row.polarity?.value;
      if (!polarity) continue;
      let prev: Comparable | undefined;
      let prevCell: ParsedValue | undefined;
      let prevYear = -Infinity;
      const cols = table.columns.targets;
      for (let i = 0; i < targetCount(row); i++) {
        const t = targetValue(row, i) as ParsedValue;
        const c = cols[i];
        if (!c) continue;
        const n = comparableNumber(t, unit);
        if (!n) continue;
        if (
          prev &&
          prevCell &&
          c.year > prevYear &&
          sameUnit(n, prev) &&
          isWorse(n.value, prev.value, polarity)
        ) {
          out.push({
            ...atCol(table, row, c.col),
            indicator: indicatorLabel(row),
            message: `${yearLabel(c.year)} target ${shown(t)} is worse than the ${yearLabel(prevYear)} target ${shown(prevCell)}: ${polarityText(row)}.`,
            data: {
              value: t.raw,
              year: yearLabel(c.year),
              resolved: round(n.value),
              previousYear: yearLabel(prevYear),
              previous: round(prev.value),
              ...polarityData(row),
            },
          });
        }
        prev = n;
        prevCell = t;
        prevYear = c.year;
      }
    }
    return out;
  },
};
