import { CellValue } from "../../../src/engine";
import { govTable, percentRow, row } from "./check";

const CODE = "target.out-of-range";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a percentage above 100", [percentRow({ F: "105%" })], [["F3", CODE]]],
    ["a negative count", [row({ E: -10 })], [["E3", CODE]]],
    ["a count on a percent indicator", [percentRow({ D: 730 })], [["D3", CODE]]],
    [
      "a negative percentage-point gap",
      [row({ B: "NI 102 Achievement gap", C: "5 (2007)", D: -2, E: -1, F: 0 })],
      [],
    ],
    ["counts in range", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
