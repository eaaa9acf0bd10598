import { isRemoved } from "../model/table";
import { MAX_DESIGNATED_TARGETS } from "../catalog";
import { FindingDraft, Rule } from "./rule";

/**
 * laa.too-many-designated: an LAA may hold at most 35 designated improvement targets. The 16 statutory
 * education and early-years targets are agreed separately and not counted; nor are local indicators or
 * codes outside the catalogue (reported by their own rules). Parts of one NI (NI 102a, NI 102b) count
 * once, as one designated indicator. Counted across every table of the workbook.
 */
export const laaTooManyDesignated: Rule = {
  code: "laa.too-many-designated",
  defaultSeverity: "error",
  description:
    "More than 35 designated NI targets (statutory education targets not counted) across the workbook.",
  hint: "Reduce the designated targets to 35: move the lowest priorities to local indicators (without an NI code) or drop them after agreement with government.",
  workbook(tables, ctx) {
    const designated = new Map<number, string>();
    // Where the tables mark their LAA indicators ("NI 171 (LAA)"), only the marked ones count.
    const marked = tables.some((t) => t.rows.some((r) => r.indicator.laaMarker));
    for (const table of tables) {
      for (const row of table.rows) {
        const code = row.indicator.code;
        if (!code || designated.has(code.number) || isRemoved(row)) continue;
        if (marked && !row.indicator.laaMarker) continue;
        const entry = ctx.catalog.lookup(code.number);
        if (!entry || entry.statutoryEducation) continue;
        designated.set(code.number, `NI ${code.number}`);
      }
    }
    if (designated.size <= MAX_DESIGNATED_TARGETS) return [];
    const draft: FindingDraft = {
      message: `The LAA has ${designated.size} designated NI targets; at most ${MAX_DESIGNATED_TARGETS} are allowed (the 16 statutory education targets are not counted).`,
      data: {
        count: designated.size,
        max: MAX_DESIGNATED_TARGETS,
        codes: [...designated.keys()].sort((a, b) => a - b).map((n) => `NI ${n}`),
      },
    };
    return [draft];
  },
};
