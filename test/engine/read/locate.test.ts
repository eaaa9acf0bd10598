import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { CellValue } from "../../../src/engine/model/cell";
import { LaaTable } from "../../../src/engine/model/table";
import { readWorkbook } from "../../../src/engine/read";
import { GOV_HEADER, GridSheet, workbook } from "../../helpers/grid";

const read = (...sheets: GridSheet[]): readonly LaaTable[] =>
  readWorkbook(workbook(sheets), NATIONAL_INDICATORS);
const only = (...sheets: GridSheet[]): LaaTable => {
  const tables = read(...sheets);
  expect(tables).toHaveLength(1);
  return tables[0] as LaaTable;
};
const labels = (t: LaaTable): string[] =>
  t.rows.map((r) => r.indicator.code?.label ?? r.indicator.raw);

const ROW_154: CellValue[] = [
  "Housing",
  "NI 154 Net additional homes",
  500,
  520,
  540,
  560,
  "Council",
];
const ROW_16: CellValue[] = [
  "Safer",
  "NI 16 Serious acquisitive crime",
  "2,100 (2007/08)",
  2000,
  1900,
  1800,
  "Police; Council",
];

describe("locating LAA tables", () => {
  it("reads the government's two-row header with a merged span", () => {
    const t = only({ rows: [...GOV_HEADER, ROW_154, ROW_16], merges: ["D1:F1"] });
    expect(t.id).toBe("LAA!A1:G4");
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.columns).toMatchObject({ priority: 0, indicator: 1, baseline: 2, leadPartners: 6 });
    expect(t.columns.targets.map((y) => [y.year, y.col])).toEqual([
      [2008, 3],
      [2009, 4],
      [2010, 5],
    ]);
    expect(t.columns.actuals).toEqual([]);
    expect(labels(t)).toEqual(["NI 154", "NI 16"]);
    expect(t.rows[1]?.targets.map((y) => y.value.kind === "number" && y.value.value)).toEqual([
      2000, 1900, 1800,
    ]);
    expect(t.rows[1]?.partners.names).toEqual(["Police", "Council"]);
  });

  // Every wording the header reader takes for the indicator column also finds the table.
  it.each([
    "Statutory indicators",
    "Designated indicators",
    "Mandatory indicators",
    "Improvement indicator",
    "Key indicators",
    "National Indicator",
    "Measure",
    "Description",
  ])("finds a table whose indicator column is headed %p", (heading) => {
    const header = GOV_HEADER.map((r, i) => r.map((v, c) => (c === 1 && i === 0 ? heading : v)));
    const t = only({ rows: [...header, ROW_154, ROW_16], merges: ["D1:F1"] });
    expect(t.columns.indicator).toBe(1);
    expect(labels(t)).toEqual(["NI 154", "NI 16"]);
  });

  it("reads the span when it is not merged, and when it sits in the row above the labels", () => {
    const unmerged = only({ rows: [...GOV_HEADER, ROW_154] });
    expect(unmerged.columns.targets).toHaveLength(3);
    const above = only({
      rows: [
        ["", "", "", "Targets", "", "", ""],
        ["Priority", "Indicator", "Baseline", "2008/09", "2009/10", "2010/11", "Lead partners"],
        ROW_154,
      ],
    });
    expect(above.headerRows).toEqual([0, 1]);
    expect(above.columns.targets.map((y) => y.year)).toEqual([2008, 2009, 2010]);
    expect(above.rows).toHaveLength(1);
  });

  it("carries a priority merged down over its indicators", () => {
    const t = only({
      rows: [
        ...GOV_HEADER,
        ["Safer communities", ...ROW_16.slice(1)],
        ["", ...ROW_154.slice(1)],
        ["", ...ROW_16.slice(1)],
      ],
      merges: ["D1:F1", "A3:A5"],
    });
    expect(
      t.rows.map((r) => [r.priority?.text, r.priority?.carried, r.priority?.cell.row])
    ).toEqual([
      ["Safer communities", false, 2],
      ["Safer communities", true, 2],
      ["Safer communities", true, 2],
    ]);
  });

  it("carries a priority written once and left blank below, until the next one", () => {
    const t = only({
      rows: [
        ...GOV_HEADER,
        ROW_16,
        ["", ...ROW_154.slice(1)],
        ["Economy", ...ROW_154.slice(1)],
        ["", ...ROW_16.slice(1)],
      ],
    });
    expect(t.rows.map((r) => [r.priority?.text, r.priority?.carried])).toEqual([
      ["Safer", false],
      ["Safer", true],
      ["Economy", false],
      ["Economy", true],
    ]);
  });

  it("takes a row with text only in the priority column as a heading for the rows below", () => {
    const t = only({ rows: [...GOV_HEADER, ["Resilient communities"], ["", ...ROW_154.slice(1)]] });
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.priority).toEqual({
      text: "Resilient communities",
      cell: { sheet: "LAA", row: 2, col: 0 },
      carried: true,
    });
  });

  it("ignores title rows above the header", () => {
    const t = only({
      rows: [
        ["Salford Local Area Agreement 2008-11"],
        ["Improvement targets, refreshed March 2009"],
        [],
        ...GOV_HEADER,
        ROW_154,
      ],
    });
    expect(t.id).toBe("LAA!A4:G6");
    expect(t.rows).toHaveLength(1);
  });

  it("finds a table away from A1, in sheet coordinates", () => {
    const t = only({ name: "Targets 2008", at: "C5", rows: [...GOV_HEADER, ROW_154] });
    expect(t.id).toBe("Targets 2008!C5:I7");
    expect(t.columns.indicator).toBe(3);
    expect(t.rows[0]?.row).toBe(6);
    expect(t.rows[0]?.baseline.cell).toEqual({ sheet: "Targets 2008", row: 6, col: 4 });
  });

  it("finds two tables stacked on one sheet", () => {
    const tables = read({
      rows: [
        ...GOV_HEADER,
        ROW_154,
        ROW_16,
        [],
        ["Statutory education targets"],
        ...GOV_HEADER,
        ["Education", "NI 72 Early years", "48%", "50%", "52%", "54%", "Council"],
      ],
    });
    expect(tables.map((t) => t.id)).toEqual(["LAA!A1:G4", "LAA!A7:G9"]);
    expect(tables.map(labels)).toEqual([["NI 154", "NI 16"], ["NI 72"]]);
  });

  it.each<[string, CellValue[]]>([
    [
      "a local indicator titled 'Number of ...' with a 'Local indicator' comment",
      [
        "Safer",
        "Number of volunteers placed",
        "1,150 (2007/08)",
        1250,
        1350,
        1450,
        "CVS",
        "Local indicator",
      ],
    ],
    [
      "a local indicator titled 'Local indicator: ...' with text targets",
      [
        "Safer",
        "Local indicator: volunteers",
        "1,150 (2007/08)",
        "1,250",
        "1,350",
        "45%",
        "CVS",
        "Indicator",
      ],
    ],
    [
      "a row of header words over numeric targets",
      ["Priority", "Indicator", "Baseline", 1, 2, 3, "Lead partners", "Comments"],
    ],
  ])("keeps %s in the table above it", (_, row) => {
    const header = GOV_HEADER.map((r) => [...r, r === GOV_HEADER[0] ? "Comments" : ""]);
    const t = only({ rows: [...header, [...ROW_154, ""], row, [...ROW_16, ""]] });
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it("finds tables on several sheets, any sheet order", () => {
    const tables = read(
      { name: "Notes", rows: [["Read me"]] },
      { name: "A", rows: [...GOV_HEADER, ROW_154] },
      { name: "B", rows: [...GOV_HEADER, ROW_16] }
    );
    expect(tables.map((t) => t.sheet)).toEqual(["A", "B"]);
  });

  it("reads a table inside an Excel table and stops at its last row", () => {
    const t = only({
      at: "B2",
      rows: [
        ["Indicator", "Baseline", "2008/09", "2009/10", "2010/11", "Lead partner"],
        ["NI 154", 500, 520, 540, 560, "Council"],
        ["NI 16", 2100, 2000, 1900, 1800, "Police"],
        ["NI 17 Perceptions of anti-social behaviour", 20, 19, 18, 17, "Police"],
      ],
      tables: [{ name: "LaaTargets", range: "B2:G4" }],
    });
    expect(t.excelTable).toBe("LaaTargets");
    expect(t.id).toBe("LAA!B2:G4");
    expect(labels(t)).toEqual(["NI 154", "NI 16"]);
  });

  it("reads code and title from two columns", () => {
    const t = only({
      rows: [
        ["Priority", "NI ref", "Indicator", "Baseline", "08/09", "09/10", "10/11", "Lead partners"],
        ["Housing", "NI 154", "Net additional homes provided", 500, 520, 540, 560, "Council"],
        ["", 16, "Serious acquisitive crime", 2100, 2000, 1900, 1800, "Police"],
      ],
    });
    expect(t.columns).toMatchObject({ indicator: 1, indicatorTitle: 2 });
    expect(
      t.rows.map((r) => [r.indicator.code?.label, r.indicator.title, r.indicator.titleCell?.col])
    ).toEqual([
      ["NI 154", "Net additional homes provided", 2],
      ["NI 16", "Serious acquisitive crime", 2],
    ]);
  });

  it("takes the baseline period from the header, the cell, or a period column", () => {
    const fromHeader = only({
      rows: [
        ["Indicator", "Baseline (2007/08)", "2008/09", "2009/10", "2010/11"],
        ["NI 154", 500, 520, 540, 560],
        ["NI 16", "2,100 (2006/07)", 2000, 1900, 1800],
      ],
    });
    expect(fromHeader.baselineHeaderPeriod).toBe("2007/08");
    expect(fromHeader.rows.map((r) => r.baselinePeriod)).toEqual([
      { text: "2007/08", from: "header" },
      { text: "2006/07", from: "cell" },
    ]);
    const fromColumn = only({
      rows: [
        ["Indicator", "Baseline", "Baseline year", "2008/09", "2009/10", "2010/11"],
        ["NI 154", 500, "2007/08", 520, 540, 560],
        ["NI 16", 2100, "", 2000, 1900, 1800],
      ],
    });
    expect(fromColumn.columns.baselinePeriod).toBe(2);
    expect(fromColumn.rows.map((r) => r.baselinePeriod)).toEqual([
      { text: "2007/08", from: "column" },
      undefined,
    ]);
  });

  it("reads fractions with a percent format as percent", () => {
    const t = only({
      rows: [
        ...GOV_HEADER,
        [
          "Health",
          "NI 55 Obesity in primary school age children in Reception",
          0.452,
          0.44,
          "43%",
          0.42,
          "PCT",
        ],
      ],
      formats: { C3: "0.0%", D3: "0%", F3: "0.00%" },
    });
    const r = t.rows[0];
    expect(r?.baseline).toMatchObject({ kind: "number", value: 45.2, unit: "percent" });
    expect(
      r?.targets.map((y) => y.value.kind === "number" && [y.value.value, y.value.unit])
    ).toEqual([
      [44, "percent"],
      [43, "percent"],
      [42, "percent"],
    ]);
  });

  it("reads actual columns written as 'Actual 2008/09', and RAG columns", () => {
    const t = only({
      rows: [
        [
          "Indicator",
          "Baseline",
          "Target 2008/09",
          "Actual 2008/09",
          "RAG 2008/09",
          "Target 2009/10",
          "Outturn 09/10",
        ],
        ["NI 154", 500, 520, 530, "Green", 540, ""],
      ],
    });
    expect(t.columns.targets.map((y) => [y.year, y.col])).toEqual([
      [2008, 2],
      [2009, 5],
    ]);
    expect(t.columns.actuals.map((y) => [y.year, y.col])).toEqual([
      [2008, 3],
      [2009, 6],
    ]);
    expect(t.columns.rag.map((y) => [y.year, y.col])).toEqual([[2008, 4]]);
    expect(t.rows[0]?.actuals.map((a) => a.value.kind)).toEqual(["number", "empty"]);
  });

  it("reads actual columns as years under a spanning 'Actual' header", () => {
    const t = only({
      rows: [
        [
          "Indicator",
          "Baseline",
          "LAA improvement target",
          "",
          "",
          "Actual",
          "",
          "",
          "Lead partners",
        ],
        ["", "", "08/09", "09/10", "10/11", "08/09", "09/10", "10/11", ""],
        ["NI 154", 500, 520, 540, 560, 525, "", "", "Council"],
      ],
      merges: ["C1:E1", "F1:H1"],
    });
    expect(t.columns.targets.map((y) => y.col)).toEqual([2, 3, 4]);
    expect(t.columns.actuals.map((y) => [y.year, y.col])).toEqual([
      [2008, 5],
      [2009, 6],
      [2010, 7],
    ]);
    expect(t.rows[0]?.actuals[0]?.value).toMatchObject({ kind: "number", value: 525 });
  });

  it("accepts a header without baseline or lead partners, leaving those columns absent", () => {
    const t = only({
      rows: [
        ["Indicator", "2008/09", "2009/10", "2010/11"],
        ["NI 154", 520, 540, 560],
      ],
    });
    expect(t.columns.baseline).toBeUndefined();
    expect(t.columns.leadPartners).toBeUndefined();
    expect(t.rows[0]?.baseline.kind).toBe("empty");
    expect(t.rows[0]?.partners.names).toEqual([]);
  });

  it("skips blank rows inside and ends at three blank rows", () => {
    const t = only({
      rows: [
        ...GOV_HEADER,
        ROW_154,
        [],
        [],
        ROW_16,
        [],
        [],
        [],
        ["", "NI 17", 1, 2, 3, 4, "Police"],
      ],
    });
    expect(labels(t)).toEqual(["NI 154", "NI 16"]);
    expect(t.id).toBe("LAA!A1:G6");
  });

  it("keeps rows with values but no indicator, and leaves footnotes out", () => {
    const t = only({
      rows: [
        ...GOV_HEADER,
        ROW_154,
        ["", "", "TBC", 10, 11, 12, "Council"],
        [],
        ["* lead partner for the target"],
        ["Source: Place Survey 2008, CLG"],
        [
          "",
          "This table was agreed by the partnership board on 12 March 2009 and will be refreshed annually with government.",
        ],
      ],
    });
    expect(t.rows.map((r) => r.indicator.raw)).toEqual(["NI 154 Net additional homes", ""]);
    expect(t.range.bottom).toBe(3);
  });

  it("reads polarity, tolerance, comments and contributes-to columns", () => {
    const t = only({
      rows: [
        [
          "Indicator",
          "Baseline",
          "2008/09",
          "2009/10",
          "2010/11",
          "Good is",
          "Tolerance",
          "Comments",
          "Contributes to",
        ],
        ["NI 154", 500, 520, 540, 560, "Low", "10%", "Agreed with GONW", "Economy; Environment"],
        ["Local: volunteers", 100, 110, 120, 130, "", 5, "", ""],
      ],
    });
    const [a, b] = t.rows;
    expect(a?.polarityCell).toMatchObject({ raw: "Low", polarity: "lower" });
    expect(a?.polarity).toEqual({ value: "lower", source: "table" });
    expect(a?.tolerance).toMatchObject({ kind: "number", value: 10, unit: "percent" });
    expect(a?.comment).toEqual({
      cell: { sheet: "LAA", row: 1, col: 7 },
      text: "Agreed with GONW",
    });
    expect(a?.contributesTo).toEqual(["Economy", "Environment"]);
    expect(b?.polarity).toEqual({ value: "higher", source: "targets" });
    expect(b?.tolerance).toMatchObject({ value: 5, unit: "percent" });
    expect(b?.comment).toBeUndefined();
  });

  it("resolves relative targets against the baseline and the previous year", () => {
    const t = only({
      rows: [...GOV_HEADER, ["", "NI 154", 500, "+2%", "increase by 100", "maintain", "Council"]],
    });
    expect(t.rows[0]?.targets.map((y) => y.value.kind === "relative" && y.value.resolved)).toEqual([
      510, 610, 610,
    ]);
  });

  it.each<[string, GridSheet]>([
    ["an empty sheet", { rows: [] }],
    [
      "prose",
      { rows: [["Indicators of success"], ["Our ambitions for 2008/09 are set out below."]] },
    ],
    [
      "an indicator column with nothing else recognised",
      {
        rows: [
          ["Indicator", "Comments"],
          ["NI 154", "ok"],
        ],
      },
    ],
    [
      "a cross-cutting matrix",
      {
        rows: [
          [
            "Cross cutting support between ambitions",
            "Resilient communities",
            "Affordable housing",
          ],
          ["1 Building social capital", "", "yes"],
        ],
      },
    ],
    [
      "years without an indicator column",
      {
        rows: [
          ["Budget", "2008/09", "2009/10"],
          ["Staff", 10, 11],
        ],
      },
    ],
  ])("finds no table in %s", (_name, grid) => {
    expect(read(grid)).toEqual([]);
  });
});

