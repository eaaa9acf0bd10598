import { CellValue } from "../../../src/engine";
import { govTable, percentRow, row } from "./check";

const CODE = "target.wrong-direction";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["fewer homes than the baseline", [row({ D: 500 })], [["D3", CODE]]],
    ["only the first such year", [row({ D: 500, E: 400, F: 300 })], [["D3", CODE]]],
    [
      "more crime where lower is better",
      [
        row({
          B: "NI 16 Serious acquisitive crime rate",
          C: "14.2 (2007/08)",
          D: 13.8,
          E: 14.8,
          F: 13,
        }),
      ],
      [["E3", CODE]],
    ],
    ["improving targets", [row()], []],
    [
      "a local indicator: polarity only from its targets",
      [row({ B: "Streets free of litter", C: "90 (2007/08)", D: 85, E: 80, F: 75 })],
      [],
    ],
    [
      "an impossible baseline is left to baseline.out-of-range",
      [percentRow({ C: "142% (2007)" })],
      [],
    ],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
