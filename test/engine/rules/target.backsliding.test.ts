import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.backsliding";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a dip in the last year", [row({ F: 620 })], [["F3", CODE]]],
    [
      "a rise where lower is better",
      [
        row({
          B: "NI 16 Serious acquisitive crime rate",
          C: "14.2 (2007/08)",
          D: 14,
          E: 13,
          F: 13.5,
        }),
      ],
      [["F3", CODE]],
    ],
    [
      "each dipping year",
      [row({ D: 700, E: 650, F: 600 })],
      [
        ["E3", CODE],
        ["F3", CODE],
      ],
    ],
    ["a steady rise", [row()], []],
    ["flat years are not worse", [row({ D: 600, E: 600, F: 700 })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
