import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "baseline.deferred";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    [
      "deferred to the Place Survey",
      [row({ C: "Baseline to be set from the Place Survey 2008" })],
      [["C3", CODE]],
    ],
    ["a placeholder is not deferred", [row({ C: "TBC" })], []],
    ["a value", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
