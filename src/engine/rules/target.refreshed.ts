import { yearLabel } from "../model/table";
import { FindingDraft, Rule } from "./rule";
import { at, indicatorLabel, shown } from "./support/where";

/**
 * target.refreshed: the refresh line under an indicator set a new target, or deleted one. The new value
 * is the target from then on (checked and rated); the finding records what the table first said.
 */
export const targetRefreshed: Rule = {
  code: "target.refreshed",
  defaultSeverity: "info",
  description:
    "A target changed at the annual refresh: the refreshed value replaces the printed one.",
  hint: "Nothing to do if the refresh was agreed with government; keep the refresh line under the indicator so the change stays on record.",
  row(row) {
    const out: FindingDraft[] = [];
    for (const t of row.targets) {
      if ((t.refresh !== "new" && t.refresh !== "deleted") || !t.original) continue;
      const was = shown(t.original);
      const now = t.refresh === "deleted" ? "deleted" : `now ${shown(t.value)}`;
      out.push({
        ...at(t.value.cell),
        indicator: indicatorLabel(row),
        message: `${yearLabel(t.year)} target refreshed: printed ${was}, ${now}.`,
        data: {
          year: yearLabel(t.year),
          original: t.original.raw,
          refreshed: t.refresh === "deleted" ? null : t.value.raw,
        },
      });
    }
    return out;
  },
};
