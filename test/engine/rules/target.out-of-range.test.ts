import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.out-of-range";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    [
      "a percentage above 100",
      [
        row({
          B: "NI 151 Overall employment rate",
          C: "72% (2007)",
          D: "73%",
          E: "74%",
          F: "105%",
        }),
      ],
      [["F3", CODE]],
    ],
    ["a negative count", [row({ E: -10 })], [["E3", CODE]]],
    [
      "a count on a percent indicator",
      [row({ B: "NI 151 Overall employment rate", C: "72% (2007)", D: 730, E: "73%", F: "74%" })],
      [["D3", CODE]],
    ],
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
