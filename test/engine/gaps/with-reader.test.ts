import { analyse, CellValue, Findings, withDefaults } from "../../../src/engine";
import { analyseGaps } from "../../../src/engine/gaps";
import { workbook } from "../../helpers/grid";
import { LINES, MARKS, ROW_LABELS, SEVEN } from "./scenario";
import { laaTable, matrixSheet } from "./table-builder";

// The "done when": the domain's matrix and a table that leaves one ambition without indicators
// and one led by a single partner, read by the real reader and checked by the whole engine.
describe("gaps through analyse() and the table reader", () => {
  const { grid } = laaTable(LINES);
  const matrix = matrixSheet(
    SEVEN,
    ROW_LABELS.map((l, i) => [l, ...(MARKS[i] ?? [])])
  );
  const report = analyse(workbook([grid, matrix]), withDefaults({ asAt: "2010-06-30" }));
  const gaps = report.findings.filter((f) => f.code.startsWith("gap."));

  it("reports exactly those gaps plus the unsupported claims, in sheet order", () => {
    expect(gaps.map((f) => [f.code, `${f.sheet}!${f.cell}`])).toEqual([
      ["gap.silo", "LAA!A11"],
      ["gap.priority-unowned", "LAA!A14"],
      ["gap.unsupported-claim", "Matrix!G5"],
      ["gap.unsupported-claim", "Matrix!H7"],
      ["gap.ambition-uncovered", "Matrix!A8"],
      ["gap.unsupported-claim", "Matrix!B8"],
    ]);
  });

  it("does not read the matrix as a second LAA table", () => {
    expect(report.tables.map((t) => t.sheet)).toEqual(["LAA"]);
    expect(report.gaps.matrix).toEqual({ sheet: "Matrix", range: "A1:H8" });
    expect(report.gaps.ambitions.map((a) => a.name)).toEqual(SEVEN);
  });
});

it("finds a matrix written on the LAA sheet below the table", () => {
  const { grid } = laaTable(LINES);
  const below = matrixSheet(
    SEVEN,
    ROW_LABELS.map((l, i) => [l, ...(MARKS[i] ?? [])])
  );
  const rows = [...grid.rows, [], [], ...below.rows];
  const report = analyse(workbook([{ name: "LAA", rows }]), withDefaults({ asAt: "2010-06-30" }));
  expect(report.tables).toHaveLength(1);
  expect(report.gaps.matrix).toEqual({ sheet: "LAA", range: "A18:H25" });
  const uncovered = report.findings.filter((f) => f.code === "gap.ambition-uncovered");
  expect(uncovered.map((f) => f.cell)).toEqual(["A25"]);
});

describe("analyse() sorts rows onto ambitions chunk by chunk", () => {
  it("gives the view and gap findings analyseGaps gives, for long tables with shared rows", () => {
    const header = [
      ["Priority", "Indicator", "Baseline", "08/09", "Lead partners", "Contributes to"],
    ];
    const priorities = ["Safer communities", "Affordable housing", "Economic growth", "Nowhere"];
    const partners = ["Police", "Council; Police", "", "PCT"];
    const rows = (n: number, title: (i: number) => string): CellValue[][] =>
      Array.from({ length: n }, (_, i) => [
        i % 50 === 0 ? (priorities[(i / 50) % priorities.length] ?? "") : "",
        title(i),
        "50",
        "55",
        partners[Math.floor(i / 50) % partners.length] ?? "",
        i % 97 === 0 ? "Economic growth" : "",
      ]);
    const snapshot = workbook([
      { name: "A", rows: [...header, ...rows(900, (i) => `Scheme ${i % 300}`)] },
      { name: "B", rows: [...header, ...rows(120, (i) => (i < 60 ? `NI ${150 + (i % 7)}` : `Scheme ${i}`))] },
    ]);
    const settings = withDefaults({ asAt: "2010-06-30" });
    const report = analyse(snapshot, settings);
    const direct = analyseGaps(snapshot, report.tables, settings);
    expect(report.gaps).toEqual(direct.view);
    expect(report.gaps.pairs.some((p) => p.sharedIndicators.length > 0)).toBe(true);
    const gapCodes = (fs: Findings): string[][] =>
      fs.filter((f) => f.code.startsWith("gap.")).map((f) => [f.code, f.cell ?? "", f.message]);
    expect(gapCodes(report.findings).sort()).toEqual(gapCodes(direct.findings).sort());
  });
}); // prettier-ignore
