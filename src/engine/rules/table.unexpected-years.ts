import { LAA_YEARS, LAST_LAA_YEAR } from "../catalog";
import { toA1 } from "../model/address";
import { LaaTable, YearColumn, yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";

/**
 * table.unexpected-years: target year columns outside 2008/09–2010/11, out of order or repeated. Each
 * finding points at the header cell that names the odd year, so a typo ("2011/12" for "2010/11") is one
 * click away.
 */
export const tableUnexpectedYears: Rule = {
  code: "table.unexpected-years",
  defaultSeverity: "warning",
  description:
    "Target year columns other than 2008/09, 2009/10 and 2010/11, out of order, or repeated.",
  hint: "Head the target columns 08/09, 09/10 and 10/11, once each and in that order; move other years to a separate table or a comment.",
  table(table) {
    const out: FindingDraft[] = [];
    const seen = new Set<number>();
    let previous: number | undefined;
    for (const col of table.columns.targets) {
      const y = yearLabel(col.year);
      // Years after the LAA belong to a council plan: table.beyond-laa notes them.
      if (col.year > LAST_LAA_YEAR) {
        previous = Math.max(previous ?? col.year, col.year);
        continue;
      }
      if (!LAA_YEARS.includes(col.year)) {
        out.push(
          draft(
            table,
            col,
            "outside",
            `Target column ${quoteHeader(col)} is for ${y}, outside the LAA years 2008/09–2010/11.`
          )
        );
      } else if (seen.has(col.year)) {
        out.push(
          draft(table, col, "repeated", `Target year ${y} appears twice (${quoteHeader(col)}).`)
        );
      } else if (previous !== undefined && col.year < previous) {
        out.push(
          draft(
            table,
            col,
            "out-of-order",
            `Target column ${quoteHeader(col)} (${y}) comes after ${yearLabel(previous)}.`
          )
        );
      }
      seen.add(col.year);
      previous = previous === undefined ? col.year : Math.max(previous, col.year);
    }
    return out;
  },
};

function quoteHeader(col: YearColumn): string {
  return `"${col.header.replace(/\s+/g, " ").trim()}"`;
}

function draft(table: LaaTable, col: YearColumn, problem: string, message: string): FindingDraft {
  // Years sit in the last header row (under a spanning "LAA improvement target" when there are two).
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.range.top;
  return {
    sheet: table.sheet,
    cell: toA1(headerRow, col.col),
    row: headerRow + 1,
    message,
    data: { table: table.id, year: yearLabel(col.year), header: col.header, problem },
  };
}
