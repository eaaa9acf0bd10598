import { LAA_YEARS, LAST_LAA_YEAR } from "../catalog";
import { LaaTable, yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";

/**
 * table.missing-column: the reader found a table but not one of the columns every LAA table needs.
 * A table-level finding: it names the sheet and header row (there is no cell to change, a column to add).
 */
export const tableMissingColumn: Rule = {
  code: "table.missing-column",
  defaultSeverity: "error",
  description:
    "An LAA table lacks the indicator, baseline or lead partners column, or a target year 2008/09–2010/11.",
  hint: 'Add the column with a header the checker recognises: "Indicator", "Baseline", "08/09", "09/10", "10/11" (under "LAA improvement target") or "Lead partners".',
  table(table) {
    const missing: { column: string; label: string; year?: string }[] = [];
    const cols = table.columns;
    if (cols.indicator === undefined) missing.push({ column: "indicator", label: '"Indicator"' });
    if (cols.baseline === undefined) missing.push({ column: "baseline", label: '"Baseline"' });
    // A council plan that starts later than the LAA carries only the LAA years it reaches.
    const first = Math.min(...cols.targets.map((t) => t.year));
    const plan = cols.targets.some((t) => t.year > LAST_LAA_YEAR);
    for (const year of LAA_YEARS) {
      if (cols.targets.some((t) => t.year === year) || (plan && year < first)) continue;
      const y = yearLabel(year);
      missing.push({ column: "target", label: `the ${y} target`, year: y });
    }
    if (cols.leadPartners === undefined) {
      missing.push({ column: "leadPartners", label: '"Lead partners"' });
    }
    return missing.map((m) => finding(table, m));
  },
};

function finding(
  table: LaaTable,
  m: { column: string; label: string; year?: string }
): FindingDraft {
  const headerRow = table.headerRows[0] ?? table.range.top;
  return {
    sheet: table.sheet,
    row: headerRow + 1,
    message: `The table at ${table.id} has no column for ${m.label}.`,
    data: { table: table.id, column: m.column, year: m.year },
  };
}
