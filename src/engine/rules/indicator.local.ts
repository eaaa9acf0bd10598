import { FindingDraft, TableRule } from "./rule";
import { at, indicatorLabel } from "./support/where";

/**
 * indicator.local: a row without an NI code is a local indicator. That is allowed, but it is not one of
 * the 35 designated targets and its definition and data source must be agreed locally; the finding makes
 * sure a forgotten code does not pass as "local".
 */
export const indicatorLocal: TableRule = {
  code: "indicator.local",
  scope: "table",
  defaultSeverity: "info",
  description: "An indicator with no NI code: a local indicator.",
  hint: "If this is a National Indicator, add its code (e.g. NI 154); otherwise make sure its definition and data source are written down.",
  check(table) {
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      const ind = row.indicator;
      if (ind.code || ind.badCode) continue;
      const label = indicatorLabel(row);
      if (label === undefined) continue;
      out.push({
        ...at(ind.cell),
        indicator: label,
        message: "No NI code: this counts as a local indicator.",
      });
    }
    return out;
  },
};
