import { Finding, analyse, withDefaults } from "../../src/engine";
import { sortFindings } from "../../src/engine/analyse";
import { GOV_HEADER, workbook } from "../helpers/grid";
import { row } from "./rules/check";

const f = (code: string, where: Partial<Finding> = {}): Finding => ({
  code,
  severity: "info",
  message: code,
  hint: "",
  ...where,
});

describe("the report's one order", () => {
  it("sorts by sheet (workbook-level first), row, column, then the order given", () => {
    const given = [
      f("b.second-on-C7", { sheet: "LAA", cell: "C7", row: 7 }),
      f("table-level", { sheet: "LAA", row: 4 }),
      f("on-notes", { sheet: "Notes", cell: "A1", row: 1 }),
      f("workbook"),
      f("a.first-on-C7", { sheet: "LAA", cell: "C7", row: 7 }),
      f("on-B7", { sheet: "LAA", cell: "B7", row: 7 }),
      f("unknown-sheet", { sheet: "Gone", cell: "A1", row: 1 }),
    ];
    expect(sortFindings(given, ["LAA", "Notes"]).map((x) => x.code)).toEqual([
      "workbook",
      "table-level",
      "on-B7",
      "b.second-on-C7",
      "a.first-on-C7",
      "on-notes",
      "unknown-sheet",
    ]);
  });

  it("puts two rules' findings on one cell in registry order, whatever order the walk met them", () => {
    // Row 4 repeats NI 154 under another title: indicator.title-mismatch (a row hook, met first) and
    // indicator.duplicate (a table hook, met after the rows, but earlier in the registry) on B4.
    const home = row({ A: "Housing", G: "Council" });
    const again = row({ A: "", B: "NI 154 Serious violent crime", G: "Council" });
    const report = analyse(
      workbook([{ rows: [...GOV_HEADER, home, again] }]),
      withDefaults({ asAt: "2010-06-30" })
    );
    const onB4 = report.findings.filter((x) => x.cell === "B4").map((x) => x.code);
    expect(onB4).toEqual(["indicator.duplicate", "indicator.title-mismatch"]);
  });
});
