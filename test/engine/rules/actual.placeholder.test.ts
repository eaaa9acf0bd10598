import { CellValue } from "../../../src/engine";
import { withActual } from "./check";

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
});
