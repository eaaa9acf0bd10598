import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { CellValue } from "../../../src/engine/model/cell";
import { InYearColumn, InYearPeriod } from "../../../src/engine/model/in-year";
import { LaaTable } from "../../../src/engine/model/table";
import { readWorkbook } from "../../../src/engine/read";
import { classifyHeader } from "../../../src/engine/read/header";
import { parseInYearHeader } from "../../../src/engine/read/in-year-header";
import { GridSheet, workbook } from "../../helpers/grid";

const only = (sheet: GridSheet): LaaTable => {
  const tables = readWorkbook(workbook([sheet]), NATIONAL_INDICATORS);
  expect(tables).toHaveLength(1);
  return tables[0] as LaaTable;
};

/** What an in-year column was read as: [year, period, kind, to date?]. */
const shape = (c: InYearColumn | undefined) => [c?.year, c?.period, c?.kind, c?.toDate === true];

type Form = [header: string, period: InYearPeriod, kind: "actual" | "profile", toDate: boolean];

// Every header form the issue names, without a year: under a spanning "2009/10" they are 2009/10's.
const FORMS: Form[] = [
  ["Q1", "Q1", "actual", false],
  ["Q4", "Q4", "actual", false],
  ["Qtr 1", "Q1", "actual", false],
  ["Quarter 2", "Q2", "actual", false],
  ["2nd quarter", "Q2", "actual", false],
  ["Apr-Jun", "Q1", "actual", false],
  ["Jul\u2013Sep", "Q2", "actual", false],
  ["October to December", "Q3", "actual", false],
  ["Jan-Mar", "Q4", "actual", false],
  ["Jun", "Jun", "actual", false],
  ["August", "Aug", "actual", false],
  ["End of June", "Q1", "actual", true],
  ["End of August", "Aug", "actual", true],
  ["Apr-Sep", "Q2", "actual", true],
  ["YTD", "YTD", "actual", true],
  ["Year to date", "YTD", "actual", true],
  ["Cumulative", "YTD", "actual", true],
  ["Cumulative to Q2", "Q2", "actual", true],
  ["Q2 actual", "Q2", "actual", false],
  ["Q1 target", "Q1", "profile", false],
  ["Target Q3", "Q3", "profile", false],
  ["Q2 profile", "Q2", "profile", false],
  ["Target to date", "YTD", "profile", false],
  ["Profile", "YTD", "profile", false],
  ["Profiled target", "YTD", "profile", false],
];

// The same forms with the year in each header, as one-row headers write them.
const WITH_YEAR: [
  header: string,
  year: number,
  period: InYearPeriod,
  kind: string,
  toDate: boolean,
][] = [
  ["Q1 2009/10", 2009, "Q1", "actual", false],
  ["Qtr 1 09/10", 2009, "Q1", "actual", false],
  ["Quarter 2 2009-10", 2009, "Q2", "actual", false],
  ["Apr-Jun 2009/10", 2009, "Q1", "actual", false],
  ["Jul\u2013Sep 09", 2009, "Q2", "actual", false],
  ["Jan-Mar 10", 2009, "Q4", "actual", false],
  ["Jun 09", 2009, "Jun", "actual", false],
  ["Jan 2010", 2009, "Jan", "actual", false],
  ["June 2009", 2009, "Jun", "actual", false],
  ["End of June 2009", 2009, "Q1", "actual", true],
  ["Apr-Sep 09", 2009, "Q2", "actual", true],
  ["YTD 2009/10", 2009, "YTD", "actual", true],
  ["Year to date 09/10", 2009, "YTD", "actual", true],
  ["Cumulative 2009/10", 2009, "YTD", "actual", true],
  ["Q1 target 2009/10", 2009, "Q1", "profile", false],
  ["Target to date 2009/10", 2009, "YTD", "profile", false],
  ["Profile 2009/10", 2009, "YTD", "profile", false],
  ["Q3 2010/11 actual", 2010, "Q3", "actual", false],
];

