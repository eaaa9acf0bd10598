import { FindingDraft, Rule } from "./rule";
import { at } from "./support/where";

/**
 * indicator.duplicate: the same NI code (and part) appears twice in one table. Parts are distinct
 * indicators (NI 102a and NI 102b are not duplicates). Reported on the later row, which is usually the
 * copy-paste to remove.
 */
export const indicatorDuplicate: Rule = {
  code: "indicator.duplicate",
  defaultSeverity: "error",
  description: "The same NI code and part appears on more than one row of a table.",
  hint: "Keep one row per indicator: delete the repeated row, or correct its code (add the part letter, e.g. NI 102a / NI 102b, if the rows are different parts).",
  table(table) {
    const out: FindingDraft[] = [];
    const first = new Map<string, number>();
    for (const row of table.rows) {
      const code = row.indicator.code;
      if (!code) continue;
      const key = `${code.number}${code.part ?? ""}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, row.row);
        continue;
      }
      out.push({
        ...at(row.indicator.cell),
        indicator: code.label,
        message: `${code.label} is already on row ${earlier + 1}; row ${row.row + 1} repeats it.`,
        data: { code: code.label, firstRow: earlier + 1 },
      });
    }
    return out;
  },
};
