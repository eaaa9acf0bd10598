import { CellValue, analyse, planRag, sheetCell, withDefaults } from "../../../src/engine";
import { AppliedWorkbook, applyPlan, changedCells } from "../../helpers/apply-plan";
import { workbook } from "../../helpers/grid";

// A quarterly table: 2008/09's outturn, then 2009/10's quarters and year to date under a merged year.
const ROWS: CellValue[][] = [
  [
    "Indicator",
    "Baseline",
    "Target 2008/09",
    "Target 2009/10",
    "Actual 2008/09",
    "2009/10",
    "",
    "",
    "",
    "",
    "Notes",
  ],
  ["", "", "", "", "", "Q1", "Q2", "Q3", "Q4", "Year to date", ""],
  [
    "NI 154 Net additional homes",
    "2,100 (2007/08)",
    2250,
    2400,
    1640,
    500,
    450,
    "",
    "",
    950,
    "slow",
  ],
  [
    "NI 16 Serious acquisitive crime",
    "14.6 (2007/08)",
    14.1,
    13.6,
    13.4,
    13.9,
    13.5,
    "",
    "",
    "",
    "",
  ],
  ["NI 155 Affordable homes", "520 (2007/08)", 560, 600, 571, 150, "", "", "", "", ""],
];
const MERGES = ["F1:J1"];

function run(wb: AppliedWorkbook | ReturnType<typeof workbook>, asAt: string): AppliedWorkbook {
  const settings = withDefaults({ asAt });
  const snapshot = "snapshot" in wb ? wb.snapshot : wb;
  const outcome = planRag(snapshot, analyse(snapshot, settings), settings);
  if (!outcome.ok) throw new Error(outcome.message);
  return applyPlan(wb, outcome.plan);
}

describe("Write RAG for a year with in-year figures", () => {
  const start = workbook([{ rows: ROWS, merges: MERGES }]);
  const once = run(start, "2009-11-15");
  const sheet = once.snapshot.sheets[0];
  const col = (c: number): CellValue[] =>
    [1, 2, 3, 4].map((r) => (sheet ? sheetCell(sheet, r, c) : ""));

  it("puts the year's column after its last in-year column when that is free, else right of the table", () => {
    // A year with in-year columns is placed first: RAG 2009/10 would follow the year to date (J),
    // but K holds notes, so it goes to the first free column, L; Q1 follows Actual 2008/09 (E), so
    // RAG 2008/09 goes to the next free one, M.
    expect(col(11)).toEqual(["RAG 2009/10", "Red at Q2 ▼", "Green at Q2 ▲", "No data at Q2"]);
    expect(col(12)).toEqual(["RAG 2008/09", "Red ▼", "Green ▲", "Green ▲"]);
  });

  it("writes right after the year to date when that column is empty", () => {
    // Without the 2008/09 outturn and the notes: the year to date is in I, RAG 2009/10 in J.
    const rows = ROWS.map((r) => [...r.slice(0, 4), ...r.slice(5, 10)]);
    const out = run(workbook([{ rows, merges: ["E1:I1"] }]), "2009-11-15");
    const s = out.snapshot.sheets[0];
    expect(s && [1, 2].map((r) => sheetCell(s, r, 9))).toEqual(["RAG 2009/10", "Red at Q2 ▼"]);
  });

  it("rewrites the same column at the next quarter, and changes nothing when run again", () => {
    expect(changedCells(once, run(once, "2009-11-15"))).toEqual([]);
    const later = run(once, "2010-01-15");
    const s = later.snapshot.sheets[0];
    // Q3 (to December) has ended and is due: its figures are missing.
    expect(s && [2, 3, 4].map((r) => sheetCell(s, r, 11))).toEqual([
      "No data at Q3",
      "No data at Q3",
      "No data at Q3",
    ]);
  });
});
