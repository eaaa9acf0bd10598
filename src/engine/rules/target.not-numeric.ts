import { Rule } from "./rule";
import { notNumericCheck } from "./support/value-checks";

/**
 * target.not-numeric: A target cell holds free text or an Excel error where a number belongs.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for targets.
 */
export const targetNotNumeric: Rule = {
  code: "target.not-numeric",
  defaultSeverity: "error",
  description: "A target cell holds free text or an Excel error where a number belongs.",
  hint: 'Enter the target as a number or percentage (e.g. 48.5%), or a relative statement such as "reduce by 5%"; fix any formula that returns an error.',
  row: notNumericCheck("target"),
};
