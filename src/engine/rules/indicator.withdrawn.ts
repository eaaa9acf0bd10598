import { CatalogStatus } from "../catalog";
import { NONE, Rule } from "./rule";
import { at } from "./support/where";

const WHEN: Partial<Record<CatalogStatus, string>> = {
  "removed 2010": "was removed in 2010",
  "dropped before April 2008": "was dropped before April 2008",
  "discontinued 2009":
    "was discontinued in 2009 (the Key Stage 3 tests were scrapped, so there is no data after 2008)",
};

/**
 * indicator.withdrawn: the NI code exists but was dropped before launch (NI 31), discontinued with the
 * Key Stage 3 tests (NI 74, 83, 77, 95, 96) or removed at a refresh (NI 14). A target on it will not be
 * collected or accepted.
 */
export const indicatorWithdrawn: Rule = {
  code: "indicator.withdrawn",
  defaultSeverity: "warning",
  description:
    "An indicator that was withdrawn from the National Indicator Set (e.g. NI 31, NI 14, the Key Stage 3 indicators).",
  hint: "Replace it with a current indicator agreed with government, or keep it as a local indicator without the NI code.",
  row(row, _table, ctx) {
    const code = row.indicator.code;
    const entry = code ? ctx.catalog.lookup(code.number) : undefined;
    if (!code || !entry || entry.status === "active") return NONE;
    const when = WHEN[entry.status] ?? "was withdrawn";
    return [
      {
        ...at(row.indicator.cell),
        indicator: code.label,
        message: `${code.label} (${entry.title}) ${when}; it is no longer in the National Indicator Set.`,
        data: { code: code.label, status: entry.status, title: entry.title },
      },
    ];
  },
};
