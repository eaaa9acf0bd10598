import { FindingDraft, Rule } from "./rule";
import { valuesOf } from "./support/values";
import { at, indicatorLabel, quote } from "./support/where";

/**
 * baseline.deferred: the baseline is promised from a later source ("Baseline to be set from the Place
 * Survey 2008"). Legitimate for new surveys, but the targets cannot be judged until it arrives, so it is
 * a warning to follow up rather than an error.
 */
export const baselineDeferred: Rule = {
  code: "baseline.deferred",
  defaultSeverity: "warning",
  description: "A baseline deferred to a later source, such as the Place Survey.",
  hint: "When the source reports, replace the text with the measured value and its period, and review the targets against it.",
  row(row, table, ctx) {
    const out: FindingDraft[] = [];
    for (const { value: v } of valuesOf(row, table, "baseline", ctx)) {
      if (v.kind !== "deferred") continue;
      out.push({
        ...at(v.cell),
        indicator: indicatorLabel(row),
        message: `Baseline is deferred: ${quote(v.text)}.`,
        data: { value: v.raw, field: "baseline" },
      });
    }
    return out;
  },
};
