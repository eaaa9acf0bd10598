import { nearestHeader } from "../read";
import { Rule } from "./rule";

/** What the reader looks for, said in the user's words so they can fix the header instead of guessing. */
const LOOKED_FOR =
  'a header row with "Indicator", "Baseline", target years 2008/09, 2009/10 and 2010/11 ' +
  '(e.g. "08/09" under "LAA improvement target") and "Lead partners"';

/**
 * table.not-found: the workbook holds no LAA target table at all. Without a table nothing else can be
 * checked, so this is the one finding that explains an otherwise empty report.
 */
export const tableNotFound: Rule = {
  code: "table.not-found",
  defaultSeverity: "error",
  description: "No LAA target table was found on any sheet of the workbook.",
  hint:
    'Give the table a header row with the columns "Indicator", "Baseline", one column per target year ' +
    '(08/09, 09/10, 10/11) and "Lead partners"; the columns may sit anywhere on any sheet.',
  workbook(tables, ctx) {
    if (tables.length > 0) return [];
    const sheets = ctx.snapshot.sheets.map((s) => s.name);
    const where =
      sheets.length === 0
        ? "The workbook has no sheets"
        : `No LAA target table was found on ${sheets.length === 1 ? "the sheet" : `any of the ${sheets.length} sheets`} (${sheets
            .slice(0, 5)
            .map((s) => `"${s}"`)
            .join(", ")}${sheets.length > 5 ? ", …" : ""})`;
    const lookedFor = ["Indicator", "Baseline", "2008/09", "2009/10", "2010/11", "Lead partners"];
    const near = nearestHeader(ctx.snapshot);
    if (!near)
      return [{ message: `${where}: looked for ${LOOKED_FOR}.`, data: { sheets, lookedFor } }];
    const sheet = `'${near.sheet.replace(/'/g, "''")}'`;
    return [
      {
        sheet: near.sheet,
        row: near.row + 1,
        message: `No LAA target table was found. The nearest is row ${near.row + 1} of ${sheet}: it has ${list(near.found)} but no ${list(near.lacks, "or")} column.`,
        data: { sheets, lookedFor, nearest: near },
      },
    ];
  },
};

/** "A, B and C" (or "A, B or C"). */
function list(items: readonly string[], last = "and"): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1] ?? ""}`;
}
