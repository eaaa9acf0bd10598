import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "indicator.title-mismatch";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["another indicator's title", [row({ B: "NI 154 Serious violent crime" })], [["B3", CODE]]],
    ["the catalogue title", [row()], []],
    ["abbreviated words", [row({ B: "NI 154 Net add. homes" })], []],
    ["an acronym", [row({ B: "NI 117 16-18 year olds NEET" })], []],
    ["no title at all", [row({ B: "NI 154" })], []],
    ["a local indicator", [row({ B: "Streets free of litter" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
