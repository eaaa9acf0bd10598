import { CellValue } from "../../../src/engine";
import { cellsOf, check } from "./check";

const CODE = "actual.not-numeric";

/** A one-row-header table with an Actual column after the 2008/09 target (column E). */
function withActual(
  actual: CellValue,
  indicator = "NI 154 Net additional homes provided"
): [string, string][] {
  const rows: CellValue[][] = [
    [
      "Priority",
      "Indicator",
      "Baseline",
      "Target 2008/09",
      "Actual 2008/09",
      "Target 2009/10",
      "Target 2010/11",
      "Lead partners",
    ],
    ["Affordable housing", indicator, "560 (2007/08)", 600, actual, 650, 700, "Council"],
  ];
  return cellsOf(CODE, check([{ rows }]));
}

describe(CODE, () => {
  it.each<[string, CellValue, [string, string][]]>([
    ["an Excel error", "#DIV/0!", [["E2", CODE]]],
    ["free text", "see note", [["E2", CODE]]],
    ["a number", 610, []],
    ["empty: not due yet", "", []],
    ["a placeholder is actual.placeholder", "TBC", []],
  ])("%s", (_name, actual, expected) => {
    expect(withActual(actual)).toEqual(expected);
  });
});
