import { Settings } from "../model/settings";
import { FindingDraft, Rule } from "./rule";
import { at, indicatorLabel, quote } from "./support/where";

/** Case, spacing, `*` markers and trailing punctuation do not make a different organisation. */
export function normalisePartner(name: string): string {
  return name
    .toLowerCase()
    .replace(/[*]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, "");
}

interface Known {
  readonly known: Set<string>;
  readonly aliases: Map<string, string>;
  /** Configured names and aliases that themselves contain a list separator ("Homes and Communities Agency"). */
  readonly compound: readonly string[];
}

/** The configured partner names, aliases resolved, all normalised; built once per table check. */
function knownNames(settings: Settings): Known {
  const known = new Set(settings.partners.map(normalisePartner));
  const aliases = new Map<string, string>();
  for (const [alias, canonical] of Object.entries(settings.partnerAliases)) {
    aliases.set(normalisePartner(alias), normalisePartner(canonical));
  }
  const compound = [...known, ...aliases.keys()].filter((n) => /[,;/&]| and /.test(n));
  return { known, aliases, compound };
}

/**
 * The reader splits lead partners on separators, so "Homes and Communities Agency" arrives as "Homes" and
 * "Communities Agency". A piece is a known partner when a configured name holding separators is written
 * whole in the cell and contains the piece.
 */
function isPieceOfKnown(piece: string, rawNormalised: string, k: Known): boolean {
  return k.compound.some((name) => rawNormalised.includes(name) && name.includes(piece));
}

/**
 * partner.unknown: a lead partner that is not in the partnership's configured list, after normalising
 * case and spaces and applying the configured aliases ("PCT" → "NHS Salford"). Catches typos and
 * organisations outside the partnership. Silent when no partner list is configured.
 */
export const partnerUnknown: Rule = {
  code: "partner.unknown",
  defaultSeverity: "warning",
  description:
    "A lead partner that is not in the configured partner list (after case, spacing and aliases).",
  hint: "Correct the name to the one in the partner list, or add it (or an alias for it) to the partner settings.",
  table(table, ctx) {
    if (ctx.settings.partners.length === 0) return [];
    const k = knownNames(ctx.settings);
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      for (const name of row.partners.names) {
        const n = normalisePartner(name);
        if (n === "" || k.known.has(n) || k.known.has(k.aliases.get(n) ?? "\u0000")) continue;
        if (isPieceOfKnown(n, normalisePartner(row.partners.raw), k)) continue;
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
