import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "baseline.missing";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["an empty baseline", [row({ C: "" })], [["C3", CODE]]],
    ["a measured baseline", [row()], []],
    ["a placeholder is not missing", [row({ C: "TBC" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
