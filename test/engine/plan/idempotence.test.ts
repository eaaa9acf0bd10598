import {
  CellValue,
  RangeRef,
  WorkbookSnapshot,
  parseA1,
  rangeContains,
  sheetCell,
  withDefaults,
} from "../../../src/engine";
import { planRag } from "../../../src/engine/plan";
import { AppliedWorkbook, applyPlan, changedCells } from "../../helpers/apply-plan";
import { onlyArea, workbook } from "../../helpers/grid";
import { simpleReport, simpleRows } from "./simple-table";

const settings = withDefaults({ asAt: "2010-06-30" });
const ROWS: CellValue[][] = [
  ["Homes", 100, "High", 110, 112, "", 120, 118, "=not a formula"],
  ["Crime", 50, "Low", 45, 52, "", 40, 47, ""],
  ["", "", "", "", "", "", "", "", "section break"],
  ["Local", 10, "", 12, 11, "", 13, "", ""],
];
const start = workbook([{ rows: simpleRows(ROWS), formats: { D3: "0.0" } }]);

/** One run of Write RAG: read and rate, plan, apply. */
function run(wb: AppliedWorkbook | WorkbookSnapshot): AppliedWorkbook {
  const snapshot = "snapshot" in wb ? wb.snapshot : wb;
  const outcome = planRag(snapshot, simpleReport(snapshot, settings), settings);
  if (!outcome.ok) throw new Error(outcome.message);
  return applyPlan(wb, outcome.plan);
}

function ownedRanges(wb: WorkbookSnapshot): RangeRef[] {
  return wb.owned.flatMap((a) => (a.kind === "rag-column" ? [a.range] : []));
}

function insideOwned(cells: string[], ranges: RangeRef[]): boolean {
  return cells.every((k) => {
    const pos = parseA1(k.split("!")[1] ?? "");
    return pos !== undefined && ranges.some((r) => rangeContains(r, pos.row, pos.col));
  });
}

describe("Write RAG twice equals once, and touches nothing outside its columns", () => {
  const once = run(start);
  const twice = run(once);

  it("the second run changes no cell (values, number formats, fills, fonts)", () => {
    expect(changedCells(once, twice)).toEqual([]);
    expect(twice.snapshot.owned).toEqual(once.snapshot.owned);
  });

  it("every changed cell lies in an owned range", () => {
    const changed = changedCells(start, once);
    expect(changed.length).toBeGreaterThan(0);
    expect(insideOwned(changed, ownedRanges(once.snapshot))).toBe(true);
  });

  it("when the table shrinks, the old statuses below it are cleared and the record shrinks", () => {
    const s = once.snapshot.sheets[0];
    if (!s) throw new Error("no sheet");
    // Delete the last indicator row (row 6) everywhere but the add-in's columns.
    const area = onlyArea(s);
    const values = area.values.map((r, i) =>
      i === 5 ? r.map((v, c) => (c === 5 || c === 9 ? v : "")) : r
    );
    const shrunk: AppliedWorkbook = {
      snapshot: { ...once.snapshot, sheets: [{ ...s, areas: [{ ...area, values }] }] },
      formats: once.formats,
    };
    const after = run(shrunk);
    const changed = changedCells(shrunk, after);
    expect(changed).toEqual(expect.arrayContaining(["LAA!F6", "LAA!J6"]));
    expect(insideOwned(changed, ownedRanges(once.snapshot))).toBe(true);
    expect(ownedRanges(after.snapshot).map((r) => r.bottom)).toEqual([3, 3]);
    expect(changedCells(after, run(after))).toEqual([]);
  });

  it("when every indicator row is gone, the old statuses are cleared; a table that never had rows gets no column", () => {
    const s = once.snapshot.sheets[0];
    if (!s) throw new Error("no sheet");
    // Empty every data row (rows 3-6) but for the add-in's columns F and J.
    const area = onlyArea(s);
    const values = area.values.map((r, i) =>
      i >= 2 ? r.map((v, c) => (c === 5 || c === 9 ? v : "")) : r
    );
    const emptied: AppliedWorkbook = {
      snapshot: { ...once.snapshot, sheets: [{ ...s, areas: [{ ...area, values }] }] },
      formats: once.formats,
    };
    const after = run(emptied);
    const changed = changedCells(emptied, after);
    expect(changed).toEqual(expect.arrayContaining(["LAA!F3", "LAA!J4", "LAA!F6"]));
    expect(insideOwned(changed, ownedRanges(once.snapshot))).toBe(true);
    for (const k of changed) expect(k.endsWith("2") || cellValue(after, k) === "").toBe(true);

    // The same empty table never rated before: nothing to write, and a sentence saying why.
    const fresh = { ...emptied.snapshot, owned: [] };
    const outcome = planRag(fresh, simpleReport(fresh, settings), settings);
    expect(outcome).toMatchObject({ ok: false, reason: "nothing-to-write" });
    if (!outcome.ok) expect(outcome.message).toMatch(/has no indicator rows under its header/);
  });
});

function cellValue(wb: AppliedWorkbook, key: string): CellValue | undefined {
  const [, a1] = key.split("!");
  const pos = parseA1(a1 ?? "");
  const sheet = wb.snapshot.sheets[0];
  return pos && sheet ? sheetCell(sheet, pos.row, pos.col) : undefined;
}
