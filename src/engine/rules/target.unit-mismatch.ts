import { ParsedValue, yearLabel, targetCount, targetValue } from "../model/table";
import { FindingDraft, TableRule } from "./rule";
import { atCol, indicatorLabel, shown } from "./support/where";

/**
 * target.unit-mismatch: the baseline and a target are written in different units, e.g. a percentage
 * baseline "52%" with a count target "1,200", or "0.55" without a % format next to "52%". Direction and
 * stretch checks cannot compare such values, so this one says why. One finding per row, on the first
 * target whose unit differs from the baseline (or, without a numeric baseline, from the first target).
 */
export const targetUnitMismatch: TableRule = {
  code: "target.unit-mismatch",
  scope: "table",
  rowLocal: true,
  defaultSeverity: "warning",
  description:
    "Baseline and targets are written in different units (a percentage against a count).",
  hint: "Write the baseline and every target in the same unit: add the % sign (or a % number format) to percentages, or remove it from counts.",
  check(table) {
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      let reference: ParsedValue | undefined =
        row.baseline.kind === "number" ? row.baseline : undefined;
      // Said by a flag, not by identity: cells with the same text share one value.
      let fromBaseline = reference !== undefined;
      const cols = table.columns.targets;
      for (let i = 0; i < targetCount(row); i++) {
        const v = targetValue(row, i) as ParsedValue;
        const c = cols[i];
        if (!c || v.kind !== "number") continue;
        if (!reference || reference.kind !== "number") {
          reference = v;
          fromBaseline = false;
          continue;
        }
        if (v.unit === reference.unit) continue;
        const against = fromBaseline ? "the baseline" : "the first target";
        out.push({
          ...atCol(table, row, c.col),
          indicator: indicatorLabel(row),
          message: `${yearLabel(c.year)} target ${shown(v)} is ${unitWord(v.unit)}, but ${against} ${shown(reference)} is ${unitWord(reference.unit)}.`,
          data: {
            value: v.raw,
            year: yearLabel(c.year),
            unit: v.unit,
            referenceUnit: reference.unit,
            reference: against === "the baseline" ? "baseline" : "target",
          },
        });
        break;
      }
    }
    return out;
  },
};

function unitWord(unit: string): string {
  return unit === "percent" ? "a percentage" : "a plain number";
}
