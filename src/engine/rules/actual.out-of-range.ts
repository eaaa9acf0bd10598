import { Rule } from "./rule";
import { outOfRangeCheck } from "./support/value-checks";

/**
 * actual.out-of-range: An actual is a percentage outside 0–100 or a negative count.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for actuals.
 */
export const actualOutOfRange: Rule = {
  code: "actual.out-of-range",
  defaultSeverity: "error",
  description: "An actual is a percentage outside 0–100 or a negative count.",
  hint: "Check the outturn and its unit: percentages lie between 0% and 100% and counts cannot be negative. A fraction such as 0.45 needs a % number format.",
  row: outOfRangeCheck("actual"),
};
