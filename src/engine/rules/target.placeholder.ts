import { Rule } from "./rule";
import { placeholderCheck } from "./support/value-checks";

/**
 * target.placeholder: A target cell holds a placeholder (TBC, TBA, XXX, N/A, New PI, -) instead of a value.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for targets.
 */
export const targetPlaceholder: Rule = {
  code: "target.placeholder",
  defaultSeverity: "error",
  description:
    "A target cell holds a placeholder (TBC, TBA, XXX, N/A, New PI, -) instead of a value.",
  hint: "Agree the target and enter it as a number or percentage, e.g. 48.5%; an unagreed target cannot go to government.",
  row: placeholderCheck("target"),
};
