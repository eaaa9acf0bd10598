import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.unit-mismatch";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    [
      "a percentage baseline with count targets",
      [row({ B: "NI 151 Overall employment rate", C: "52% (2007)", D: 1200, E: 1300, F: 1400 })],
      [["D3", CODE]],
    ],
    ["a count baseline with a percentage target", [row({ E: "65%" })], [["E3", CODE]]],
    [
      "percentages throughout",
      [row({ B: "NI 151 Overall employment rate", C: "52% (2007)", D: "53%", E: "54%", F: "55%" })],
      [],
    ],
    ["counts throughout", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
