import { Catalog } from "../catalog";
import { Accumulation } from "../model/in-year";
import { Settings } from "../model/settings";
import { IndicatorRow } from "../model/table";
import { isPercent } from "./row-values";

/** Catalogue units of figures that build up through the year: counts, kilograms, pounds. */
const CUMULATIVE_UNITS = new Set(["number", "kg per household", "money (GBP)"]);
/** Words in a local indicator's title that make it a rate or a share, not a count. */
const RATE_WORDS =
  /%|\b(?:rate|per|percent(?:age)?|proportion|ratio|average|mean|share|satisfaction|time taken)\b/i;

/** The settings' overrides keyed as `overrideKey` keys them. */
export type Overrides = ReadonlyMap<string, boolean>;

/** "NI 154", "ni154" and " NI-154 " alike; a local title by its words, case-blind. */
export function overrideKey(name: string): string {
  const t = name.trim().toLowerCase().replace(/\s+/g, " ");
  const code = /^n\.? ?i\.?[ -]?0*(\d{1,3})([a-z]?)$/.exec(t);
  return code ? `ni ${code[1] ?? ""}${code[2] ?? ""}` : t;
}

export function overridesOf(settings: Settings): Overrides {
  return new Map(Object.entries(settings.cumulative).map(([k, v]) => [overrideKey(k), v]));
}

/**
 * Whether the row's figure builds up through the year, in this order: the officer's setting for the
 * indicator; the table's Cumulative? / Type cell; the catalogue's unit (counts, kilograms and pounds
 * build up; rates, percentages, scores and days do not); for a local indicator, its own figures (a
 * percentage, or a title naming a rate, is not cumulative; any other number is).
 */
export function accumulationOf(
  row: IndicatorRow,
  overrides: Overrides,
  catalog: Catalog
): Accumulation {
  const code = row.indicator.code;
  for (const name of [code?.label, row.indicator.title]) {
    const own = name === undefined ? undefined : overrides.get(overrideKey(name));
    if (own !== undefined) return { cumulative: own, source: "settings" };
  }
  const cell = row.cumulativeCell?.cumulative;
  if (cell !== undefined) return { cumulative: cell, source: "table" };
  const entry = code ? catalog.lookup(code.number) : undefined;
  if (entry) return { cumulative: CUMULATIVE_UNITS.has(entry.unit), source: "catalogue" };
  const percent = row.targets.some((t) => isPercent(t.value)) || isPercent(row.baseline);
  const rate = percent || RATE_WORDS.test(row.indicator.title ?? row.indicator.raw);
  return { cumulative: !rate, source: "values" };
}
