import { CellValue } from "../../../src/engine";
import { withActual, withQuarter } from "./check";

const CODE = "actual.out-of-range";

describe(CODE, () => {
  it.each<[string, CellValue, [string, string][]]>([
    ["a negative count", -5, [["E2", CODE]]],
    ["a count", 610, []],
    ["empty: not due yet", "", []],
  ])("%s", (_name, actual, expected) => {
    expect(withActual(CODE, actual)).toEqual(expected);
  });
});

describe(`${CODE} on a percent indicator`, () => {
  it.each<[string, CellValue, [string, string][]]>([
    ["above 100%", "105%", [["E2", CODE]]],
    ["a count where the catalogue measures percent", 730, [["E2", CODE]]],
    ["in range", "72.5%", []],
  ])("%s", (_name, actual, expected) => {
    expect(withActual(CODE, actual, "NI 151 Overall employment rate")).toEqual(expected);
  });
  it("checks the quarterly columns too", () => {
    expect(withQuarter(CODE, -5).map((f) => [f.cell, f.data?.period])).toEqual([["E2", "Q2"]]);
  });
});
