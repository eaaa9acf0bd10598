import { CellValue } from "../../../src/engine";
import { withActual, withQuarter } from "./check";

const CODE = "actual.not-numeric";

describe(CODE, () => {
  it.each<[string, CellValue, [string, string][]]>([
    ["an Excel error", "#DIV/0!", [["E2", CODE]]],
    ["free text", "see note", [["E2", CODE]]],
    ["a number", 610, []],
    ["empty: not due yet", "", []],
    ["a placeholder is actual.placeholder", "TBC", []],
  ])("%s", (_name, actual, expected) => {
    expect(withActual(CODE, actual)).toEqual(expected);
  });
  it("checks the quarterly columns too", () => {
    expect(withQuarter(CODE, "see note").map((f) => [f.cell, f.data?.period])).toEqual([
      ["E2", "Q2"],
    ]);
  });
});
