import { Rule } from "./rule";

/**
 * sheet.unread: the adapter could not read a sheet (or part of it), usually because it is too large for
 * one read in Excel on the web. Any table there was not checked, so the report must say so rather
 * than look complete.
 */
export const sheetUnread: Rule = {
  code: "sheet.unread",
  defaultSeverity: "warning",
  description: "A sheet, or part of one, was too large to read, so it was not checked.",
  hint: "Move the LAA table to a sheet of its own, or delete the unused rows and columns far below or to the right of the data (select them, Delete, then save), and check again.",
  workbook(_tables, ctx) {
    return ctx.snapshot.sheets.flatMap((s) =>
      s.unread === undefined ? [] : [{ sheet: s.name, message: s.unread, data: { sheet: s.name } }]
    );
  },
};
