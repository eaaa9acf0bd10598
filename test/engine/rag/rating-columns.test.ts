import {
  analyse,
  NATIONAL_INDICATORS,
  planRag,
  RagResult,
  Report,
  withDefaults,
  actualValue,
  targetValue,
} from "../../../src/engine";
import { RatingColumns, ratingColumns, rateTables } from "../../../src/engine/rag";
import { workbook } from "../../helpers/grid";

const settings = withDefaults({ asAt: "2010-06-30" });

const header = [
  ["Priority", "Indicator", "Baseline", "Targets", "", "", "Lead partners", "Actual 2008/09", "Actual 2009/10", "Actual 2010/11"],
  ["", "", "", "08/09", "09/10", "10/11", "", "", "", ""],
]; // prettier-ignore

/** n rows whose actuals cycle through green, amber, red, missing and text, up and down. */
function rows(n: number, offset: number) {
  const actuals = ["53%", "49%", "40%", "", "tbc", "60%", "52%", "50.5%"];
  return Array.from({ length: n }, (_, i) => [
    i % 7 === 0 ? `Ambition ${i % 3}` : "",
    `Local scheme ${offset + i}`,
    i % 5 === 0 ? "TBC" : "50% (2007/08)",
    "52%",
    i % 4 === 0 ? "" : "54%",
    "56%",
    "Police",
    actuals[i % actuals.length] ?? "",
    actuals[(i + 3) % actuals.length] ?? "",
    i % 2 === 0 ? "57%" : "",
  ]);
}

function twoTables() {
  return workbook([
    { name: "A", rows: [...header, ...rows(600, 0)] },
    { name: "B", rows: [...header, ...rows(9, 5000)] },
  ]);
}

describe("ratings kept as columns", () => {
  it("give the same RagResult list as rating the tables into objects", () => {
    const report = analyse(twoTables(), settings);
    expect(report.rag).toHaveLength(3 * 609);
    expect(report.rag).toEqual(rateTables(report.tables, settings, NATIONAL_INDICATORS));
    // Every status and direction the columns encode comes back.
    const statuses = new Set(report.rag.map((r) => r.status));
    expect([...statuses].sort()).toEqual(["amber", "green", "no-data", "not-due", "red"]);
    const directions = new Set(report.rag.map((r) => r.direction));
    expect(directions).toEqual(new Set([undefined, "improving", "worsening", "no-change"]));
  });

  it("leave absent numbers absent, not NaN", () => {
    const report = analyse(twoTables(), settings);
    const noTarget = report.rag.find((r) => r.year === 2009 && r.target === undefined);
    expect(noTarget).toBeDefined();
    expect(Object.values(noTarget as RagResult).some((v) => Number.isNaN(v))).toBe(false);
    expect(report.rag.find((r) => r.previous === undefined && r.year === 2008)).toBeDefined();
  });

  it("make the report's list once, and the report still reads as plain data", () => {
    const report = analyse(twoTables(), settings);
    expect(report.rag).toBe(report.rag);
    expect(Object.keys(report)).toEqual(["tables", "findings", "rag", "gaps", "summary"]);
    const copy = JSON.parse(JSON.stringify(report)) as Report;
    expect(copy.rag).toHaveLength(report.rag.length);
    expect(copy.rag[5]).toEqual(JSON.parse(JSON.stringify(report.rag[5])));
    expect(copy.findings).toEqual(JSON.parse(JSON.stringify(Array.from(report.findings))));
    // Findings are a FindingList (which JSON writes as an array); with them as an array, structured
    // clone copies the rest.
    const plain = { ...report, findings: Array.from(report.findings) };
    expect(structuredClone(plain).rag).toEqual(report.rag);
    expect({ ...report }.rag).toBe(report.rag);
  });

  it("are the ones the planner reads for analyse's report, and a copied report plans the same", () => {
    const snapshot = twoTables();
    const report = analyse(snapshot, settings);
    expect(ratingColumns(report)).toBe(ratingColumns(report));
    const copied: Report = JSON.parse(JSON.stringify(report)) as Report;
    expect(ratingColumns(copied)).not.toBe(ratingColumns(copied));
    const a = planRag(snapshot, report, settings);
    const b = planRag(snapshot, copied, settings);
    expect(a.ok).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("read from a list give back that list", () => {
    const list = rateTables(analyse(twoTables(), settings).tables, settings, NATIONAL_INDICATORS);
    const columns = RatingColumns.fromResults(list);
    expect(columns.length).toBe(list.length);
    expect(columns.tableIds).toEqual(["A!A1:J602", "B!A1:J11"]);
    expect(columns.toArray()).toBe(list);
    expect(columns.result(7)).toBe(list[7]);
  });

  it("grow past any size reserved for them", () => {
    const columns = new RatingColumns();
    const report = analyse(twoTables(), settings);
    const row = report.tables[0]?.rows[0];
    if (!row) throw new Error("no row");
    // 2009/10: the second actual column, the third target column; the previous year's actual before it.
    const years = [{ year: 2009, index: 1, targetIndex: 2, prevIndex: 0 }];
    const t = columns.tableIndex("T", "A", report.tables[0]?.rows, years, 10);
    for (let i = 0; i < 1000; i++)
      columns.add(t, 0, row, 2009, { status: "red", reason: `r${i % 3}` });
    expect(columns.length).toBe(1000);
    expect(columns.reasons).toEqual(["r0", "r1", "r2"]);
    // The numbers are the row's own, read from it again.
    const number = (v: { kind: string; value?: number } | undefined): number | undefined =>
      v?.kind === "number" ? v.value : undefined;
    expect(columns.result(999)).toMatchObject({
      row: row.row,
      year: 2009,
      status: "red",
      target: number(targetValue(row, 2)),
      actual: number(actualValue(row, 1)),
      previous: number(actualValue(row, 0)),
      tolerancePercent: 10,
      reason: "r0",
    });
  });
});
