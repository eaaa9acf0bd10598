import { NATIONAL_INDICATOR_ROWS } from "./national-indicators";

export type CatalogPolarity = "higher" | "lower" | "unknown";
export type CatalogStatus =
  "active" | "removed 2010" | "dropped before April 2008" | "discontinued 2009";

/** One indicator of the National Indicator Set (2008–2011). */
export interface CatalogEntry {
  readonly number: number;
  /** "NI 154" */
  readonly code: string;
  readonly title: string;
  readonly polarity: CatalogPolarity;
  /** "percent", "number", "rate per 1,000 population", "percentage points", ... */
  readonly unit: string;
  /** One of the 16 statutory education and early-years targets (not counted in the 35). */
  readonly statutoryEducation: boolean;
  readonly survey?: "Place Survey" | "TellUs";
  readonly status: CatalogStatus;
  /** False where the title is not yet checked against the Handbook of Definitions. */
  readonly titleSourced: boolean;
  readonly polaritySourced: boolean;
}

/** The National Indicator Set, keyed by number. */
export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  lookup(number: number): CatalogEntry | undefined;
}

function buildCatalog(): Catalog {
  const entries: CatalogEntry[] = NATIONAL_INDICATOR_ROWS.map(
    ([number, title, polarity, unit, statutory, survey, status, titleSource, polaritySource]) => ({
      number,
      code: `NI ${number}`,
      title,
      polarity: polarity as CatalogPolarity,
      unit,
      statutoryEducation: statutory === 1,
      survey: survey === "" ? undefined : (survey as CatalogEntry["survey"]),
      status: status as CatalogStatus,
      titleSourced: titleSource === "sourced",
      polaritySourced: polaritySource === "sourced",
    })
  );
  const byNumber = new Map(entries.map((e) => [e.number, e]));
  return { entries, lookup: (n) => byNumber.get(n) };
}

/** The catalogue generated from data/national-indicators.csv. */
export const NATIONAL_INDICATORS: Catalog = buildCatalog();

/** Numbers of the 16 statutory education and early-years indicators. */
export const STATUTORY_EDUCATION: readonly number[] = NATIONAL_INDICATORS.entries
  .filter((e) => e.statutoryEducation)
  .map((e) => e.number);

/** Most designated improvement targets an LAA may hold. */
export const MAX_DESIGNATED_TARGETS = 35;
