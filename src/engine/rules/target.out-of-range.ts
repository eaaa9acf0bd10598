import { Rule } from "./rule";
import { outOfRangeCheck } from "./support/value-checks";

/**
 * target.out-of-range: A target is a percentage outside 0–100 or a negative count.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for targets.
 */
export const targetOutOfRange: Rule = {
  code: "target.out-of-range",
  defaultSeverity: "error",
  description: "A target is a percentage outside 0–100 or a negative count.",
  hint: "Check the value and its unit: percentages lie between 0% and 100% and counts cannot be negative. A fraction such as 0.45 needs a % number format.",
  row: outOfRangeCheck("target"),
};