describe("where a table ends", () => {
  it("stops at a cross-cutting matrix written under the table", () => {
    const t = only({
      rows: [
        ...GOV_HEADER,
        ROW_154,
        [],
        ["Cross cutting support between ambitions", "Housing", "Safer", "Economy"],
        ["1 Building social capital", "", "yes", "yes"],
      ],
    });
    expect(t.rows).toHaveLength(1);
    expect(t.range.bottom).toBe(2);
  });
});

describe("tables side by side", () => {
  it("reads two tables separated by an empty column as two tables", () => {
    const tables = read({
      rows: [
        [
          "Indicator",
          "Baseline",
          "2008/09",
          "2009/10",
          "",
          "Indicator",
          "Baseline",
          "2008/09",
          "Lead partner",
        ],
        ["NI 154", 500, 520, 540, "", "NI 72 Early years", "48%", "50%", "Council"],
        ["NI 16", 2100, 2000, 1900, "", "", "", "", ""],
      ],
    });
    expect(tables.map((t) => t.id)).toEqual(["LAA!A1:D3", "LAA!F1:I2"]);
    expect(tables.map(labels)).toEqual([["NI 154", "NI 16"], ["NI 72"]]);
    expect(tables[1]?.columns).toMatchObject({ indicator: 5, baseline: 6, leadPartners: 8 });
  });

  it("keeps a table whole across an unlabelled column", () => {
    const t = only({
      rows: [
        ["Indicator", "Baseline", "2008/09", "", "Lead partners"],
        ["NI 154", 500, 520, "note", "Council"],
      ],
    });
    expect(t.columns.leadPartners).toBe(4);
    expect(t.rows[0]?.partners.names).toEqual(["Council"]);
  });
});

