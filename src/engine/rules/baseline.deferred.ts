import { FindingDraft, TableRule } from "./rule";
import { forEachValue } from "./support/values";
import { at, indicatorLabel, quote } from "./support/where";

/**
 * baseline.deferred: the baseline is promised from a later source ("Baseline to be set from the Place
 * Survey 2008"). Legitimate for new surveys, but the targets cannot be judged until it arrives, so it is
 * a warning to follow up rather than an error.
 */
export const baselineDeferred: TableRule = {
  code: "baseline.deferred",
  scope: "table",
  defaultSeverity: "warning",
  description: "A baseline deferred to a later source, such as the Place Survey.",
  hint: "When the source reports, replace the text with the measured value and its period, and review the targets against it.",
  check(table) {
    const out: FindingDraft[] = [];
    forEachValue(table, "baseline", (row, v) => {
      if (v.kind !== "deferred") return;
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `Baseline is deferred: ${quote(v.text)}.`,
        data: { value: v.raw, field: "baseline" },
      });
    });
    return out;
  },
};
