import { LAST_LAA_YEAR } from "../catalog";
import { yearLabel } from "../model/table";
import { NONE, Rule } from "./rule";

/**
 * table.beyond-laa: a council plan carries LAA indicators with targets past 2010/11. Those years are
 * read and shown, and noted once, but the LAA's rules apply to its own years only.
 */
export const tableBeyondLaa: Rule = {
  code: "table.beyond-laa",
  defaultSeverity: "info",
  description: "A table with target years after 2010/11, the LAA's last year (a council plan).",
  hint: "Nothing to do: targets beyond 2010/11 belong to the council's own plan and are not part of the LAA.",
  table(table) {
    const later = table.columns.targets
      .filter((c) => c.year > LAST_LAA_YEAR)
      .map((c) => yearLabel(c.year));
    if (later.length === 0) return NONE;
    const headerRow = table.headerRows[0] ?? table.range.top;
    return [
      {
        sheet: table.sheet,
        row: headerRow + 1,
        message: `The table at ${table.id} also has targets for ${later.join(", ")}, after the LAA's last year: they are read, but the LAA's rules apply to 2008/09–2010/11 only.`,
        data: { table: table.id, years: later },
      },
    ];
  },
};
