import { NONE, Rule } from "./rule";
import { at, indicatorLabel } from "./support/where";

/**
 * partner.missing: no lead partner is named for an indicator. The board's challenge asks for "a named
 * lead partner with resources"; a target nobody owns is not a commitment.
 */
export const partnerMissing: Rule = {
  code: "partner.missing",
  defaultSeverity: "error",
  description: "An indicator has no lead partner.",
  hint: "Name the organisation(s) accountable for the target, separated by ; or , (e.g. Salford City Council; Greater Manchester Police).",
  row(row, table) {
    if (table.columns.leadPartners === undefined || row.partners.names.length > 0) return NONE;
    const label = indicatorLabel(row);
    return [
      {
        ...at(row.partners.cell),
        indicator: label,
        message: `No lead partner is named${label ? ` for ${label}` : ""}.`,
        data: { value: row.partners.raw },
      },
    ];
  },
};
