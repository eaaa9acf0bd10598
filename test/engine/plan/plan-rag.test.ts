import {
  CellValue,
  PlanOutcome,
  WorkbookSnapshot,
  rangeToA1,
  sheetCell,
  withDefaults,
} from "../../../src/engine";
import { planRag } from "../../../src/engine/plan";
import { applyPlan } from "../../helpers/apply-plan";
import { GridSheet, workbook } from "../../helpers/grid";
import { LABELS, simpleReport, simpleRows } from "./simple-table";

const settings = withDefaults({ asAt: "2010-06-30" });
const ROWS: CellValue[][] = [
  ["Homes", 100, "High", 110, 112, "", 120, 118, "on track"],
  ["Crime", 50, "Low", 45, 52, "", 40, 47, ""],
  ["Local", 10, "", 12, 11, "", 13, "", ""],
];

function grid(
  extra: Partial<GridSheet> = {},
  rows: CellValue[][] = ROWS,
  labels = LABELS
): GridSheet {
  return { name: "LAA", rows: simpleRows(rows, labels), ...extra };
}

function plan(wb: WorkbookSnapshot, s = settings): PlanOutcome {
  return planRag(wb, simpleReport(wb, s), s);
}

function ok(outcome: PlanOutcome) {
  if (!outcome.ok) throw new Error(`expected a plan, got ${outcome.reason}: ${outcome.message}`);
  return outcome;
}

/** The column letters and cell texts of a sheet after applying a plan. */
function column(wb: WorkbookSnapshot, col: number): CellValue[] {
  const s = wb.sheets[0];
  if (!s) throw new Error("no sheet");
  return [1, 2, 3, 4].map((r) => sheetCell(s, r, col));
}

describe("planRag placement", () => {
  it("puts the status column right after an actual column that is empty, else right of the table", () => {
    const wb = workbook([grid()]);
    const after = applyPlan(wb, ok(plan(wb)).plan).snapshot;
    // F (5) is empty after Actual 2008; after Actual 2009 comes Comments, so 2009/10 goes to J (9).
    expect(column(after, 5)).toEqual(["RAG 2008/09", "Green ▲", "Red ▼", "No data"]);
    expect(column(after, 9)).toEqual(["RAG 2009/10", "Amber ▲", "Red ▲", "No data"]);
    expect(
      ok(plan(wb)).plan.owned.map((a) => (a.kind === "rag-column" ? rangeToA1(a.range) : a.sheet))
    ).toEqual(["F2:F5", "J2:J5"]);
  });

  const noteInRow = ROWS.map((r, i) => (i === 1 ? [...r.slice(0, 5), "note", ...r.slice(6)] : r));
  const headed = [...LABELS.slice(0, 5), "x", ...LABELS.slice(6)];
  it.each<[string, CellValue[][], string[]]>([
    ["a value in one data row", noteInRow, LABELS],
    ["a header over an empty column", ROWS, headed],
  ])(
    "an actual column followed by user data (%s) puts the column right of the table",
    (_name, rows, labels) => {
      const wb = workbook([grid({}, rows, labels)]);
      const owned = ok(plan(wb)).plan.owned.map((a) =>
        a.kind === "rag-column" ? rangeToA1(a.range) : ""
      );
      expect(owned).toEqual(["J2:J5", "K2:K5"]);
    }
  );

  it("treats a number format in an empty column as the user's", () => {
    const wb = workbook([grid({ formats: { F4: "0.0%" } })]);
    const owned = ok(plan(wb)).plan.owned.map((a) =>
      a.kind === "rag-column" ? rangeToA1(a.range) : ""
    );
    expect(owned).toEqual(["J2:J5", "K2:K5"]);
  });

  it("writes nothing for a year not yet due, and the arrow only when there is a direction", () => {
    const wb = workbook([grid()]);
    const after = applyPlan(wb, ok(plan(wb, withDefaults({ asAt: "2010-03-01" }))).plan).snapshot;
    expect(column(after, 9)).toEqual(["RAG 2009/10", "Amber ▲", "Red ▲", ""]);
  });

  it("reuses the column it owns, clears the old range first and keeps one record per column", () => {
    const wb = workbook([grid()]);
    const first = applyPlan(wb, ok(plan(wb)).plan);
    const second = ok(plan(first.snapshot)).plan;
    expect(second.edits[0]?.clear.map(rangeToA1)).toEqual(["F2:F5", "J2:J5"]);
    expect(second.owned).toEqual(first.snapshot.owned);
    expect(second.edits[0]?.columnWidths).toEqual({});
  });

  it("keeps owned areas it does not replace (board sheets, other columns)", () => {
    const board = { kind: "board-sheet" as const, sheet: "Board" };
    const other = {
      kind: "rag-column" as const,
      sheet: "Old",
      range: { top: 0, left: 0, bottom: 3, right: 0 },
    };
    const wb = workbook([grid()], [board, other]);
    const owned = ok(plan(wb)).plan.owned;
    expect(owned.slice(0, 2)).toEqual([board, other]);
    expect(owned).toHaveLength(4);
  });

  it("plans one edit per sheet and names every sheet in the summary", () => {
    const wb = workbook([grid(), grid({ name: "Health" }, [ROWS[0] ?? []])]);
    const outcome = ok(plan(wb));
    expect(outcome.plan.edits.map((e) => e.sheet)).toEqual(["LAA", "Health"]);
    expect(outcome.summary).toBe(
      "Wrote 8 statuses in 4 columns on LAA and Health (2 Green, 2 Amber, 2 Red, 2 No data)"
    );
  });

  it("gives the header bold and a summary with the counts", () => {
    const outcome = ok(plan(workbook([grid()])));
    const bold = outcome.plan.edits[0]?.formats.find((g) => g.format.bold);
    expect(bold?.ranges.map(rangeToA1)).toEqual(["F2", "J2"]);
    expect(outcome.summary).toBe(
      "Wrote 6 statuses in 2 columns on LAA (1 Green, 1 Amber, 2 Red, 2 No data)"
    );
  });
});

