import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "indicator.unknown-code";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["NI 250", [row({ B: "NI 250 Homes" })], [["B3", CODE]]],
    ["NI 0", [row({ B: "NI 0 Homes" })], [["B3", CODE]]],
    ["a known code", [row({ B: "NI 154 Net additional homes provided" })], []],
    ["a local indicator", [row({ B: "Streets free of litter" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
