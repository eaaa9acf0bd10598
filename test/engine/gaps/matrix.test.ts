import { CellValue } from "../../../src/engine";
import { bodyKind, findMatrix } from "../../../src/engine/gaps/matrix";
import { GOV_HEADER, workbook } from "../../helpers/grid";
import { LINES, ROW_LABELS, SEVEN, domainMatrix } from "./scenario";
import { laaTable } from "./table-builder";

describe("marks", () => {
  it.each<[CellValue]>([
    ["yes"], ["Yes"], ["YES"], ["y"], ["Y"], ["x"], ["X"], ["✓"], ["✔"], [1], ["1"], [true], ["TRUE"],
    ["Yes – through the housing strategy"],
  ])("%p is a mark", (value) => {
    expect(bodyKind(value)).toBe("mark");
  }); // prettier-ignore

  it.each<[CellValue]>([[""], ["no"], ["No"], ["n"], ["-"], ["–"], [0], [false], ["  "], ["n/a"]])(
    "%p is not a mark",
    (value) => {
      expect(bodyKind(value)).toBe("blank");
    }
  );

  it.each<[CellValue]>([["NI 154"], [42], ["TBC"], ["yesterday"]])(
    "%p is something else",
    (value) => {
      expect(bodyKind(value)).toBe("other");
    }
  );
});

describe("findMatrix", () => {
  const seven = domainMatrix();

  it("finds the matrix with a corner title, its labels and marks", () => {
    const m = findMatrix(workbook([seven]), []);
    expect(m?.range).toEqual({ top: 0, left: 0, bottom: 7, right: 7 });
    expect(m?.columns.map((c) => c.text)).toEqual(SEVEN);
    expect(m?.rows.map((r) => r.text)).toEqual(ROW_LABELS);
    expect(m?.rows[3]?.marked).toEqual([false, true, false, false, false, true, false]);
  });

  it("finds a matrix with an empty corner anywhere on a later sheet, below other text", () => {
    const sheet = {
      name: "Ambitions",
      at: "C4",
      rows: [
        ["Notes from the board away day", "", "", ""],
        ["", "", "", ""],
        ["", "Safer communities", "Environment", "Economic growth"],
        ["Safer communities", "", "yes", ""],
        ["Environment", "", "", "x"],
        ["Economic growth", "✓", "", ""],
      ],
    };
    const { grid, table } = laaTable(LINES);
    const m = findMatrix(workbook([grid, sheet]), [table]);
    expect(m?.sheet).toBe("Ambitions");
    expect(m?.range).toEqual({ top: 5, left: 2, bottom: 8, right: 5 });
    expect(m?.columns.map((c) => c.cell)).toEqual([
      { sheet: "Ambitions", row: 5, col: 3 },
      { sheet: "Ambitions", row: 5, col: 4 },
      { sheet: "Ambitions", row: 5, col: 5 },
    ]);
    expect(m?.rows[2]?.marked).toEqual([true, false, false]);
  });

  // The search stops at the last row holding a mark, so every mark form must be seen there.
  it.each<[CellValue]>([
    ["yes"], [" Yes"], ["\u00a0y"], ["x"], ["X"], ["✓"], ["✔"], [1], ["1"], [true], ["TRUE"],
    ["Yes – through the housing strategy"],
  ])("finds a matrix whose only mark, %p, is in its last row", (mark) => {
    const sheet = {
      name: "Ambitions",
      rows: [
        ["", "Safer communities", "Environment", "Economic growth"],
        ["Safer communities", "", "", ""],
        ["Environment", "", "", ""],
        ["Economic growth", "", mark, ""],
      ],
    };
    const m = findMatrix(workbook([sheet]), []);
    expect(m?.rows[2]?.marked).toEqual([false, true, false]);
  }); // prettier-ignore

  it("does not take an LAA table for a matrix, even when the reader did not find it", () => {
    const { grid, table } = laaTable(LINES);
    expect(findMatrix(workbook([grid]), [table])).toBeUndefined();
    expect(findMatrix(workbook([grid]), [])).toBeUndefined();
  });

  it.each<[string, CellValue[][]]>([
    ["only two ambitions across", [["", "Safer communities", "Environment"], ["Safer communities", "", "yes"], ["Environment", "yes", ""]]],
    ["no mark anywhere", [["", "A one", "B two", "C three"], ["A one", "", "no", ""], ["B two", "", "", "-"]]],
    ["free text in the cells", [["Ambition", "Lead", "Budget", "Notes"], ["Safer communities", "Police", "£2m", "On track"], ["Environment", "Council", "£1m", "Late"]]],
    ["LAA-style headers", [["", "Indicator", "Baseline", "Lead partners"], ["Safer", "yes", "yes", "yes"], ["Housing", "yes", "yes", "yes"]]],
    ["a single row", [["", "A one", "B two", "C three"], ["A one", "", "yes", ""]]],
    ["the LAA header", [...GOV_HEADER]],
  ])("no matrix: %s", (_name, rows) => {
    expect(findMatrix(workbook([{ name: "S", rows }]), [])).toBeUndefined();
  }); // prettier-ignore
});
