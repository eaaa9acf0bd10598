import { yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";
import { notYetSet } from "./support/values";
import { at, indicatorLabel, quote } from "./support/where";

/**
 * target.not-yet-set: a statutory education target for 2010/11 that is blank or "N/A". The education
 * department agreed these targets a year at a time, so before the 2009 refresh the cell was empty by
 * design: a warning to fill it in, not a missing target.
 */
export const targetNotYetSet: Rule = {
  code: "target.not-yet-set",
  defaultSeverity: "warning",
  description: "A statutory education target for 2010/11 that is not set yet (blank or N/A).",
  hint: "Enter the 2010/11 target agreed with the education department at the refresh; until then the indicator cannot be rated for that year.",
  row(row, _table, ctx) {
    const out: FindingDraft[] = [];
    for (const t of row.targets) {
      if (!notYetSet(row, t, ctx)) continue;
      const label = indicatorLabel(row);
      const written = t.value.kind === "empty" ? "empty" : quote(String(t.value.raw));
      out.push({
        ...at(t.value.cell),
        indicator: label,
        message: `${yearLabel(t.year)} target is ${written}: statutory education targets for ${yearLabel(t.year)} were set at the 2009 refresh.`,
        data: { year: yearLabel(t.year), value: t.value.raw },
      });
    }
    return out;
  },
};
