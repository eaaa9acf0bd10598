import { Rule } from "./rule";
import { notNumericCheck } from "./support/value-checks";

/**
 * baseline.not-numeric: A baseline cell holds free text or an Excel error where a number belongs.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for baselines.
 */
export const baselineNotNumeric: Rule = {
  code: "baseline.not-numeric",
  defaultSeverity: "error",
  description: "A baseline cell holds free text or an Excel error where a number belongs.",
  hint: "Enter the baseline as a number or percentage with its period, e.g. 2,100 (2007/08); move any explanation to a comment.",
  row: notNumericCheck("baseline"),
};
