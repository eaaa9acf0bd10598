import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "baseline.placeholder";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["TBC", [row({ C: "TBC" })], [["C3", CODE]]],
    ["XXX", [row({ C: "XXX" })], [["C3", CODE]]],
    ["N/A", [row({ C: "N/A" })], [["C3", CODE]]],
    ["New PI", [row({ C: "New PI" })], [["C3", CODE]]],
    ["a dash", [row({ C: "-" })], [["C3", CODE]]],
    ["a value", [row()], []],
    ["empty is baseline.missing", [row({ C: "" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
