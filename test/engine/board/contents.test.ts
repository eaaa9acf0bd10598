import {
  DEFAULT_SETTINGS,
  Finding,
  planBoard,
  Settings,
  WorkbookSnapshot,
} from "../../../src/engine";
import { HEADING } from "../../../src/engine/board/title";
import {
  bodyRows,
  boardOf,
  detailHeader,
  findRow,
  gridOf,
  Ind,
  makeReport,
} from "./report-builder";

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  asAt: "2010-06-30",
  partnershipName: "Anytown Partnership",
};
const empty: WorkbookSnapshot = { sheets: [], owned: [] };

const SAFE = "Safer communities";
const HOUSING = "Affordable housing";
const ECONOMY = "Economic growth";

const INDS: Ind[] = [
  {
    ambition: SAFE,
    code: "NI 16",
    title: "Serious acquisitive crime",
    status: "green",
    direction: "improving",
  },
  {
    ambition: SAFE,
    code: "NI 20",
    title: "Assault with injury",
    status: "red",
    direction: "worsening",
  },
  {
    ambition: SAFE,
    code: "NI 32",
    title: "Repeat domestic violence",
    status: "amber",
    direction: "worsening",
  },
  {
    ambition: HOUSING,
    code: "NI 154",
    title: "Net additional homes",
    status: "amber",
    direction: "improving",
  },
  { ambition: HOUSING, code: "NI 155", title: "Affordable homes", status: "no-data" },
  {
    ambition: ECONOMY,
    code: "NI 152",
    title: "Working age people on benefits",
    status: "amber",
    direction: "no-change",
  },
  { ambition: SAFE, code: "NI 30", title: "Re-offending", status: "green", direction: "worsening" },
  {
    ambition: ECONOMY,
    code: "NI 171",
    title: "New business registration",
    status: "red",
    direction: "improving",
  },
];

const board = () => boardOf(planBoard(empty, makeReport(INDS), settings));

