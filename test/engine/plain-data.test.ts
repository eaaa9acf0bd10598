/**
 * The engine's contracts are plain data: a report and a plan survive structuredClone (so the analysis
 * can move to a Web Worker) and JSON, on every example and fixture workbook.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyse, planBoard, planRag, withDefaults } from "../../src/engine";
import { readWorkbookBytes } from "../../src/xlsx";

const ROOT = join(__dirname, "../..");
const WORKBOOKS = ["examples", "test/fixtures"].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => `${dir}/${f}`)
);
const settings = withDefaults({ asAt: "2010-06-30" });

describe("plain data at every boundary", () => {
  it.each(WORKBOOKS)("%s: snapshot, report and plans clone and round-trip through JSON", (path) => {
    const snapshot = readWorkbookBytes(readFileSync(join(ROOT, path))).snapshot;
    const report = analyse(snapshot, settings);
    expect(report.tables.length + report.findings.length).toBeGreaterThan(0);
    expect(structuredClone(snapshot)).toEqual(snapshot);
    expect(structuredClone(report)).toEqual(report);
    const viaJson = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(viaJson.findings).toEqual(report.findings);
    expect(viaJson.rag).toEqual(report.rag);
    expect(viaJson.tables.map((t) => t.rows.length)).toEqual(
      report.tables.map((t) => t.rows.length)
    );
    for (const outcome of [
      planRag(snapshot, report, settings),
      planBoard(snapshot, report, settings),
    ])
      expect(structuredClone(outcome)).toEqual(outcome);
  });

  it("holds no class instance, getter or typed array anywhere in a report", () => {
    const bytes = readFileSync(join(ROOT, "examples/sample-partnership.xlsx"));
    const snapshot = readWorkbookBytes(bytes).snapshot;
    const report = analyse(snapshot, settings);
    const odd: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v === null || typeof v !== "object") return;
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== Array.prototype) odd.push(`${path}: prototype`);
      for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(v))) {
        if (d.get || d.set) odd.push(`${path}.${k}: accessor`);
        else walk(d.value, `${path}.${k}`);
      }
    };
    walk(report, "report");
    expect(odd).toEqual([]);
  });
});
