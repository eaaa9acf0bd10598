import {
  CellValue,
  Direction,
  RagResult,
  RagStatus,
  RatingPeriod,
  Settings,
  analyse,
  withDefaults,
} from "../../../src/engine";
import { workbook } from "../../helpers/grid";

/** One indicator of an in-year test table; quarters are Q1–Q4, years 2008/09 and 2009/10. */
interface Spec {
  indicator: string;
  baseline?: CellValue;
  target?: CellValue;
  target2010?: CellValue;
  /** The year's outturn ("Actual 2009/10"). */
  outturn?: CellValue;
  lastYear?: CellValue[];
  quarters?: CellValue[];
  ytd?: CellValue;
  q2Target?: CellValue;
  targetToDate?: CellValue;
  cumulative?: string;
  polarity?: string;
}

const HEADER: CellValue[] = [
  "Indicator",
  "Baseline",
  "Target 2009/10",
  "Target 2010/11",
  "Actual 2009/10",
  "Q1 2008/09",
  "Q2 2008/09",
  "Q3 2008/09",
  "Q4 2008/09",
  "Q1 2009/10",
  "Q2 2009/10",
  "Q3 2009/10",
  "Q4 2009/10",
  "YTD 2009/10",
  "Q2 target 2009/10",
  "Target to date 2009/10",
  "Cumulative?",
  "Polarity",
];

function cells(s: Spec): CellValue[] {
  const four = (v: CellValue[] | undefined) => [0, 1, 2, 3].map((i) => v?.[i] ?? "");
  return [
    s.indicator,
    s.baseline ?? "",
    s.target ?? "",
    s.target2010 ?? "",
    s.outturn ?? "",
    ...four(s.lastYear),
    ...four(s.quarters),
    s.ytd ?? "",
    s.q2Target ?? "",
    s.targetToDate ?? "",
    s.cumulative ?? "",
    s.polarity ?? "",
  ];
}

/** The 2009/10 rating of one indicator at the as-at date. */
function rate(spec: Spec, asAt = "2009-11-15", settings: Partial<Settings> = {}): RagResult {
  const report = analyse(
    workbook([{ rows: [HEADER, cells(spec)] }]),
    withDefaults({ asAt, ...settings })
  );
  const r = report.rag.find((x) => x.year === 2009);
  if (!r) throw new Error("no 2009/10 rating");
  return r;
}

/** The report on a one-table sheet of `rows` at the as-at date. */
const reportOf = (rows: CellValue[][], asAt: string) =>
  analyse(workbook([{ rows }]), withDefaults({ asAt }));

const homes = (more: Partial<Spec> = {}): Spec => ({
  indicator: "NI 154 Net additional homes provided",
  baseline: "2,100 (2007/08)",
  target: 2400,
  target2010: 2550,
  ...more,
});

describe("profiled targets", () => {
  it.each<[string, Spec, Partial<Settings>, number | undefined, RegExp]>([
    [
      "a count: the year's target spread evenly, 2 of 4 quarters",
      homes({ quarters: [500, 450] }),
      {},
      1200,
      /spread evenly, 2 of 4 quarters/,
    ],
    [
      "a count profiled by last year's quarters (300, 500, 600, 600: 40% by Q2)",
      homes({ lastYear: [300, 500, 600, 600], quarters: [500, 450] }),
      { profile: "previous-year" },
      960,
      /40% of the 2009\/10 target of 2,400, as 2008\/09's quarters built up/,
    ],
    [
      "a count profiled by last year, whose quarters are not all there: evenly",
      homes({ lastYear: [300, 500, "", 600], quarters: [500, 450] }),
      { profile: "previous-year" },
      1200,
      /spread evenly, 2 of 4 quarters; 2008\/09 has not all its quarters/,
    ],
    [
      "a rate: the year's target itself",
      { indicator: "NI 16 Serious acquisitive crime", target: 13.6, quarters: [13.9, 13.5] },
      {},
      13.6,
      /the 2009\/10 target itself, as the figure does not build up through the year/,
    ],
    [
      "the table's own Q2 profile",
      homes({ quarters: [500, 450], q2Target: 1000 }),
      {},
      1000,
      /the table's Q2 profile/,
    ],
    [
      "the table's target to date, at the latest quarter",
      homes({ quarters: [500, 450], targetToDate: 1100 }),
      {},
      1100,
      /the table's target to date/,
    ],
    [
      "no numeric year target and no profile: nothing to rate against",
      homes({ target: "TBC", quarters: [500, 450] }),
      {},
      undefined,
      /no numeric target for 2009\/10/,
    ],
  ])("%s", (_name, spec, settings, profiled, reason) => {
    const r = rate(spec, "2009-11-15", settings);
    expect(r.period).toBe("Q2");
    expect(r.profiled).toBe(profiled);
    expect(r.reason).toMatch(reason);
  });

  it("a table with only a Year to date column: profiled to the last quarter due", () => {
    const report = reportOf(
      [
        ["Indicator", "Target 2009/10", "Year to date 2009/10"],
        ["NI 154 Net additional homes provided", 2400, 1000],
      ],
      "2010-01-15"
    );
    const r = report.rag[0];
    expect([r?.period, r?.profiled, r?.actual, r?.status]).toEqual(["YTD", 1800, 1000, "red"]);
  });
});

