import { NONE, Rule } from "./rule";
import { at, quote } from "./support/where";

/**
 * indicator.unknown-code: the cell names something that looks like an NI code but is not one of the
 * National Indicator Set (NI 1–NI 199), e.g. "NI 0", "NI 250" or a malformed "NI-1x5".
 */
export const indicatorUnknownCode: Rule = {
  code: "indicator.unknown-code",
  defaultSeverity: "error",
  description: "An indicator code that is not in the National Indicator Set (NI 1–NI 199).",
  hint: "Correct the code against the National Indicator Set (NI 1–NI 199, e.g. NI 154); if the indicator is local, remove the NI prefix.",
  row(row, _table, ctx) {
    const ind = row.indicator;
    const code = ind.code;
    const bad = ind.badCode ?? (code && !ctx.catalog.lookup(code.number) ? code.label : undefined);
    if (bad === undefined) return NONE;
    return [
      {
        ...at(ind.cell),
        indicator: bad,
        message: `Indicator ${quote(ind.raw)}: ${quote(bad)} is not a code of the National Indicator Set.`,
        data: { value: ind.raw, code: bad, number: code?.number },
      },
    ];
  },
};
