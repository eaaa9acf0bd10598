import { CellValue } from "../../../src/engine";
import { govTable, percentRow, row } from "./check";

const CODE = "target.stretch";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["60% above the baseline", [row({ F: 900 })], [["F3", CODE]]],
    [
      "halving the baseline",
      [row({ B: "NI 16 Serious acquisitive crime rate", C: "14.2 (2007/08)", D: 12, E: 10, F: 6 })],
      [["F3", CODE]],
    ],
    ["within 50%", [row({ F: 800 })], []],
    ["a zero baseline", [row({ C: "0 (2007/08)" })], []],
    ["an impossible target is left to target.out-of-range", [percentRow({ F: "147%" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });

  it("uses the stretchPercent setting", () => {
    expect(govTable(CODE, [row({ F: 800 })], { stretchPercent: 30 })).toEqual([["F3", CODE]]);
    expect(govTable(CODE, [row({ F: 900 })], { stretchPercent: 70 })).toEqual([]);
  });
});