describe("page debris copied in with a table", () => {
  it.each<[string, CellValue[]]>([
    ["a running header", ["Appendix One - Council Plan", "", "", "", "", "", "8/02/2010"]],
    ["a page number", ["", "", "", "", "", "", "Page 3 of 7"]],
    ["a bare page number", ["", "", "", "- 4 -"]],
    ["a lone date", ["8/02/2010"]],
    ["a document title", ["Northshire Council Plan 2010-13: key performance indicators"]],
    ["a version line", ["Version 26/2/09"]],
    ["a continued marker", ["(continued)"]],
  ])("%s is never an indicator or a priority", (_name, debris) => {
    const t = only({ rows: [...GOV_HEADER, ROW_154, debris, ROW_16] });
    expect(labels(t)).toEqual(["NI 154", "NI 16"]);
    expect(t.rows.map((r) => r.priority?.text)).toEqual(["Housing", "Safer"]);
  });

  it("reads a row number printed before the code", () => {
    const t = only({ rows: [...GOV_HEADER, ["Housing", "1. NI 154 Net additional homes provided", "2,100 (2007/08)", 2200, 2300, 2400, "Council"]] });
    expect(t.rows[0]?.indicator).toMatchObject({ code: { label: "NI 154" }, title: "Net additional homes provided" });
  });

  it("keeps a note row as a comment on the table, not a priority", () => {
    const t = only({ rows: [...GOV_HEADER, ROW_154, ["[NB: NI171 & NI153 targets are being renegotiated]"], ROW_16] });
    expect(t.notes?.map((n) => [n.cell.row, n.text])).toEqual([[3, "NI171 & NI153 targets are being renegotiated"]]);
    expect(t.rows.map((r) => r.priority?.text)).toEqual(["Housing", "Safer"]);
  });
}); // prettier-ignore
