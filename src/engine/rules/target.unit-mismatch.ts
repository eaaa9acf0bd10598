import { ParsedValue, yearLabel } from "../model/table";
import { NONE, Rule } from "./rule";
import { at, indicatorLabel, shown } from "./support/where";

/**
 * target.unit-mismatch: the baseline and a target are written in different units, e.g. a percentage
 * baseline "52%" with a count target "1,200", or "0.55" without a % format next to "52%". Direction and
 * stretch checks cannot compare such values, so this one says why. One finding per row, on the first
 * target whose unit differs from the baseline (or, without a numeric baseline, from the first target).
 */
export const targetUnitMismatch: Rule = {
  code: "target.unit-mismatch",
  defaultSeverity: "warning",
  description:
    "Baseline and targets are written in different units (a percentage against a count).",
  hint: "Write the baseline and every target in the same unit: add the % sign (or a % number format) to percentages, or remove it from counts.",
  row(row) {
    let reference: ParsedValue | undefined =
      row.baseline.kind === "number" ? row.baseline : undefined;
    for (const t of row.targets) {
      const v = t.value;
      if (v.kind !== "number") continue;
      if (!reference || reference.kind !== "number") {
        reference = v;
        continue;
      }
      if (v.unit === reference.unit) continue;
      const against = reference === row.baseline ? "the baseline" : "the first target";
      return [
        {
          ...at(v.cell),
          indicator: indicatorLabel(row),
          message: `${yearLabel(t.year)} target ${shown(v)} is ${unitWord(v.unit)}, but ${against} ${shown(reference)} is ${unitWord(reference.unit)}.`,
          data: {
            value: v.raw,
            year: yearLabel(t.year),
            unit: v.unit,
            referenceUnit: reference.unit,
            reference: against === "the baseline" ? "baseline" : "target",
          },
        },
      ];
    }
    return NONE;
  },
};

function unitWord(unit: string): string {
  return unit === "percent" ? "a percentage" : "a plain number";
}
