import {
  Direction,
  LaaTable,
  NATIONAL_INDICATORS,
  RagStatus,
  Settings,
  withDefaults,
} from "../../../src/engine";
import { rateTables } from "../../../src/engine/rag";
import { GOV_COLUMNS, RowSpec, tableOf, yearColumns } from "../../helpers/rows";

const base = withDefaults({ asAt: "2010-06-30" });

/** One indicator for a rating test: values by financial year (2008 = 2008/09). */
type Spec = Omit<RowSpec, "indicator">;

/**
 * A table of NI 154, NI 155, ... (indicators the data schedule does not list) from row 3: targets 2008/09–2010/11 in D–F, then one actual column per
 * year in `actualYears` from H, then Tolerance.
 */
function buildTable(rows: Spec[], actualYears = [2008, 2009, 2010]): LaaTable {
  const columns = {
    ...GOV_COLUMNS,
    actuals: yearColumns(7, actualYears),
    tolerance: 7 + actualYears.length,
  };
  return tableOf(
    rows.map((spec, i) => ({ indicator: `NI ${154 + i}`, ...spec })),
    columns
  );
}

/** Rates one row and returns the result for `year`. */
function rate(spec: Spec, year: number, settings: Partial<Settings> = {}, actualYears?: number[]) {
  const results = rateTables(
    [buildTable([spec], actualYears)],
    { ...base, ...settings },
    NATIONAL_INDICATORS
  );
  const r = results.find((x) => x.year === year);
  if (!r) throw new Error(`no result for ${year}`);
  return r;
}

type Case = [string, Spec, number, Partial<Settings>, RagStatus, Direction | undefined];

const hi = "higher" as const;
const lo = "lower" as const;

