import { CellValue, analyse, planBoard, withDefaults } from "../../../src/engine";
import { HEADING } from "../../../src/engine/board/title";
import { workbook } from "../../helpers/grid";
import { MONITORING_HEAD, MONITORING_ROWS } from "../../helpers/monitoring-table";
import { bodyRows, boardOf, detailHeader, findRow, gridOf } from "./report-builder";

// A monitoring table rated by the real engine at 30 June 2010, with remedial actions and a reward
// column: NI 4 (Place Survey: no 2009/10 figure), NI 186 (CO2: awaiting data), NI 154 (Red, off
// track, with its action), NI 20 (Red, off track, no action), NI 16 (Green, on track) and NI 155
// (taken out of the reward element).
// The shared monitoring table (NI 4, NI 186, NI 154) with action and reward columns, and three rows more.
const EXTRA = ["Remedial action", "Action owner", "Action date", "Reward element"];
const NO_EXTRA = ["", "", "", ""];
const NI154_ACTION = ["Bring forward two public sites", "Head of Housing", "2010-12-31", ""];
const HEAD: CellValue[] = [...MONITORING_HEAD, ...EXTRA];
const ROWS: CellValue[][] = [
  ...MONITORING_ROWS.map((r, i) => [...r, ...(i === 2 ? NI154_ACTION : NO_EXTRA)]),
  [
    "3 Housing",
    "NI 155 Affordable homes",
    "520 (2007/08)",
    560,
    600,
    650,
    "HCA",
    571,
    583,
    "",
    "",
    "",
    "Removed",
  ],
  [
    "4 Safer",
    "NI 20 Assault with injury",
    "6.8 (2007/08)",
    6.6,
    6.4,
    6.2,
    "Police",
    6.7,
    6.9,
    ...NO_EXTRA,
  ],
  [
    "4 Safer",
    "NI 16 Serious acquisitive crime",
    "14.6 (2007/08)",
    14.1,
    13.6,
    13.1,
    "Police",
    13.4,
    13.2,
    ...NO_EXTRA,
  ],
];
const snapshot = workbook([{ rows: [HEAD, ...ROWS] }]);

function boardGrid(rewardPot?: number) {
  const settings = withDefaults({ asAt: "2010-06-30", ...(rewardPot ? { rewardPot } : {}) });
  const sheet = boardOf(planBoard(snapshot, analyse(snapshot, settings), settings));
  return { sheet, grid: gridOf(sheet) };
}

