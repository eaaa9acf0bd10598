import { Rule } from "./rule";
import { placeholderCheck } from "./support/value-checks";

/**
 * baseline.placeholder: A baseline cell holds a placeholder (TBC, TBA, XXX, N/A, New PI, -) instead of a value.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for baselines.
 */
export const baselinePlaceholder: Rule = {
  code: "baseline.placeholder",
  defaultSeverity: "error",
  description:
    "A baseline cell holds a placeholder (TBC, TBA, XXX, N/A, New PI, -) instead of a value.",
  hint: 'Enter the latest measured value and its period, e.g. 52% (2007); if no value exists yet, say where it will come from (e.g. "Baseline to be set from the Place Survey 2008").',
  row: placeholderCheck("baseline"),
};
