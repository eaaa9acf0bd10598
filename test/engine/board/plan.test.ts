import {
  DEFAULT_SETTINGS,
  NewSheet,
  OwnedArea,
  planBoard,
  RangeRef,
  Settings,
  STATUS_FILL,
  WorkbookSnapshot,
} from "../../../src/engine";
import { sheet } from "../../helpers/grid";
import {
  bodyRows,
  boardOf,
  detailHeader,
  findRow,
  gridOf,
  Ind,
  makeReport,
} from "./report-builder";

const settings: Settings = { ...DEFAULT_SETTINGS, asAt: "2010-06-30" };
const NAME = "Board status 2010-06-30";
const INDS: Ind[] = [
  {
    ambition: "Safer communities",
    code: "NI 16",
    status: "red",
    direction: "worsening",
    partners: "Police",
  },
  { ambition: "Affordable housing", code: "NI 154", status: "green", partners: "Council" },
];
const ragColumn: OwnedArea = {
  kind: "rag-column",
  sheet: "LAA",
  range: { top: 1, left: 7, bottom: 9, right: 7 },
};
/** What the board records it was rated with: the settings above. */
const STAMP = {
  asAt: "2010-06-30",
  tolerancePercent: 5,
  amberRule: "tolerance",
  rewardPot: null,
} as const;
const snapshotWith = (names: string[], owned: OwnedArea[]): WorkbookSnapshot => ({
  sheets: names.map((name) => sheet({ name, rows: [["x"]] })),
  owned,
});

describe("board sheet name and ownership", () => {
  it("creates 'Board status <as-at>' and records it as owned, keeping earlier owned areas", () => {
    const outcome = planBoard(snapshotWith(["LAA"], [ragColumn]), makeReport(INDS), settings);
    expect(boardOf(outcome).name).toBe(NAME);
    expect(outcome.ok && outcome.plan.owned).toEqual([
      ragColumn,
      { kind: "board-sheet", sheet: NAME, stamp: STAMP },
    ]);
    expect(outcome.ok && outcome.plan.edits).toEqual([]);
  });

  it("replaces its own sheet of that name, recording it once", () => {
    const owned: OwnedArea[] = [ragColumn, { kind: "board-sheet", sheet: NAME }];
    const outcome = planBoard(snapshotWith(["LAA", NAME], owned), makeReport(INDS), settings);
    expect(boardOf(outcome).name).toBe(NAME);
    expect(outcome.ok && outcome.plan.owned).toEqual([
      ragColumn,
      { kind: "board-sheet", sheet: NAME, stamp: STAMP },
    ]);
  });

  it.each([NAME, NAME.toUpperCase()])("refuses to touch a user's sheet named %s", (userSheet) => {
    const owned: OwnedArea[] = [{ kind: "board-sheet", sheet: "Board status 2010-03-31" }];
    const outcome = planBoard(snapshotWith(["LAA", userSheet], owned), makeReport(INDS), settings);
    expect(outcome).toMatchObject({ ok: false, reason: "in-the-way", sheet: userSheet });
    expect(!outcome.ok && outcome.message).toContain(`'${userSheet}'`);
  });

  it.each([
    ["no ratings at all", [] as Ind[], {}],
    ["no rating for the chosen year", INDS, { year: 2010 }],
  ])("writes nothing when there is %s", (_label, inds, options) => {
    const outcome = planBoard(snapshotWith(["LAA"], []), makeReport(inds), settings, options);
    expect(outcome).toMatchObject({ ok: false, reason: "nothing-to-write" });
  });

  it.each(["30/06/2010", "2010-02-30", ""])(
    "writes nothing for an as-at date %p that is not YYYY-MM-DD",
    (asAt) => {
      const outcome = planBoard(snapshotWith([], []), makeReport(INDS), { ...settings, asAt });
      expect(outcome).toMatchObject({ ok: false, reason: "nothing-to-write" });
    }
  );
});

describe("text from user cells", () => {
  const hostile = [
    "=cmd|' /C calc'!A0",
    "+44 161 555 0100",
    "-5",
    "@SUM(A1:A9)",
    '=HYPERLINK("x")',
  ] as const;

  it("goes into the plan exactly as written, as strings", () => {
    const inds: Ind[] = [
      {
        ambition: hostile[0],
        title: hostile[3],
        baseline: hostile[2],
        target: hostile[2],
        actual: hostile[1],
        partners: hostile[1],
        comment: hostile[4],
        status: "red",
      },
    ];
    const outcome = planBoard(snapshotWith([], []), makeReport(inds, { comments: true }), {
      ...settings,
      partnershipName: "=1+1",
    });
    const grid = gridOf(boardOf(outcome));
    expect(grid[0]?.[0]).toBe("=1+1");
    const [detail] = bodyRows(grid, detailHeader(grid));
    expect(detail).toEqual([
      hostile[0],
      "Local",
      hostile[3],
      hostile[2],
      hostile[2],
      hostile[1],
      "Red",
      null,
      null,
      hostile[1],
      hostile[4],
    ]);
    // the summary repeats the ambition as the chart's category: also unchanged
    expect(findRow(grid, 2, hostile[0])).toBeGreaterThan(0);
  });
});

