import { CellValue } from "../../../src/engine";
import { withActual, withQuarter } from "./check";

const CODE = "actual.placeholder";

describe(CODE, () => {
  it.each<[string, CellValue, [string, string][]]>([
    ["TBC", "TBC", [["E2", CODE]]],
    ["N/A", "N/A", [["E2", CODE]]],
    ["a dash", "-", [["E2", CODE]]],
    ["a number", 610, []],
    ["empty: not due yet", "", []],
    ["free text is actual.not-numeric", "see note", []],
  ])("%s", (_name, actual, expected) => {
    expect(withActual(CODE, actual)).toEqual(expected);
  });
  it("checks the quarterly columns too, naming the quarter", () => {
    const [f] = withQuarter(CODE, "TBC");
    expect([f?.cell, f?.data]).toEqual([
      "E2",
      { value: "TBC", field: "actual", year: "2009/10", period: "Q2" },
    ]);
    expect(f?.message).toMatch(/^Q2 2009\/10 actual is "TBC"/);
    expect(withQuarter(CODE, 160)).toEqual([]);
  });
});
