import { Rule } from "./rule";
import { placeholderCheck } from "./support/value-checks";

/**
 * actual.placeholder: An actual cell holds a placeholder (TBC, TBA, XXX, N/A, New PI, -) instead of a value.
 * The reading of the cell is shared with the other value fields (support/value-checks.ts), so a value
 * means the same thing wherever it is written; this file states what is reported for actuals.
 */
export const actualPlaceholder: Rule = {
  code: "actual.placeholder",
  defaultSeverity: "warning",
  description:
    "An actual cell holds a placeholder (TBC, TBA, XXX, N/A, New PI, -) instead of a value.",
  hint: "Enter the outturn as a number, or leave the cell empty until the data is due: RAG treats a placeholder as no data.",
  row: placeholderCheck("actual"),
};
