import { CellValue } from "../../../src/engine";
import { cellsOf, check, row } from "./check";

const CODE = "table.unexpected-years";

/** The government header with the three year cells replaced. */
function years(y1: string, y2: string, y3: string): [string, string][] {
  const header: CellValue[][] = [
    ["Priority", "Indicator", "Baseline", "LAA improvement target", "", "", "Lead partners"],
    ["", "", "", y1, y2, y3, ""],
  ];
  return cellsOf(CODE, check([{ rows: [...header, row()] }]));
}

describe(CODE, () => {
  it.each<[string, [string, string, string], [string, string][]]>([
    ["the LAA years", ["08/09", "09/10", "10/11"], []],
    ["the LAA years written in full", ["2008/09", "2009/10", "2010/11"], []],
    ["a year after the LAA (table.beyond-laa notes it)", ["08/09", "09/10", "11/12"], []],
    ["a year before the LAA", ["07/08", "08/09", "09/10"], [["D2", CODE]]],
    ["a repeated year", ["08/09", "08/09", "10/11"], [["E2", CODE]]],
    ["years out of order", ["09/10", "08/09", "10/11"], [["E2", CODE]]],
  ])("%s", (_name, [a, b, c], expected) => {
    expect(years(a, b, c)).toEqual(expected);
  });
});
