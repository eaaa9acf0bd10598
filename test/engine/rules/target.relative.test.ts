import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.relative";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a percentage change", [row({ D: "+2%" })], [["D3", CODE]]],
    [
      "reduce by",
      [
        row({
          B: "NI 16 Serious acquisitive crime rate",
          C: "14.2 (2007/08)",
          D: "reduce by 5%",
          E: 13.4,
          F: 13,
        }),
      ],
      [["D3", CODE]],
    ],
    ["maintain", [row({ F: "maintain" })], [["F3", CODE]]],
    ["absolute targets", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
