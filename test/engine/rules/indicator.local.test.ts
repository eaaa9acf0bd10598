import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "indicator.local";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a title without a code", [row({ B: "Streets free of litter" })], [["B3", CODE]]],
    ["an NI code", [row()], []],
    ["an unknown NI code is not local", [row({ B: "NI 250 Homes" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
