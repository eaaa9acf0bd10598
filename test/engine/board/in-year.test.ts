import { analyse, planBoard, withDefaults } from "../../../src/engine";
import { HEADING } from "../../../src/engine/board/title";
import { defaultYear } from "../../../src/engine/board/year";
import { workbook } from "../../helpers/grid";
import { bodyRows, boardOf, detailHeader, findRow, gridOf, rating } from "./report-builder";

// 2008/09's outturns, then 2009/10's quarters and year to date: a board meeting in November 2009.
const snapshot = workbook([
  {
    rows: [
      [
        "Priority",
        "Indicator",
        "Baseline",
        "Target 2008/09",
        "Target 2009/10",
        "Target 2010/11",
      ].concat(["Actual 2008/09", "2009/10", "", "", "", ""]),
      ["", "", "", "", "", "", "", "Q1", "Q2", "Q3", "Q4", "Year to date"],
      ["Housing", "NI 154 Net additional homes", "2,100 (2007/08)", 2250, 2400, 2550, 1640].concat([
        500,
        450,
        "",
        "",
        950,
      ]),
      ["", "NI 155 Affordable homes", "520 (2007/08)", 560, 600, 650, 571, 160, 150, "", "", ""],
      ["Safer", "NI 16 Serious acquisitive crime", "14.6 (2007/08)", 14.1, 13.6, 13.1, 13.4].concat(
        [13.9, 13.5, "", "", ""]
      ),
      ["", "NI 152 Out of work benefits", "11.2%", "11.0%", "10.7%", "10.4%", "11.9%"].concat([
        "12.1%",
        "",
        "",
        "",
        "",
      ]),
    ],
    merges: ["H1:L1"],
  },
]);

describe("the board during the year", () => {
  const settings = withDefaults({ asAt: "2009-11-15", partnershipName: "Anytown Partnership" });
  const report = analyse(snapshot, settings);
  const outcome = planBoard(snapshot, report, settings);
  const grid = gridOf(boardOf(outcome));

  it("reports the latest quarter: the title says which", () => {
    expect(grid[2]?.[0]).toBe("Position at Q2 2009/10 (1 April to 30 September 2009)");
    expect(outcome.ok && outcome.summary).toMatch(/4 indicators at Q2 2009\/10/);
  });

  it("shows each indicator's period, its profiled target and the year to date", () => {
    const header = detailHeader(grid);
    expect(grid[header]?.slice(3, 7)).toEqual([
      "Target 2009/10",
      "Profiled target",
      "Year to date",
      "Status",
    ]);
    expect(bodyRows(grid, header).map((r) => [r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ["NI 154", 2400, 1200, 950, "Red at Q2"],
      ["NI 155", 600, 300, 310, "Green at Q2"],
      ["NI 16", 13.6, 13.6, 13.5, "Green at Q2"],
      // NI 152's Q2 figures come about six months after the quarter: rated at Q1.
      ["NI 152", "10.7%", 0.107, 0.121, "Red at Q1"],
    ]);
  });

  it("lists the exceptions with the quarter's row in their trend", () => {
    const section = findRow(grid, 0, HEADING.exceptions);
    const body = bodyRows(grid, findRow(grid, 1, "Code", section));
    const ni154 = body.slice(0, 3).map((r) => [r[3], r[4], r[5], r[6]]);
    expect(ni154).toEqual([
      ["2008/09", 2250, 1640, "Red"],
      ["Q2 2009/10", 1200, 950, "Red at Q2"],
      ["2010/11 projected", 2550, 1680, null],
    ]);
  });

  it("says the period in its legend and its missing-figures section", () => {
    const text = grid.map((r) => String(r[0] ?? ""));
    expect(text).toContain("No figure at Q2 2009/10, and why");
    expect(
      text.some((t) => t.startsWith("Direction of travel, against the same period last year"))
    ).toBe(true);
  });

  it("picks the year rated during the year over last year's outturns", () => {
    expect(defaultYear(report.rag, settings.asAt)).toBe(2009);
    // Once the year has ended with no quarter of it in, last year's complete outturns are reported.
    expect(defaultYear([rating(2008, 10), rating(2009, undefined)], "2010-06-30")).toBe(2008);
  });
});