// Years: 2008/09 and 2009/10 have ended by 2010-06-30; 2010/11 is running.
describe("rateTables truth table", () => {
  it.each<Case>([
    // polarity higher, tolerance 5% (default)
    [
      "higher: on target",
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 100 } },
      2008,
      {},
      "green",
      "improving",
    ],
    [
      "higher: beats target",
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 110 } },
      2008,
      {},
      "green",
      "improving",
    ],
    [
      "higher: 4% short, within tolerance",
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 96 } },
      2008,
      {},
      "amber",
      "improving",
    ],
    [
      "higher: exactly at tolerance",
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 95 } },
      2008,
      {},
      "amber",
      "improving",
    ],
    [
      "higher: 10% short, beyond tolerance",
      { polarity: hi, baseline: 95, targets: { 2008: 100 }, actuals: { 2008: 90 } },
      2008,
      {},
      "red",
      "worsening",
    ],
    // polarity lower
    [
      "lower: under target",
      { polarity: lo, baseline: 120, targets: { 2008: 100 }, actuals: { 2008: 90 } },
      2008,
      {},
      "green",
      "improving",
    ],
    [
      "lower: 4% over, within tolerance",
      { polarity: lo, baseline: 120, targets: { 2008: 100 }, actuals: { 2008: 104 } },
      2008,
      {},
      "amber",
      "improving",
    ],
    [
      "lower: 10% over, beyond tolerance",
      { polarity: lo, baseline: 100, targets: { 2008: 100 }, actuals: { 2008: 110 } },
      2008,
      {},
      "red",
      "worsening",
    ],
    // amber rule "improving": off by more than the tolerance but better than last year
    [
      "improving rule, higher, better than last year",
      { polarity: hi, targets: { 2009: 100 }, actuals: { 2008: 80, 2009: 90 } },
      2009,
      { amberRule: "improving" },
      "amber",
      "improving",
    ],
    [
      "improving rule, higher, worse than last year",
      { polarity: hi, targets: { 2009: 100 }, actuals: { 2008: 95, 2009: 90 } },
      2009,
      { amberRule: "improving" },
      "red",
      "worsening",
    ],
    [
      "improving rule, lower, better than last year",
      { polarity: lo, targets: { 2009: 100 }, actuals: { 2008: 130, 2009: 110 } },
      2009,
      { amberRule: "improving" },
      "amber",
      "improving",
    ],
    [
      "improving rule, change within the no-change band",
      { polarity: hi, targets: { 2009: 100 }, actuals: { 2008: 89.5, 2009: 90 } },
      2009,
      { amberRule: "improving" },
      "red",
      "no-change",
    ],
    [
      "tolerance rule ignores improvement",
      { polarity: hi, targets: { 2009: 100 }, actuals: { 2008: 80, 2009: 90 } },
      2009,
      {},
      "red",
      "improving",
    ],
    [
      "improving rule, first year better than baseline",
      { polarity: hi, baseline: 80, targets: { 2008: 100 }, actuals: { 2008: 90 } },
      2008,
      { amberRule: "improving" },
      "amber",
      "improving",
    ],
    // missing actuals
    [
      "no actual, year ended",
      { polarity: hi, targets: { 2009: 100 }, actuals: {} },
      2009,
      {},
      "no-data",
      undefined,
    ],
    [
      "no actual, year running",
      { polarity: hi, targets: { 2010: 100 }, actuals: {} },
      2010,
      {},
      "not-due",
      undefined,
    ],
    [
      "placeholder actual, year ended",
      { polarity: hi, targets: { 2009: 100 }, actuals: { 2009: "TBC" } },
      2009,
      {},
      "no-data",
      undefined,
    ],
    [
      "actual in a running year is rated",
      { polarity: hi, targets: { 2010: 100 }, actuals: { 2009: 98, 2010: 101 } },
      2010,
      {},
      "green",
      "improving",
    ],
    [
      "31 March: the year has not ended",
      { polarity: hi, targets: { 2009: 100 } },
      2009,
      { asAt: "2010-03-31" },
      "not-due",
      undefined,
    ],
    [
      "1 April: the year has ended",
      { polarity: hi, targets: { 2009: 100 } },
      2009,
      { asAt: "2010-04-01" },
      "no-data",
      undefined,
    ],
    // direction: first year against the baseline, later years against the previous actual
    [
      "first year: direction from the baseline",
      { polarity: hi, baseline: 120, targets: { 2008: 100 }, actuals: { 2008: 110 } },
      2008,
      {},
      "green",
      "worsening",
    ],
    [
      "later year: direction from the previous actual",
      { polarity: hi, baseline: 120, targets: { 2009: 100 }, actuals: { 2008: 100, 2009: 110 } },
      2009,
      {},
      "green",
      "improving",
    ],
    [
      "later year, previous actual missing: no direction",
      { polarity: hi, baseline: 50, targets: { 2009: 100 }, actuals: { 2009: 110 } },
      2009,
      {},
      "green",
      undefined,
    ],
    [
      "direction within 1% band",
      { polarity: lo, baseline: 100, targets: { 2008: 100 }, actuals: { 2008: 100.5 } },
      2008,
      {},
      "amber",
      "no-change",
    ],
    [
      "direction band setting widened",
      { polarity: hi, baseline: 100, targets: { 2008: 100 }, actuals: { 2008: 104 } },
      2008,
      { noChangeBandPercent: 5 },
      "green",
      "no-change",
    ],
    // tolerance: the row's Tolerance column overrides the setting
    [
      "row tolerance 10% makes an 8% miss amber",
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 92 }, tolerance: 10 },
      2008,
      {},
      "amber",
      "improving",
    ],
    [
      "same miss without row tolerance is red",
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 92 } },
      2008,
      {},
      "red",
      "improving",
    ],
    [
      "row tolerance 0% makes a 1% miss red",
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 99 }, tolerance: 0 },
      2008,
      {},
      "red",
      "improving",
    ],
    [
      "setting tolerance 10%",
      { polarity: lo, baseline: 120, targets: { 2008: 100 }, actuals: { 2008: 108 } },
      2008,
      { tolerancePercent: 10 },
      "amber",
      "improving",
    ],
    // unknown polarity and missing targets: No data, never a guess
    [
      "unknown polarity",
      { baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 50 } },
      2008,
      {},
      "no-data",
      undefined,
    ],
    [
      "unknown polarity, year running, no actual",
      { targets: { 2010: 100 } },
      2010,
      {},
      "not-due",
      undefined,
    ],
    [
      "no numeric target",
      { polarity: hi, baseline: 90, targets: { 2008: "TBC" }, actuals: { 2008: 95 } },
      2008,
      {},
      "no-data",
      "improving",
    ],
    [
      "zero target, lower is better, any excess is red",
      { polarity: lo, baseline: 3, targets: { 2008: 0 }, actuals: { 2008: 1 } },
      2008,
      {},
      "red",
      "improving",
    ],
  ])("%s", (_name, spec, year, settings, status, direction) => {
    const r = rate(spec, year, settings);
    expect([r.status, r.direction]).toEqual([status, direction]);
    expect(r.reason.length).toBeGreaterThan(0);
  });

  it("uses the baseline when the table's first actual column is a later year", () => {
    const r = rate(
      { polarity: hi, baseline: 120, targets: { 2009: 100 }, actuals: { 2009: 110 } },
      2009,
      {},
      [2009]
    );
    expect(r).toMatchObject({ status: "green", direction: "worsening", previous: 120 });
  });

  it("records the numbers used and the tolerance applied", () => {
    const r = rate(
      { polarity: hi, baseline: 90, targets: { 2008: 100 }, actuals: { 2008: 92 }, tolerance: 10 },
      2008
    );
    expect(r).toMatchObject({
      target: 100,
      actual: 92,
      previous: 90,
      tolerancePercent: 10,
      sheet: "LAA",
      row: 2,
      indicator: "NI 154",
      period: "year",
    });
  });

  it("rates every row for every actual year, and nothing for a table without actual columns", () => {
    const table = buildTable([{ polarity: hi }, { polarity: lo }, {}]);
    expect(rateTables([table], base, NATIONAL_INDICATORS)).toHaveLength(9);
    const noActuals = buildTable([{ polarity: hi }], []);
    expect(rateTables([noActuals], base, NATIONAL_INDICATORS)).toEqual([]);
  });

  it("rates a year once when it has two actual columns", () => {
    const table = buildTable(
      [{ polarity: hi, targets: { 2008: 10 }, actuals: { 2008: 10 } }],
      [2008, 2008]
    );
    const results = rateTables([table], base, NATIONAL_INDICATORS);
    expect(results.map((r) => [r.year, r.status])).toEqual([[2008, "green"]]);
  });
});

describe("reasons", () => {
  it.each<[number, string]>([
    [96, "4%"],
    [87.66, "12.3%"],
    [99.96, "<0.1%"],
    [100, "on target"],
  ])("actual %d against target 100 gives a reason with %s", (actual, text) => {
    const r = rate({ polarity: "higher", targets: { 2010: 100 }, actuals: { 2010: actual } }, 2010);
    expect(r.reason).toContain(text);
  });
});
