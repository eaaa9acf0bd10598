import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "baseline.provisional";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["TBC by CSD", [row({ C: "48.5% (TBC by CSD)" })], [["C3", CODE]]],
    ["provisional", [row({ C: "55 (provisional)" })], [["C3", CODE]]],
    ["a final value with its period", [row({ C: "52% (2007)" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
