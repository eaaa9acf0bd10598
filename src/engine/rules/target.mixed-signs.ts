import { toA1 } from "../model/address";
import { FindingDraft, Rule } from "./rule";

/**
 * target.mixed-signs: a column of targets stated as a change of the baseline writes the same change with
 * both signs (-4.0 beside 5.1 for reductions). Reported once on the column, which is read by its majority.
 */
export const targetMixedSigns: Rule = {
  code: "target.mixed-signs",
  defaultSeverity: "warning",
  description:
    "A column of targets stated as a % of the baseline writes reductions with both signs; read by the majority.",
  hint: 'Write every change in the column the same way, e.g. -4.0 for a 4% reduction, or head the column "% reduction".',
  table(table) {
    const out: FindingDraft[] = [];
    const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.range.top;
    for (const col of table.columns.targets) {
      const mixed = col.mixedSigns;
      if (!mixed) continue;
      const n = mixed.flipped;
      out.push({
        sheet: table.sheet,
        cell: toA1(headerRow, col.col),
        row: headerRow + 1,
        message: `The column "${col.header}" writes changes with both signs; ${n} ${n === 1 ? "value was" : "values were"} read as ${mixed.readAs}, like the rest.`,
        data: { header: col.header, readAs: mixed.readAs, flipped: n },
      });
    }
    return out;
  },
};
