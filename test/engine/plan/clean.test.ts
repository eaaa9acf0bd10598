import {
  WorkbookSnapshot,
  analyse,
  describeOwned,
  planBoard,
  planClean,
  planRag,
  withDefaults,
} from "../../../src/engine";
import { AppliedWorkbook, applyPlan, changedCells } from "../../helpers/apply-plan";
import { ratedTable, workbook } from "../../helpers/grid";

const settings = withDefaults({ asAt: "2010-06-30" });
const start = workbook([{ name: "LAA", rows: ratedTable() }]);

function write(wb: AppliedWorkbook | WorkbookSnapshot, what: "rag" | "board"): AppliedWorkbook {
  const snapshot = "snapshot" in wb ? wb.snapshot : wb;
  const report = analyse(snapshot, settings);
  const outcome =
    what === "rag" ? planRag(snapshot, report, settings) : planBoard(snapshot, report, settings);
  if (!outcome.ok) throw new Error(outcome.message);
  return applyPlan(wb, outcome.plan);
}

function clean(wb: AppliedWorkbook) {
  const outcome = planClean(wb.snapshot);
  if (!outcome.ok) throw new Error(outcome.message);
  return { outcome, after: applyPlan(wb, outcome.plan) };
}

describe("Remove LAA Monitor output", () => {
  const written = write(write(start, "rag"), "board");

  it("names what will go before it goes", () => {
    expect(describeOwned(written.snapshot)).toEqual([
      "RAG 2008/09 on 'LAA' (J2:J4)",
      "RAG 2009/10 on 'LAA' (K2:K4)",
      "The sheet 'Board status 2010-06-30'",
    ]);
  });

  it("leaves the workbook as it was before the add-in wrote: cells, sheets and record", () => {
    const { outcome, after } = clean(written);
    expect(changedCells(start, after)).toEqual([]);
    expect(after.snapshot.sheets.map((s) => s.name)).toEqual(["LAA"]);
    expect(after.snapshot.owned).toEqual([]);
    expect(outcome.ok && outcome.plan.deleteSheets).toEqual(["Board status 2010-06-30"]);
    expect(outcome.ok && outcome.plan.edits[0]?.standardWidths).toEqual([9, 10]);
    expect(outcome.ok && outcome.summary).toBe(
      "Removed LAA Monitor's 2 status columns and the sheet 'Board status 2010-06-30', and its record."
    );
  });

  it("keeps a value the user typed into a status column since, and says where", () => {
    const sheet = written.snapshot.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const area = sheet.areas[0];
    if (!area) throw new Error("no area");
    // K3: the 2009/10 status of NI 16, overwritten by the officer.
    const values = area.values.map((r, i) =>
      r.map((v, j) => (i === 2 && j === 10 ? "See note" : v))
    );
    const edited = {
      ...written,
      snapshot: {
        ...written.snapshot,
        sheets: [{ ...sheet, areas: [{ ...area, values }] }, ...written.snapshot.sheets.slice(1)],
      },
    };
    const { outcome, after } = clean(edited);
    expect(changedCells(start, after)).toEqual(["LAA!K3"]);
    expect(outcome.ok && outcome.plan.edits[0]?.standardWidths).toEqual([9]);
    expect(outcome.ok && outcome.summary).toMatch(/Left 1 cell holding your own text: LAA!K3\.$/);
  });

  it("says it plainly when only a board sheet goes", () => {
    const { outcome } = clean(write(start, "board"));
    expect(outcome.ok && outcome.summary).toBe(
      "Removed LAA Monitor's sheet 'Board status 2010-06-30' and its record."
    );
  });

  it("can write again afterwards, into the same columns", () => {
    const again = write(clean(written).after, "rag");
    expect(changedCells(write(start, "rag"), again)).toEqual([]);
  });

  it("refuses, writing nothing, when a sheet with status columns is protected", () => {
    const locked = {
      ...written.snapshot,
      sheets: written.snapshot.sheets.map((s) =>
        s.name === "LAA" ? { ...s, protected: true } : s
      ),
    };
    expect(planClean(locked)).toMatchObject({ ok: false, reason: "protected", sheet: "LAA" });
  });

  it("says there is nothing to remove in a workbook it never wrote to", () => {
    expect(planClean(start)).toMatchObject({ ok: false, reason: "nothing-to-write" });
  });
});
