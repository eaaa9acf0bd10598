import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "baseline.not-numeric";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["free text", [row({ C: "see note 3" })], [["C3", CODE]]],
    ["an Excel error", [row({ C: "#DIV/0!" })], [["C3", CODE]]],
    ["a value", [row()], []],
    ["a placeholder is not reported here", [row({ C: "TBC" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
