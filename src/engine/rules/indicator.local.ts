import { NONE, Rule } from "./rule";
import { at, indicatorLabel } from "./support/where";

/**
 * indicator.local: a row without an NI code is a local indicator. That is allowed, but it is not one of
 * the 35 designated targets and its definition and data source must be agreed locally; the finding makes
 * sure a forgotten code does not pass as "local".
 */
export const indicatorLocal: Rule = {
  code: "indicator.local",
  defaultSeverity: "info",
  description: "An indicator with no NI code: a local indicator.",
  hint: "If this is a National Indicator, add its code (e.g. NI 154); otherwise make sure its definition and data source are written down.",
  row(row) {
    const ind = row.indicator;
    const label = indicatorLabel(row);
    if (ind.code || ind.badCode || label === undefined) return NONE;
    return [
      {
        ...at(ind.cell),
        indicator: label,
        message: "No NI code: this counts as a local indicator.",
      },
    ];
  },
};