describe("in-year header words", () => {
  it.each(FORMS)("%p names %p (%p, to date: %p)", (header, period, kind, toDate) => {
    const c = classifyHeader(header);
    expect(c?.role).toBe("in-year");
    expect(c?.inYear?.period ?? "YTD").toBe(period);
    expect(c?.inYear?.kind ?? "actual").toBe(kind);
    expect(c?.inYear?.toDate === true).toBe(toDate);
    expect(c?.inYear?.year).toBeUndefined();
  });

  it.each(WITH_YEAR)("%p names %p's %p", (header, year, period, kind, toDate) => {
    const c = classifyHeader(header);
    expect(c?.role).toBe("in-year");
    expect([c?.inYear?.year, c?.inYear?.period ?? "YTD", c?.inYear?.kind ?? "actual"]).toEqual([
      year,
      period,
      kind,
    ]);
    expect(c?.inYear?.toDate === true).toBe(toDate);
  });

  // Never an in-year column: LAA year columns, other headers, prose, ranges that are no period.
  it.each<[string, string | undefined]>([
    ["Target 2009/10", "year"],
    ["Actual 2009/10", "year"],
    ["09/10", "year"],
    ["RAG 2009/10", "year"],
    ["LAA improvement target", "span-target"],
    ["Target date", "action-date"],
    ["Performance", "span-actual"],
    ["Comments (June update)", "comments"],
    ["Baseline (to May 07)", "baseline"],
    ["Cumulative?", "cumulative"],
    ["Cumulative (Y/N)", "cumulative"],
    ["Type", "cumulative"],
    ["Data available", "data-available"],
    ["Q1 2009", undefined],
    ["May-Jul", undefined],
    ["Figures for June were late.", undefined],
    ["Actual v target Q2", undefined],
  ])("%p is not in-year (%p)", (header, role) => {
    expect(classifyHeader(header)?.role).toBe(role);
  });

  it("expects lower-case text and leaves other words alone", () => {
    expect(parseInYearHeader("q2 position")).toEqual({ period: "Q2" });
    expect(parseInYearHeader("q2 housing")).toBeUndefined();
  });
});

const INDICATOR: CellValue[] = ["NI 154 Net additional homes provided", "2,100 (2007/08)"];

