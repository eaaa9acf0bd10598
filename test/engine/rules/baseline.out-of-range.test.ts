import { CellValue } from "../../../src/engine";
import { govTable, percentRow, row } from "./check";

const CODE = "baseline.out-of-range";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a percentage above 100", [percentRow({ C: "105% (2007)" })], [["C3", CODE]]],
    ["a negative count", [row({ C: "-5 (2007/08)" })], [["C3", CODE]]],
    ["a count on a percent indicator", [percentRow({ C: "150 (2007)" })], [["C3", CODE]]],
    [
      "a negative percentage-point gap",
      [row({ B: "NI 102 Achievement gap", C: "-3 (2007)", D: -2, E: -1, F: 0 })],
      [],
    ],
    ["a percentage in range", [percentRow({ C: "72.1% (2007)" })], []],
    ["a positive count", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
