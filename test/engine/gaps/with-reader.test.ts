import { analyse, withDefaults } from "../../../src/engine";
import { workbook } from "../../helpers/grid";
import { LINES, SEVEN, domainMatrix } from "./scenario";
import { laaTable } from "./table-builder";

// The "done when": the domain's matrix and a table that leaves one ambition without indicators
// and one led by a single partner, read by the real reader and checked by the whole engine.
describe("gaps through analyse() and the table reader", () => {
  const { grid } = laaTable(LINES);
  const matrix = domainMatrix();
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
  const below = domainMatrix();
  const rows = [...grid.rows, [], [], ...below.rows];
  const report = analyse(workbook([{ name: "LAA", rows }]), withDefaults({ asAt: "2010-06-30" }));
  expect(report.tables).toHaveLength(1);
  expect(report.gaps.matrix).toEqual({ sheet: "LAA", range: "A18:H25" });
  const uncovered = report.findings.filter((f) => f.code === "gap.ambition-uncovered");
  expect(uncovered.map((f) => f.cell)).toEqual(["A25"]);
});
