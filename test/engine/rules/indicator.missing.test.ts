import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "indicator.missing";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a row with values but no indicator", [row({ B: "" })], [["B3", CODE]]],
    ["second row without indicator", [row(), row({ B: "" })], [["B4", CODE]]],
    ["an NI code", [row()], []],
    ["a local title", [row({ B: "Streets free of litter" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
