import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.provisional";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["a value marked TBC", [row({ D: "620 (TBC)" })], [["D3", CODE]]],
    ["a value marked provisional", [row({ F: "700 (provisional)" })], [["F3", CODE]]],
    ["final values", [row()], []],
    ["a bare TBC is a placeholder", [row({ D: "TBC" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
