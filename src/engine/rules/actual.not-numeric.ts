import { Rule } from "./rule";
import { notNumericCheck } from "./support/value-checks";

/**
 * actual.not-numeric: An actual cell holds free text or an Excel error where a number belongs.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for actuals.
 */
export const actualNotNumeric: Rule = {
  code: "actual.not-numeric",
  defaultSeverity: "error",
  description: "An actual cell holds free text or an Excel error where a number belongs.",
  hint: "Enter the outturn as a number or percentage; fix any formula that returns an error. RAG cannot rate this year until then.",
  row: notNumericCheck("actual"),
};
