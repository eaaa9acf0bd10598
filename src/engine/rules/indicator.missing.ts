import { NONE, Rule } from "./rule";
import { at } from "./support/where";

/**
 * indicator.missing: a row carries targets or a baseline but no indicator. Nobody can tell what such a
 * target measures, so it cannot be agreed.
 */
export const indicatorMissing: Rule = {
  code: "indicator.missing",
  defaultSeverity: "error",
  description: "A row of the table has values but no indicator code or title.",
  hint: "Enter the indicator's NI code and title (e.g. NI 154 Net additional homes provided), or the title of the local indicator.",
  row(row, table) {
    if (table.columns.indicator === undefined) return NONE;
    const ind = row.indicator;
    const hasTitle = ind.title !== undefined && ind.title.trim() !== "";
    if (ind.code || ind.badCode || hasTitle || ind.raw.trim() !== "") return NONE;
    return [
      {
        ...at(ind.cell),
        message: `Row ${row.row + 1} has no indicator: its baseline and targets measure nothing named.`,
        data: { priority: row.priority?.text },
      },
    ];
  },
};
