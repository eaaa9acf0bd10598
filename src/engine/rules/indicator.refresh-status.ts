import { RefreshStatus } from "../model/table";
import { FindingDraft, Rule } from "./rule";
import { at, indicatorLabel } from "./support/where";

const SAID: Partial<Record<RefreshStatus, string>> = {
  removed: "was removed at the refresh: it is listed, but not counted towards the 35 or rated",
  new: "was added at the refresh",
  outstanding: "is outstanding at the refresh: its change is still to be agreed",
};

/**
 * indicator.refresh-status: the table's refresh column marks an indicator Removed, New or Outstanding.
 * A removed indicator stays in the table as a record, so it is listed and nothing more.
 */
export const indicatorRefreshStatus: Rule = {
  code: "indicator.refresh-status",
  defaultSeverity: "info",
  description: "An indicator the refresh removed, added or left outstanding.",
  hint: "Removed: nothing to do, it is not rated. New: check its baseline and targets. Outstanding: agree the change with government, then update the status.",
  table(table) {
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      const r = row.refresh;
      const said = r?.status ? SAID[r.status] : undefined;
      if (!r?.cell || !r.status || !said) continue;
      const label = indicatorLabel(row) ?? "This indicator";
      out.push({
        ...at(r.cell),
        indicator: indicatorLabel(row),
        message: `${label} ${said}${r.reason ? ` (${r.reason})` : ""}.`,
        data: { status: r.status, reason: r.reason },
      });
    }
    return out;
  },
};
