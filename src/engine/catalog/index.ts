import { DATA_SCHEDULE } from "./data-schedule";
import { NATIONAL_INDICATOR_ROWS } from "./national-indicators";

export type CatalogPolarity = "higher" | "lower" | "unknown";
export type CatalogStatus =
  "active" | "removed 2010" | "dropped before April 2008" | "discontinued 2009";

/** What a figure's period is: the LAA year 2009/10 holds the figure of that period. */
export type PeriodBasis =
  "financial-year" | "academic-year" | "calendar-year" | "snapshot" | "survey";

/**
 * When an indicator's data arrives, read from data/ni-data-schedule.csv by scripts/build-catalog.js.
 * Months are counted from January of the LAA year's first calendar year: for 2009/10, 12 is
 * December 2009 and 15 is March 2010.
 */
export interface DataSchedule {
  readonly basis: PeriodBasis;
  /** The month in which an LAA year's period ends (15: financial, 20: academic, 12: calendar). */
  readonly periodEndMonth: number;
  /** Typical months from the end of the period to publication; 0 when the schedule states none. */
  readonly lagMonths: number;
  /** Last LAA year (2008 = 2008/09) with any data, where collection stopped early. */
  readonly lastYear?: number;
  /** Short name of the collection: "Place Survey", "DECC/AEA local CO2 statistics". */
  readonly source: string;
  /** Why a year after `lastYear` has no figure; "{year}" stands for the year. */
  readonly notCollected?: string;
  /** The schedule's sentence for people: the collection, how often, when figures come out. */
  readonly note: string;
}

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
  /** Absent for an indicator whose annual, financial-year data comes soon after the year ends. */
  readonly schedule?: DataSchedule;
}

/** The National Indicator Set, keyed by number. */
export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  lookup(number: number): CatalogEntry | undefined;
}

function buildCatalog(): Catalog {
  const schedules = new Map<number, DataSchedule>(
    DATA_SCHEDULE.map(({ number, ...schedule }) => [number, schedule])
  );
  const entries: CatalogEntry[] = NATIONAL_INDICATOR_ROWS.map(
    ([number, title, polarity, unit, statutory, survey, status, titleSource, polaritySource]) => ({
      ...withSchedule(schedules.get(number)),
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

function withSchedule(schedule: DataSchedule | undefined): { schedule?: DataSchedule } {
  return schedule ? { schedule } : {};
}

/** The catalogue generated from data/national-indicators.csv and data/ni-data-schedule.csv. */
export const NATIONAL_INDICATORS: Catalog = buildCatalog();

/** Numbers of the 16 statutory education and early-years indicators. */
export const STATUTORY_EDUCATION: readonly number[] = NATIONAL_INDICATORS.entries
  .filter((e) => e.statutoryEducation)
  .map((e) => e.number);

/** The LAA's last year, 2010/11: target years after it belong to a council plan. */
export const LAST_LAA_YEAR = 2010;

/** The LAA years every table must carry a target for (2008/09–2010/11). */
export const LAA_YEARS: readonly number[] = [2008, 2009, LAST_LAA_YEAR];

/** Most designated improvement targets an LAA may hold. */
export const MAX_DESIGNATED_TARGETS = 35;
