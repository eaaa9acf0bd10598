import { CellValue } from "../../../src/engine";
import { cellsOf, check, govTable, row } from "./check";

const CODE = "baseline.no-period";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a number without a period", [row({ C: 560 })], [["C3", CODE]]],
    ["text without a period", [row({ C: "560" })], [["C3", CODE]]],
    ["a period in the cell", [row({ C: "560 (2007/08)" })], []],
    ["a placeholder is not reported here", [row({ C: "TBC" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });

  it("takes the period from the header", () => {
    const header = [
      [
        "Priority",
        "Indicator",
        "Baseline (2007/08)",
        "LAA improvement target",
        "",
        "",
        "Lead partners",
      ],
      ["", "", "", "08/09", "09/10", "10/11", ""],
    ];
    const found = cellsOf(CODE, check([{ rows: [...header, row({ C: 560 })] }]));
    expect(found).toEqual([]);
  });
});