describe("planRag refuses and writes nothing", () => {
  it("when the sheet is protected", () => {
    const outcome = plan(workbook([grid({ protected: true })]));
    expect(outcome).toMatchObject({ ok: false, reason: "protected", sheet: "LAA" });
    expect(outcome.ok ? "" : outcome.message).toBe(
      "The sheet 'LAA' is protected: unprotect it (Review › Unprotect Sheet) and run Write RAG again."
    );
  });

  it("when no table has an actual column", () => {
    const labels = ["Indicator", "Baseline", "Polarity", "Target 2008"];
    const wb = workbook([grid({}, [["Homes", 1, "High", 2]], labels)]);
    expect(plan(wb)).toMatchObject({ ok: false, reason: "nothing-to-write" });
  });

  it("when a user typed over a status in the owned column", () => {
    const first = applyPlan(workbook([grid()]), ok(plan(workbook([grid()]))).plan).snapshot;
    const edited = edit(first, 3, 5, "see note");
    expect(plan(edited)).toMatchObject({
      ok: false,
      reason: "in-the-way",
      sheet: "LAA",
      cell: "F4",
    });
  });

  it("when the table shrank and the user typed into the owned column below it", () => {
    const first = applyPlan(workbook([grid()]), ok(plan(workbook([grid()]))).plan).snapshot;
    // Row 5 (Local) deleted from the table; the user writes a note in F5, still in the old owned range.
    let shrunk = first;
    for (const col of [0, 1, 3, 4, 6]) shrunk = edit(shrunk, 4, col, "");
    expect(ok(plan(shrunk)).plan.edits[0]?.clear.map(rangeToA1)).toEqual(["F2:F5", "J2:J5"]);
    expect(plan(edit(shrunk, 4, 5, "moved to row 9"))).toMatchObject({
      ok: false,
      reason: "in-the-way",
      cell: "F5",
    });
  });

  it("when the table grew into a cell the user typed below the owned column", () => {
    const first = applyPlan(workbook([grid()]), ok(plan(workbook([grid()]))).plan).snapshot;
    const grown = edit(edit(edit(first, 5, 0, "Jobs"), 5, 2, "High"), 5, 5, "user note");
    expect(plan(grown)).toMatchObject({ ok: false, reason: "in-the-way", cell: "F6" });
  });

  it("when the user has an own RAG column for the year that the add-in did not write", () => {
    const labels = [...LABELS, "RAG 2009/10"];
    const wb = workbook([
      grid(
        {},
        ROWS.map((r) => [...r, "Green"]),
        labels
      ),
    ]);
    const outcome = plan(wb);
    expect(outcome).toMatchObject({ ok: false, reason: "in-the-way", sheet: "LAA", cell: "J2" });
  });

  it("when a merged area crosses the owned column", () => {
    const first = applyPlan(workbook([grid()]), ok(plan(workbook([grid()]))).plan).snapshot;
    const s = first.sheets[0];
    if (!s) throw new Error("no sheet");
    const merged = {
      ...first,
      sheets: [{ ...s, merges: [{ top: 3, left: 4, bottom: 3, right: 6 }] }],
    };
    expect(plan(merged)).toMatchObject({ ok: false, reason: "in-the-way", cell: "E4" });
  });
});

/** A copy of the workbook with one cell of the first sheet changed (grid grown if needed). */
function edit(
  wb: WorkbookSnapshot,
  row: number,
  col: number,
  value: string | number
): WorkbookSnapshot {
  return applyPlan(wb, {
    edits: [
      {
        sheet: wb.sheets[0]?.name ?? "",
        clear: [],
        blocks: [{ top: row, left: col, values: [[value]] }],
        formats: [],
      },
    ],
    newSheets: [],
    owned: wb.owned,
  }).snapshot;
}
