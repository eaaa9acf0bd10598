import { FindingDraft, Rule } from "./rule";

/**
 * laa.statutory-missing: the 16 statutory education and early-years targets (NI 72, 73, 74, 75, 83, 87,
 * 92–101) are reported alongside the LAA; this lists the ones absent from every table. Only runs when at
 * least one table exists (table.not-found covers an empty workbook). Statutory NIs are read from the
 * catalogue so the list has one source of truth.
 */
export const laaStatutoryMissing: Rule = {
  code: "laa.statutory-missing",
  defaultSeverity: "warning",
  description: "Statutory education and early-years indicators (16 NIs) absent from every table.",
  hint: "Add a row for each missing statutory indicator with the targets agreed with the education department, or record where they are reported.",
  workbook(tables, ctx) {
    if (tables.length === 0) return [];
    const present = new Set<number>();
    for (const table of tables) {
      for (const row of table.rows) {
        const code = row.indicator.code;
        if (code) present.add(code.number);
      }
    }
    // Discontinued indicators (the Key Stage 3 ones) are no longer owed.
    const statutory = ctx.catalog.entries.filter(
      (e) => e.statutoryEducation && e.status === "active"
    );
    const missing = statutory.filter((e) => !present.has(e.number)).map((e) => e.code);
    if (missing.length === 0) return [];
    const draft: FindingDraft = {
      message: `${missing.length} of the ${statutory.length} statutory education targets in force are not in the LAA: ${missing.join(", ")}.`,
      data: { missing, statutory: statutory.map((e) => e.code) },
    };
    return [draft];
  },
};