describe("board contents", () => {
  it("opens with the partnership, the as-at date, the rated year and a legend", () => {
    const grid = gridOf(board());
    expect(grid[0]?.[0]).toBe("Anytown Partnership");
    expect(grid[1]?.[0]).toBe("LAA performance at 30 June 2010");
    expect(String(grid[2]?.[0])).toMatch(/^Year 2009\/10/);
    expect(String(grid[3]?.[0])).toContain("Green = on or better than target");
    expect(String(grid[3]?.[0])).toContain("5%");
  });

  it.each<[Partial<Settings>, string[]]>([
    [
      { tolerancePercent: 10 },
      ["Amber = off target by no more than 10%", "Red = off target by more than 10%"],
    ],
    [{ amberRule: "improving" }, ["better than last year", "not improving"]],
  ])("states the rating rules in force (%p) in the legend", (change, phrases) => {
    const grid = gridOf(boardOf(planBoard(empty, makeReport(INDS), { ...settings, ...change })));
    for (const p of phrases) expect(String(grid[3]?.[0])).toContain(p);
  });

  it("falls back to a plain title when no partnership name is set", () => {
    const grid = gridOf(
      boardOf(planBoard(empty, makeReport(INDS), { ...settings, partnershipName: " " }))
    );
    expect(grid[0]?.[0]).toBe("Local Area Agreement");
  });

  it.each([
    // ambition, green, amber, red, no data, total
    [SAFE, 2, 1, 1, 0, 4],
    [HOUSING, 0, 1, 0, 1, 2],
    [ECONOMY, 0, 1, 1, 0, 2],
    ["All indicators", 2, 3, 2, 1, 8],
  ])("counts %s by status", (ambition, green, amber, red, noData, total) => {
    const grid = gridOf(board());
    const header = findRow(grid, 2, "Ambition");
    expect(grid[header]?.slice(2, 10)).toEqual([
      "Ambition",
      "Green",
      "Amber",
      "Red",
      "No data",
      "Awaiting data",
      "Not collected",
      "Total",
    ]);
    const row = findRow(grid, 2, ambition, header);
    expect(row).toBeGreaterThan(header);
    expect(grid[row]?.slice(3, 10)).toEqual([green, amber, red, noData, 0, 0, total]);
  });

  it("lists ambitions in the order they first appear, the overall row last", () => {
    const grid = gridOf(board());
    const header = findRow(grid, 2, "Ambition");
    expect(bodyRows(grid, header).map((r) => r[2])).toEqual([
      SAFE,
      HOUSING,
      ECONOMY,
      "All indicators",
    ]);
  });

  it("groups the detail table by ambition with the status word and direction", () => {
    const grid = gridOf(board());
    const header = detailHeader(grid);
    const rows = bodyRows(grid, header);
    expect(rows.map((r) => r[1])).toEqual([
      "NI 16",
      "NI 20",
      "NI 32",
      "NI 30",
      "NI 154",
      "NI 155",
      "NI 152",
      "NI 171",
    ]);
    expect(rows.map((r) => r[6])).toEqual([
      "Green",
      "Red",
      "Amber",
      "Green",
      "Amber",
      "No data",
      "Amber",
      "Red",
    ]);
    expect(rows[0]?.[7]).toBe("▲ improving");
    expect(rows[1]?.[7]).toBe("▼ worsening");
    expect(rows[5]?.[7]).toBeNull();
    expect(rows[6]?.[7]).toBe("▶ no change");
  });

  it("lists as exceptions every Red and every worsening Amber, and nothing else", () => {
    const grid = gridOf(board());
    const section = findRow(grid, 0, HEADING.exceptions);
    const header = findRow(grid, 1, "Code", section);
    // One row per rated year (the trend: one year here), the first naming the indicator and its action.
    expect(bodyRows(grid, header).map((r) => [r[1], r[3], r[6], r[10]])).toEqual([
      ["NI 20", "2009/10", "Red", "No action recorded"],
      ["NI 32", "2009/10", "Amber", "No action recorded"],
      ["NI 171", "2009/10", "Red", "No action recorded"],
    ]);
  });

  it("says so when there are no exceptions", () => {
    const calm: Ind[] = [
      { ambition: SAFE, code: "NI 16", status: "amber", direction: "improving" },
    ];
    const grid = gridOf(boardOf(planBoard(empty, makeReport(calm), settings)));
    const section = findRow(grid, 0, HEADING.exceptions);
    expect(String(grid[section + 1]?.[0])).toMatch(/^No exceptions/);
  });

  it("shows target, actual and baseline as written, percentages as percentages", () => {
    const inds: Ind[] = [
      {
        ambition: SAFE,
        code: "NI 1",
        baseline: 0.452,
        target: 0.5,
        actual: 0.4875,
        percent: true,
        status: "amber",
      },
      {
        ambition: SAFE,
        code: "NI 154",
        baseline: "2,100 (2007/08)",
        target: 2400,
        actual: 2391.5,
        status: "amber",
      },
    ];
    const sheet = boardOf(planBoard(empty, makeReport(inds), settings));
    const grid = gridOf(sheet);
    const header = detailHeader(grid);
    expect(grid[header]?.slice(3, 6)).toEqual(["Baseline", "Target 2009/10", "Actual 2009/10"]);
    const [pct, num] = bodyRows(grid, header);
    expect(pct?.slice(3, 6)).toEqual([0.452, 0.5, 0.4875]);
    expect(num?.slice(3, 6)).toEqual(["2,100 (2007/08)", 2400, 2391.5]);
    const formatAt = (row: number, col: number) =>
      sheet.formats.find((g) =>
        g.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
      )?.format.numberFormat;
    expect(formatAt(header + 1, 3)).toBe("0.0%");
    expect(formatAt(header + 1, 4)).toBe("0%");
    expect(formatAt(header + 1, 5)).toBe("0.00%");
    expect(formatAt(header + 2, 4)).toBe("#,##0");
    expect(formatAt(header + 2, 5)).toBe("#,##0.0");
  });

  it("takes the title from the catalogue when the table gives only a code, and names local indicators", () => {
    const inds: Ind[] = [
      { ambition: SAFE, code: "NI 154", status: "green" },
      { ambition: SAFE, title: "Visits to the new library", status: "green" },
    ];
    const grid = gridOf(boardOf(planBoard(empty, makeReport(inds), settings)));
    const [ni, local] = bodyRows(grid, detailHeader(grid));
    expect(String(ni?.[2])).toMatch(/homes/i);
    expect(local?.slice(1, 3)).toEqual(["Local", "Visits to the new library"]);
  });

  it("puts indicators with no ambition last, and shows a year in progress as Not due counted as No data", () => {
    const inds: Ind[] = [
      { code: "NI 16", status: "green" },
      { ambition: SAFE, code: "NI 20", status: "not-due" },
    ];
    const grid = gridOf(boardOf(planBoard(empty, makeReport(inds), settings)));
    const rows = bodyRows(grid, detailHeader(grid));
    expect(rows.map((r) => [r[0], r[6]])).toEqual([
      [SAFE, "Not due"],
      ["No ambition given", "Green"],
    ]);
    const all = findRow(grid, 2, "All indicators");
    expect(grid[all]?.slice(3, 10)).toEqual([1, 0, 0, 1, 0, 0, 2]);
  });

  it("adds a Comment column only when a table has a Comments column", () => {
    const inds: Ind[] = [
      { ambition: SAFE, code: "NI 16", status: "red", comment: "Recovery plan agreed" },
    ];
    const withComments = gridOf(
      boardOf(planBoard(empty, makeReport(inds, { comments: true }), settings))
    );
    const h1 = detailHeader(withComments);
    expect(withComments[h1]?.[10]).toBe("Comment");
    expect(withComments[h1 + 1]?.[10]).toBe("Recovery plan agreed");
    const without = gridOf(boardOf(planBoard(empty, makeReport(inds), settings)));
    expect(without[detailHeader(without)]?.[10]).toBeNull();
  });

  it("counts findings by severity and lists each indicator with errors and its first error", () => {
    const f = (severity: Finding["severity"], indicator?: string, message = "m"): Finding => ({
      code: "x.y",
      severity,
      message,
      hint: "",
      sheet: "LAA",
      cell: "C7",
      indicator,
    });
    const findings = [
      f("error", "NI 20", "Baseline is TBC"),
      f("warning", "NI 20"),
      f("error", "NI 20", "Target 2010/11 is TBC"),
      f("error", "NI 154", "Lead partner missing"),
      f("info"),
      f("error"),
    ];
    const grid = gridOf(boardOf(planBoard(empty, makeReport(INDS, { findings }), settings)));
    const head = findRow(grid, 0, "Findings");
    expect(bodyRows(grid, head).map((r) => r.slice(0, 2))).toEqual([
      ["Errors", 4],
      ["Warnings", 1],
      ["Information", 1],
    ]);
    const list = findRow(grid, 0, "Indicator", head);
    expect(bodyRows(grid, list).map((r) => r.slice(0, 4))).toEqual([
      ["NI 20", 2, "Baseline is TBC", "LAA!C7"],
      ["NI 154", 1, "Lead partner missing", "LAA!C7"],
    ]);
  });
});
