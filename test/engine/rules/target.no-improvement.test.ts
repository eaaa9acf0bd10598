import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.no-improvement";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    [
      "every year equals the baseline",
      [row({ C: "560 (2007/08)", D: 560, E: 560, F: 560 })],
      [["D3", CODE]],
    ],
    [
      "maintain three times",
      [row({ D: "maintain", E: "maintain", F: "maintain" })],
      [["D3", CODE]],
    ],
    ["one year improves", [row({ D: 560, E: 560, F: 600 })], []],
    ["a target is missing", [row({ D: 560, E: 560, F: "" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