describe("cumulative or point in time", () => {
  it.each<[string, Spec, Partial<Settings>, boolean, number]>([
    ["catalogue: NI 154 is a count", homes({ quarters: [500, 450] }), {}, true, 950],
    [
      "catalogue: NI 152 is a percentage",
      { indicator: "NI 152 Out of work benefits", target: "10.7%", quarters: ["11.9%"] },
      { profile: "even" },
      false,
      11.9,
    ],
    [
      "the table's Cumulative? column wins over the catalogue (NI 123 is a rate there)",
      {
        indicator: "NI 123 Stopping smoking",
        target: 890,
        quarters: [200, 210],
        cumulative: "Yes",
      },
      {},
      true,
      410,
    ],
    [
      "the officer's setting wins over the table",
      homes({ quarters: [500, 450], cumulative: "Yes" }),
      { cumulative: { ni154: false } },
      false,
      450,
    ],
    [
      "a local count",
      { indicator: "Volunteers placed", target: 1350, quarters: [300, 310], polarity: "High" },
      {},
      true,
      610,
    ],
    [
      "a local percentage",
      {
        indicator: "Residents satisfied with parks",
        target: "80%",
        quarters: ["78%", "79%"],
        polarity: "High",
      },
      {},
      false,
      79,
    ],
  ])("%s", (_name, spec, settings, cumulative, actual) => {
    const r = rate(spec, "2009-11-15", settings);
    expect(r.cumulative).toBe(cumulative);
    expect(r.actual).toBe(actual);
  });
});

type Case = [
  name: string,
  spec: Spec,
  asAt: string,
  status: RagStatus,
  period: RatingPeriod,
  direction: Direction | undefined,
];