describe("the board's forecast, missing data, exceptions and reward", () => {
  it("adds a 'Likely to achieve 2010/11?' column and counts by forecast status", () => {
    const { grid } = boardGrid();
    const detail = bodyRows(grid, detailHeader(grid));
    expect(detail.map((r) => [r[1], r[8]])).toEqual([
      ["NI 4", "Unknown"],
      ["NI 186", "At risk"],
      ["NI 154", "Off track"],
      ["NI 155", "At risk"],
      ["NI 20", "Off track"],
      ["NI 16", "On track"],
    ]);
    const section = findRow(grid, 0, "Likely to achieve 2010/11?");
    const head = findRow(grid, 2, "Ambition", section);
    expect(grid[head]?.slice(2, 8)).toEqual([
      "Ambition",
      "On track",
      "At risk",
      "Off track",
      "Unknown",
      "Total",
    ]);
    expect(grid[findRow(grid, 2, "All indicators", head)]?.slice(3, 8)).toEqual([1, 2, 2, 1, 6]);
  });

  it("says why each indicator has no 2009/10 figure", () => {
    const { grid } = boardGrid();
    const section = findRow(grid, 0, "No figure for 2009/10, and why");
    expect(bodyRows(grid, section + 1).map((r) => [r[1], r[3], r[4]])).toEqual([
      ["NI 4", "Not collected", "Place Survey not run in 2009/10."],
      [
        "NI 186",
        "Awaiting data",
        "Due about Sep 2011 (DECC/AEA local CO2 statistics: about 21 months after the period).",
      ],
    ]);
    // the summary counts them apart
    const summary = findRow(grid, 2, "Ambition");
    expect(grid[summary]?.slice(7, 9)).toEqual(["Awaiting data", "Not collected"]);
    expect(grid[findRow(grid, 2, "All indicators", summary)]?.slice(3, 10)).toEqual([
      1, 1, 2, 0, 1, 1, 6,
    ]);
  });

  it("lists each exception's action, owner and date, or 'No action recorded' in bold", () => {
    const { sheet, grid } = boardGrid();
    const section = findRow(grid, 0, HEADING.exceptions);
    const head = findRow(grid, 1, "Code", section);
    expect(grid[head]?.slice(9, 11)).toEqual(["Action owner and date", "Remedial action"]);
    const firsts = bodyRows(grid, head).filter((r) => r[1] !== null);
    // NI 4 was Red in 2008/09, its latest rated year: no 2009/10 survey does not clear it
    expect(firsts.map((r) => [r[1], r[9], r[10]])).toEqual([
      ["NI 4", null, "No action recorded"],
      ["NI 154", "Head of Housing, by 2010-12-31", "Bring forward two public sites"],
      ["NI 20", null, "No action recorded"],
    ]);
    const row = grid.findIndex((r) => r[10] === "No action recorded");
    const style = sheet.formats.find((g) =>
      g.ranges.some((x) => row >= x.top && row <= x.bottom && 10 >= x.left && 10 <= x.right)
    );
    expect(style?.format.bold).toBe(true);
  });

  it("gives each exception its trend: the years' actuals against the targets, then the projection", () => {
    const { grid } = boardGrid();
    const section = findRow(grid, 0, HEADING.exceptions);
    const body = bodyRows(grid, findRow(grid, 1, "Code", section));
    const start = body.findIndex((r) => r[1] === "NI 154");
    expect(body.slice(start, start + 3).map((r) => [r[3], r[4], r[5], r[6], r[8]])).toEqual([
      ["2008/09", 2250, 1640, "Red", null],
      ["2009/10", 2400, 1420, "Red", null],
      ["2010/11 projected", 2550, 1040, null, "Off track"],
    ]);
  });

  it("shows the reward at stake: triggers and shares, and with a pot the amounts and the total", () => {
    const without = boardGrid().grid;
    const at = findRow(without, 0, HEADING.reward);
    expect(String(without[at + 1]?.[0])).toMatch(
      /^Estimate only\. 5 designated targets; no reward pot is set/
    );
    const { grid } = boardGrid(1_000_000);
    const section = findRow(grid, 0, HEADING.reward);
    expect(String(grid[section + 1]?.[0])).toContain("share a pot of £1,000,000 (£200,000 each)");
    expect(String(grid[section + 2]?.[0])).toMatch(
      /^Estimated reward at current performance: £[\d,]+ of £1,000,000; £[\d,]+ at stake\.$/
    );
    const head = findRow(grid, 1, "Code", section);
    expect(grid[head]?.slice(4, 10)).toEqual([
      "60% trigger",
      "Target 2010/11",
      "Actual used",
      "Achieved",
      "Share",
      "Amount (estimate)",
    ]);
    const body = bodyRows(grid, head);
    // NI 155 is out of the reward element
    expect(body.filter((r) => r[1] !== null).map((r) => r[1])).toEqual([
      "NI 4",
      "NI 186",
      "NI 154",
      "NI 20",
      "NI 16",
    ]);
    const homes = body.find((r) => r[1] === "NI 154");
    // trigger 2,100 + 60% × 450 = 2,370; achievement (1,420 − 2,100) ÷ 450 = −151.1%: nothing
    expect(homes?.slice(4, 10)).toEqual([2370, 2550, 1420, -1.511, 0, 0]);
    const crime = body.find((r) => r[1] === "NI 16");
    // (13.2 − 14.6) ÷ (13.1 − 14.6) = 93.3% of £200,000
    expect(crime?.slice(7, 10)).toEqual([0.933, 0.933, 186600]);
    const amounts = body.filter((r) => r[1] !== null).map((r) => Number(r[9]));
    const total = body.find((r) => String(r[2]).startsWith("Total"));
    expect(total?.[9]).toBe(amounts.reduce((a, b) => a + b, 0));
  });
});
