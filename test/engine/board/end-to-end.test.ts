import { analyse, planBoard, withDefaults } from "../../../src/engine";
import { govHeader, workbook } from "../../helpers/grid";
import { HEADING } from "../../../src/engine/board/title";
import { bodyRows, boardOf, detailHeader, findRow, gridOf } from "./report-builder";

// A small government-format table with actuals, read, checked and rated by the real engine.
const snapshot = workbook([
  {
    name: "LAA",
    rows: [
      ...govHeader("Lead partners", "Actual 2008/09", "Actual 2009/10", "Comments"),
      [
        "Safer communities",
        "NI 16 Serious acquisitive crime rate",
        "16.2 (2007/08)",
        15.5,
        15,
        14.5,
        "Police",
        15.8,
        17.5,
        "=cmd",
      ],
      [
        "",
        "NI 20 Assault with injury crime rate",
        "6.1 (2007/08)",
        6,
        5.8,
        5.6,
        "Police; PCT",
        5.9,
        5.7,
        "",
      ],
      [
        "Affordable housing",
        "NI 154 Net additional homes provided",
        "2,100 (2007/08)",
        2200,
        2400,
        2600,
        "+44 Housing",
        2150,
        2300,
        "Slow market",
      ],
      [
        "",
        "NI 155 Number of affordable homes delivered (gross)",
        "TBC",
        300,
        320,
        340,
        "Council",
        290,
        "",
        "",
      ],
    ],
  },
]);

describe("board from a workbook, through analyse", () => {
  const settings = withDefaults({ asAt: "2010-06-30", partnershipName: "Anytown Partnership" });
  const report = analyse(snapshot, settings);
  const outcome = planBoard(snapshot, report, settings);

  it("rates 2009/10 and lists every indicator under its ambition", () => {
    const grid = gridOf(boardOf(outcome));
    const header = detailHeader(grid);
    expect(grid[header]?.[4]).toBe("Target 2009/10");
    expect(grid[header]?.[8]).toBe("Likely to achieve 2010/11?");
    const rows = bodyRows(grid, header);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["Safer communities", "NI 16"],
      ["Safer communities", "NI 20"],
      ["Affordable housing", "NI 154"],
      ["Affordable housing", "NI 155"],
    ]);
    // NI 16: lower is better, 17.5 against 15 is more than 5% off and worse than last year
    expect(rows[0]?.slice(5, 8)).toEqual([17.5, "Red", "▼ worsening"]);
    expect(rows[1]?.[6]).toBe("Green");
    expect(rows[3]?.[6]).toBe("No data");
    // the least-squares line through 16.2, 15.8, 17.5 reaches 17.8 (target 14.5); 2,100, 2,150, 2,300 reaches 2,383 of 2,600
    expect(rows.map((r) => r[8])).toEqual(["Off track", "On track", "Off track", "Unknown"]);
    expect(rows[0]?.[10]).toBe("=cmd");
    expect(rows[2]?.[9]).toBe("+44 Housing");
  });

  it("lists the Red and the off-track indicators as exceptions, each with its trend and no action", () => {
    const grid = gridOf(boardOf(outcome));
    const section = findRow(grid, 0, HEADING.exceptions);
    const body = bodyRows(grid, findRow(grid, 1, "Code", section));
    expect(body.map((r) => [r[1], r[3], r[4], r[5], r[6], r[8], r[10]])).toEqual([
      ["NI 16", "2008/09", 15.5, 15.8, "Amber", null, "No action recorded"],
      [null, "2009/10", 15, 17.5, "Red", null, null],
      [null, "2010/11 projected", 14.5, 17.8, null, "Off track", null],
      ["NI 154", "2008/09", 2200, 2150, "Amber", null, "No action recorded"],
      [null, "2009/10", 2400, 2300, "Amber", null, null],
      [null, "2010/11 projected", 2600, 2383, null, "Off track", null],
    ]);
  });

  it("says why NI 155 has no figure, and lists the baseline error under data quality", () => {
    const grid = gridOf(boardOf(outcome));
    const why = findRow(grid, 0, "No figure for 2009/10, and why");
    expect(bodyRows(grid, why + 1).map((r) => [r[1], r[3], r[4]])).toEqual([
      ["NI 155", "No data", "No actual for 2009/10, which has ended."],
    ]);
    const errors = report.findings.filter((f) => f.severity === "error");
    const head = findRow(grid, 0, "Findings");
    expect(grid[head + 1]?.slice(0, 2)).toEqual(["Errors", errors.length]);
    // the TBC baseline of NI 155 is an error (baseline.placeholder): the board names the indicator and cell
    expect(errors.map((f) => [f.indicator, f.cell])).toEqual([["NI 155", "C6"]]);
    const list = findRow(grid, 0, "Indicator", head);
    expect(bodyRows(grid, list).map((r) => [r[0], r[1], r[3]])).toEqual([["NI 155", 1, "LAA!C6"]]);
  });
});
