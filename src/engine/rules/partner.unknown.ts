import { Settings } from "../model/settings";
import { FindingDraft, TableRule } from "./rule";
import { at, indicatorLabel, quote } from "./support/where";

/** Case, spacing, `*` markers and trailing punctuation do not make a different organisation. */
export function normalisePartner(name: string): string {
  return name
    .toLowerCase()
    .replace(/[*]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, "");
}

/** The configured partner names, aliases resolved, all normalised; built once per table check. */
function knownNames(settings: Settings): { known: Set<string>; aliases: Map<string, string> } {
  const known = new Set(settings.partners.map(normalisePartner));
  const aliases = new Map<string, string>();
  for (const [alias, canonical] of Object.entries(settings.partnerAliases)) {
    aliases.set(normalisePartner(alias), normalisePartner(canonical));
  }
  return { known, aliases };
}

/**
 * partner.unknown: a lead partner that is not in the partnership's configured list, after normalising
 * case and spaces and applying the configured aliases ("PCT" → "NHS Salford"). Catches typos and
 * organisations outside the partnership. Silent when no partner list is configured.
 */
export const partnerUnknown: TableRule = {
  code: "partner.unknown",
  scope: "table",
  defaultSeverity: "warning",
  description:
    "A lead partner that is not in the configured partner list (after case, spacing and aliases).",
  hint: "Correct the name to the one in the partner list, or add it (or an alias for it) to the partner settings.",
  check(table, ctx) {
    if (ctx.settings.partners.length === 0) return [];
    const { known, aliases } = knownNames(ctx.settings);
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      for (const name of row.partners.names) {
        const n = normalisePartner(name);
        if (n === "" || known.has(n) || known.has(aliases.get(n) ?? "\u0000")) continue;
        out.push({
          ...at(row.partners.cell),
          indicator: indicatorLabel(row),
          message: `Lead partner ${quote(name)} is not in the partnership's partner list.`,
          data: { name, value: row.partners.raw },
        });
      }
    }
    return out;
  },
};