const manyLines = (n: number): Ind[] =>
  Array.from({ length: n }, (_, i) => ({
    ambition: i < n / 2 ? "Safer communities" : "Affordable housing",
    code: `NI ${i + 1}`,
    title: `Indicator ${i + 1}`,
    baseline: "52% (2007)",
    target: 100 + i,
    actual: 90 + i,
    partners: "Police; Council",
    status: "red",
    direction: "worsening",
  }));

const rangeCount = (s: NewSheet) => s.formats.reduce((n, g) => n + g.ranges.length, 0);
const cellsIn = (r: RangeRef) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

describe("formats", () => {
  it("groups formats per style: neither groups nor ranges grow with the number of rows", () => {
    const small = boardOf(planBoard(snapshotWith([], []), makeReport(manyLines(10)), settings));
    const large = boardOf(planBoard(snapshotWith([], []), makeReport(manyLines(400)), settings));
    expect(large.formats.length).toBe(small.formats.length);
    expect(rangeCount(large)).toBe(rangeCount(small));
    expect(rangeCount(large)).toBeLessThan(60);
  });

  it("styles every cell at most once, inside the written area", () => {
    const board = boardOf(planBoard(snapshotWith([], []), makeReport(manyLines(30)), settings));
    const grid = gridOf(board);
    const seen = new Set<string>();
    for (const g of board.formats) {
      for (const r of g.ranges) {
        expect(r.top).toBeGreaterThanOrEqual(0);
        expect(r.bottom).toBeLessThan(grid.length);
        expect(r.right).toBeLessThan(grid[0]?.length ?? 0);
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            const key = `${row},${col}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
        }
      }
    }
  });

  it("colours each status word with its own fill", () => {
    const inds: Ind[] = [
      { ambition: "A", code: "NI 1", status: "green" },
      { ambition: "A", code: "NI 2", status: "red" },
    ];
    const board = boardOf(planBoard(snapshotWith([], []), makeReport(inds), settings));
    const grid = gridOf(board);
    const header = detailHeader(grid);
    const fillAt = (row: number, col: number) =>
      board.formats.find((g) =>
        g.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
      )?.format.fill;
    expect(fillAt(header + 1, 6)).toBe(STATUS_FILL.green.fill);
    expect(fillAt(header + 2, 6)).toBe(STATUS_FILL.red.fill);
    expect(STATUS_FILL.red.fill).not.toBe(STATUS_FILL.green.fill);
  });
});

describe("print and visuals", () => {
  const board = boardOf(planBoard(snapshotWith([], []), makeReport(manyLines(6)), settings));
  const grid = gridOf(board);

  it("prints landscape, one page wide, detail header repeated, as-at date and page numbers in the footer", () => {
    expect(board.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1 });
    const repeat = board.print?.repeatRows;
    expect(repeat?.first).toBe(repeat?.last);
    expect(grid[repeat?.first ?? -1]?.slice(0, 3)).toEqual(["Ambition", "Code", "Indicator"]);
    expect(board.print?.footer).toContain("30 June 2010");
    expect(board.print?.footer).toContain("Page &P of &N");
  });

  it("sets a width for every written column and wraps long text", () => {
    for (let col = 0; col < (grid[0]?.length ?? 0); col++) {
      expect(board.columnWidths[col]).toBeGreaterThanOrEqual(8);
    }
    const titleCol = board.formats.filter((g) =>
      g.ranges.some((r) => r.left <= 2 && r.right >= 2 && cellsIn(r) > 1)
    );
    expect(titleCol.some((g) => g.format.wrap)).toBe(true);
  });

  it("feeds the chart the by-ambition counts with their header and category column", () => {
    const chart = board.chart;
    expect(chart?.type).toBe("stacked-bar");
    const d = chart?.dataRange ?? { top: -1, left: 0, bottom: 0, right: 0 };
    expect(grid[d.top]?.slice(d.left, d.right + 1)).toEqual([
      "Ambition",
      "Green",
      "Amber",
      "Red",
      "No data",
      "Awaiting data",
      "Not collected",
    ]);
    const categories = grid.slice(d.top + 1, d.bottom + 1).map((r) => r[d.left]);
    expect(categories).toEqual(["Safer communities", "Affordable housing"]);
    expect(chart?.seriesColors).toHaveLength(6);
  });

  it("anchors the chart on empty cells inside the sheet's written rows", () => {
    const a = board.chart?.anchor ?? { top: -1, left: 0, bottom: 0, right: 0 };
    expect(a.bottom).toBeLessThan(grid.length);
    for (let row = a.top; row <= a.bottom; row++) {
      for (let col = a.left; col <= a.right; col++) expect(grid[row]?.[col]).toBeNull();
    }
  });

  it("puts the data bar on the Total cells of the ambitions (not the overall row)", () => {
    expect(board.dataBars).toHaveLength(1);
    const r = board.dataBars?.[0]?.range ?? { top: -1, left: 0, bottom: 0, right: 0 };
    expect(r.left).toBe(r.right);
    expect(grid[r.top - 1]?.[r.left]).toBe("Total");
    const totals = grid.slice(r.top, r.bottom + 1).map((row) => row[r.left]);
    expect(totals).toEqual([3, 3]);
    expect(grid[r.bottom + 1]?.[2]).toBe("All indicators");
  });
});
