import { Settings } from "../model/settings";
import { IndicatorRow } from "../model/table";

/** Normalises a partner name for comparison: case, spaces, `*` markers and trailing punctuation. */
export function partnerKey(name: string): string {
  return name
    .replace(/\*/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:]+$/, "")
    .trim()
    .toLowerCase();
}

/** Resolves partner names to one key and one display name each, honouring the alias settings. */
export class PartnerNames {
  private readonly aliases = new Map<string, string>();
  private readonly display = new Map<string, string>();
  // The same few names repeat on thousands of rows: normalise each spelling once.
  private readonly keys = new Map<string, string>();

  constructor(settings: Settings) {
    for (const [alias, canonical] of Object.entries(settings.partnerAliases)) {
      this.aliases.set(partnerKey(alias), canonical.trim());
    }
  }

  /** The comparison key of a name (its canonical name's key when it is a known alias). */
  key(name: string): string {
    const cached = this.keys.get(name);
    if (cached !== undefined) return cached;
    const k = partnerKey(name);
    const canonical = this.aliases.get(k);
    const key = canonical === undefined ? k : partnerKey(canonical);
    if (key !== "" && !this.display.has(key)) this.display.set(key, canonical ?? name.trim());
    this.keys.set(name, key);
    return key;
  }

  /** Display name of a key: the canonical name, else the first spelling seen. */
  name(key: string): string {
    return this.display.get(key) ?? key;
  }

  /** Distinct partner keys of a row, in the order written. */
  rowKeys(row: IndicatorRow): string[] {
    const out: string[] = [];
    for (const n of row.partners.names) {
      const k = this.key(n);
      if (k !== "" && !out.includes(k)) out.push(k);
    }
    return out;
  }
}

/** The label an indicator row goes by in messages: its NI code, else its title, else its text. */
export function indicatorLabel(row: IndicatorRow): string {
  const text = row.indicator.code?.label ?? row.indicator.title ?? row.indicator.raw.trim();
  return text !== "" ? text : `row ${row.row + 1}`;
}
