import { NONE, Rule } from "./rule";
import { at, indicatorLabel, quote } from "./support/where";

/**
 * polarity.unknown: nothing says whether higher or lower is better: no readable polarity column value,
 * no polarity in the catalogue, and targets too flat to show a direction. Without it the direction
 * checks are skipped and RAG reports "no data" rather than guess. Points at the polarity cell when the
 * table has a Polarity column (that is where the fix goes), else at the indicator.
 */
export const polarityUnknown: Rule = {
  code: "polarity.unknown",
  defaultSeverity: "warning",
  description: "The checker cannot tell whether higher or lower is better for an indicator.",
  hint: 'Add a "Polarity" (or "Good is") column to the table and write High or Low for this indicator.',
  row(row, table) {
    if (row.polarity) return NONE;
    const ind = row.indicator;
    if (!ind.code && !ind.badCode && ind.raw.trim() === "" && !ind.title) return NONE;
    const pc = row.polarityCell;
    const written = pc && pc.raw.trim() !== "" ? ` (${quote(pc.raw)} is not High or Low)` : "";
    return [
      {
        ...at(pc?.cell ?? ind.cell),
        indicator: indicatorLabel(row),
        message: `It is not known whether higher or lower is better for ${indicatorLabel(row) ?? "this indicator"}${written}.`,
        data: { polarityColumn: table.columns.polarity !== undefined, value: pc?.raw },
      },
    ];
  },
};