// At 15 November 2009, Q2 (to 30 September) has ended; NI 152's figures come about 6 months late.
describe("rating the latest quarter", () => {
  it.each<Case>([
    [
      "count on profile: Green",
      homes({ quarters: [600, 620] }),
      "2009-11-15",
      "green",
      "Q2",
      "improving",
    ],
    [
      "count 4% short: Amber",
      homes({ quarters: [600, 552] }),
      "2009-11-15",
      "amber",
      "Q2",
      "worsening",
    ],
    [
      "count 21% short: Red",
      homes({ quarters: [500, 450] }),
      "2009-11-15",
      "red",
      "Q2",
      "worsening",
    ],
    [
      "a lower-is-better count, 1.4% over its profile: Amber",
      { indicator: "NI 49 Primary fires", target: 1380, quarters: [340, 360] },
      "2009-11-15",
      "amber",
      "Q2",
      "worsening",
    ],
    [
      "a rate against its target, direction against the previous quarter",
      { indicator: "NI 16 Serious acquisitive crime", target: 13.6, quarters: [13.9, 13.5] },
      "2009-11-15",
      "green",
      "Q2",
      "improving",
    ],
    [
      "direction against the same quarter last year",
      {
        indicator: "NI 16 Serious acquisitive crime",
        target: 13.6,
        lastYear: [14, 13.2, 13, 13],
        quarters: [13.9, 13.5],
      },
      "2009-11-15",
      "green",
      "Q2",
      "worsening",
    ],
    [
      "Q2 ended and due, its figure missing: No data at Q2, not Red",
      homes({ quarters: [600] }),
      "2009-11-15",
      "no-data",
      "Q2",
      undefined,
    ],
    [
      "a count whose Q1 is missing: No data at Q1, not at Q2, which has its figure",
      homes({ quarters: ["", 600] }),
      "2009-11-15",
      "no-data",
      "Q1",
      undefined,
    ],
    [
      "Q2 still running: rated at Q1",
      homes({ quarters: [600] }),
      "2009-09-30",
      "green",
      "Q1",
      undefined,
    ],
    [
      "NI 152: Q2 not published yet, rated at Q1",
      { indicator: "NI 152 Out of work benefits", target: "10.7%", quarters: ["11.9%"] },
      "2009-11-15",
      "red",
      "Q1",
      undefined,
    ],
    [
      "NI 152: nothing published yet: Awaiting data at Q2",
      { indicator: "NI 152 Out of work benefits", target: "10.7%" },
      "2009-11-15",
      "awaiting-data",
      "Q2",
      undefined,
    ],
    [
      "a figure in before its quarter ends is rated",
      homes({ quarters: [600, 600, 650] }),
      "2009-11-15",
      "green",
      "Q3",
      "improving",
    ],
    ["nothing ended, nothing in: not due", homes({}), "2009-06-30", "not-due", "year", undefined],
    [
      "the year's outturn, once in, stands",
      homes({ outturn: 2300, quarters: [500, 450] }),
      "2010-06-30",
      "amber",
      "year",
      "improving",
    ],
    [
      "school results come once a year: empty quarters leave the academic year not due",
      { indicator: "NI 72 Early years", target: "54%" },
      "2009-11-15",
      "not-due",
      "year",
      undefined,
    ],
    [
      "calendar-year statistics with empty quarters: awaiting the year's figure",
      { indicator: "NI 186 CO2 per head", target: 7.8, polarity: "Low" },
      "2010-02-15",
      "awaiting-data",
      "year",
      undefined,
    ],
    [
      "a Place Survey indicator with empty quarters in 2009/10: Not collected",
      { indicator: "NI 4 Influence decisions", target: "32.5%" },
      "2009-11-15",
      "not-collected",
      "year",
      undefined,
    ],
  ])("%s", (_name, spec, asAt, status, period, direction) => {
    const r = rate(spec, asAt);
    expect([r.status, r.period]).toEqual([status, period]);
    expect(r.direction).toBe(direction);
  });

  it("says the period, the value, the profiled target and how it was profiled", () => {
    const r = rate(homes({ quarters: [500, 450] }));
    expect(r.reason).toBe(
      "at Q2: 950 to date against a profiled target of 1,200 (the 2009/10 target of 2,400 spread evenly, 2 of 4 quarters); 20.8% below target, beyond 5% tolerance"
    );
    expect([r.target, r.actual, r.profiled, r.previous]).toEqual([2400, 950, 1200, 500]);
  });

  it("applies the amber rules: improving on the same period last year turns a Red Amber", () => {
    const spec = homes({ lastYear: [300, 300, 600, 600], quarters: [500, 450] });
    expect(rate(spec).status).toBe("red");
    const r = rate(spec, "2009-11-15", { amberRule: "improving" });
    expect([r.status, r.direction]).toEqual(["amber", "improving"]);
    expect(r.reason).toMatch(/better than Q2 2008\/09/);
  });

  it("keeps the annual rating of a table without in-year columns, with no in-year keys", () => {
    const report = reportOf(
      [
        ["Indicator", "Target 2009/10", "Actual 2009/10"],
        ["NI 154 Net additional homes provided", 2400, 2300],
      ],
      "2010-06-30"
    );
    const r = report.rag[0];
    expect(r?.period).toBe("year");
    expect(r && ("profiled" in r || "cumulative" in r)).toBe(false);
  });
});

describe("the forecast with in-year figures", () => {
  it("projects a count from its year-to-date run rate against the profile", () => {
    const report = reportOf([HEADER, cells(homes({ quarters: [500, 450] }))], "2009-11-15");
    const f = report.forecasts[0];
    // Baseline 2,100 at 2007/08 and a 2009/10 outturn of 1,900 (950 at half the profile): 1,800.
    expect(f?.projected).toBe(1800);
    expect(f?.reason).toMatch(/the run rate of 2009\/10 to Q2/);
  });

  it("projects a rate from its latest values and their trend", () => {
    const spec: Spec = {
      indicator: "NI 16 Serious acquisitive crime",
      baseline: "14.6 (2007/08)",
      target: 13.6,
      target2010: 13.1,
      quarters: [13.9, 13.5],
    };
    const report = reportOf([HEADER, cells(spec)], "2009-11-15");
    const f = report.forecasts[0];
    expect(f?.status).toBe("on-track");
    expect(f?.reason).toMatch(/the figures of 2009\/10 to Q2/);
  });

  it("in the final year, a count's run rate is the projection", () => {
    const report = reportOf(
      [
        ["Indicator", "Baseline", "Target 2010/11", "Q1 2010/11", "Q2 2010/11"],
        ["NI 154 Net additional homes provided", "2,100 (2007/08)", 2400, 500, 500],
      ],
      "2010-11-15"
    );
    const f = report.forecasts[0];
    expect([f?.projected, f?.status]).toEqual([2000, "off-track"]);
    expect(f?.reason).toMatch(
      /^projected 2,000 against a target of 2,400.*the run rate of 2010\/11 to Q2/
    );
  });
});