describe("reading in-year columns", () => {
  it.each(WITH_YEAR)("one-row header %p", (header, year, period, kind, toDate) => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "Target 2009/10", "Target 2010/11", header],
        [...INDICATOR, 2400, 2550, 600],
      ],
    });
    // The in-year column is never taken for a target year.
    expect(t.columns.targets.map((c) => c.year)).toEqual([2009, 2010]);
    expect(t.columns.inYear?.map(shape)).toEqual([[year, period, kind, toDate]]);
    const v = t.rows[0]?.inYear?.[0];
    expect(v?.value).toMatchObject({ kind: "number", value: 600, cell: { row: 1, col: 4 } });
  });

  it.each(FORMS)("two-row header: %p under a merged 2009/10", (header, period, kind, toDate) => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "LAA improvement target", "", "", "2009/10", ""],
        ["", "", "08/09", "09/10", "10/11", header, "YTD"],
        [...INDICATOR, 2250, 2400, 2550, 600, 1100],
      ],
      merges: ["D1:F1", "G1:H1"],
    });
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.columns.targets.map((c) => c.year)).toEqual([2008, 2009, 2010]);
    expect(t.columns.inYear?.map(shape)).toEqual([
      [2009, period, kind, toDate],
      [2009, "YTD", "actual", true],
    ]);
    expect(t.rows[0]?.inYear?.map((v) => v.value.kind === "number" && v.value.value)).toEqual([
      600, 1100,
    ]);
  });

  it.each(FORMS)("two-row header: %p under an unmerged 2009/10 in the row above", (header) => {
    const t = only({
      rows: [
        ["", "", "2009/10", "", ""],
        ["Indicator", "Baseline", "Q1", header, "Year to date"],
        [...INDICATOR, 500, 600, 1100],
      ],
    });
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.columns.targets).toEqual([]);
    expect(t.columns.inYear?.map((c) => c.year)).toEqual([2009, 2009, 2009]);
    expect(t.rows[0]?.inYear).toHaveLength(3);
  });

  it("takes the kind from the span above: targets profiled by quarter under 'Target 2009/10'", () => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "Target 2009/10", "", "", "", "Performance 2009/10", ""],
        ["", "", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"],
        [...INDICATOR, 600, 1200, 1800, 2400, 500, 450],
      ],
      merges: ["C1:F1", "G1:H1"],
    });
    expect(t.columns.targets).toEqual([]);
    expect(t.columns.inYear?.map(shape)).toEqual([
      [2009, "Q1", "profile", false],
      [2009, "Q2", "profile", false],
      [2009, "Q3", "profile", false],
      [2009, "Q4", "profile", false],
      [2009, "Q1", "actual", false],
      [2009, "Q2", "actual", false],
    ]);
  });

  it("reads a quarter over Actual and Target columns", () => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "Q1 2009/10", "", "Q2 2009/10", ""],
        ["", "", "Actual", "Target", "Actual", "Profile"],
        [...INDICATOR, 500, 600, 450, 1200],
      ],
      merges: ["C1:D1", "E1:F1"],
    });
    expect(t.columns.inYear?.map(shape)).toEqual([
      [2009, "Q1", "actual", false],
      [2009, "Q1", "profile", false],
      [2009, "Q2", "actual", false],
      [2009, "Q2", "profile", false],
    ]);
  });

  it("keeps each value's cell, placeholders, percentages and provisional marks", () => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "Target 2009/10", "Q1 2009/10", "Q2 2009/10", "Q3 2009/10"],
        ["NI 152 Out of work benefits", "11.2%", "10.7%", 0.121, "12.3% (provisional)", "TBC"],
      ],
      formats: { D2: "0.0%" },
    });
    const values = t.rows[0]?.inYear?.map((v) => v.value);
    expect(values?.[0]).toMatchObject({ kind: "number", value: 12.1, unit: "percent" });
    expect(values?.[1]).toMatchObject({ kind: "number", value: 12.3, provisional: true });
    expect(values?.[2]).toMatchObject({ kind: "placeholder", text: "TBC", cell: { col: 5 } });
  });

  it("leaves out a quarter that names no year anywhere, and still reads the table", () => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "Target 2009/10", "Q1", "Q2"],
        [...INDICATOR, 2400, 500, 450],
      ],
    });
    expect(t.columns.targets.map((c) => c.year)).toEqual([2009]);
    expect(t.columns.inYear).toBeUndefined();
    expect(t.rows[0]?.inYear).toBeUndefined();
  });

  it("reads a Cumulative? column, and annual tables carry no in-year keys", () => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "Target 2009/10", "Q1 2009/10", "Cumulative?"],
        [...INDICATOR, 2400, 500, "Yes"],
        ["NI 156 Households in temporary accommodation", "412", 280, 300, "Snapshot"],
        ["NI 155 Affordable homes", "520", 600, 150, "see note"],
      ],
    });
    expect(t.columns.cumulative).toBe(4);
    expect(t.rows.map((r) => r.cumulativeCell?.cumulative)).toEqual([true, false, undefined]);
    const annual = only({
      rows: [
        ["Indicator", "Baseline", "Target 2009/10", "Actual 2009/10"],
        [...INDICATOR, 2400, 2300],
      ],
    });
    expect("inYear" in annual.columns).toBe(false);
    expect(annual.rows[0] && "inYear" in annual.rows[0]).toBe(false);
  });

  it("does not take a row of quarterly figures under the table for another header", () => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "Target 2009/10", "Q1 2009/10", "Q2 2009/10", "YTD 2009/10"],
        [...INDICATOR, 2400, 500, 450, 950],
        ["Local indicator: volunteers", "1,150", 1350, 300, 310, 610],
      ],
    });
    expect(t.rows).toHaveLength(2);
  });
});
