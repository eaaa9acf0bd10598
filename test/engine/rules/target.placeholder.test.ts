import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.placeholder";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["N/A in 10/11", [row({ F: "N/A" })], [["F3", CODE]]],
    ["New PI", [row({ D: "New PI" })], [["D3", CODE]]],
    [
      "XXX and tba",
      [row({ D: "XXX", E: "tba" })],
      [
        ["D3", CODE],
        ["E3", CODE],
      ],
    ],
    ["a dash", [row({ E: "-" })], [["E3", CODE]]],
    ["numbers", [row()], []],
    ["empty is target.missing", [row({ D: "" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
