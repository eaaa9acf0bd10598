import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.not-numeric";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["an Excel error", [row({ F: "#N/A" })], [["F3", CODE]]],
    ["free text", [row({ E: "see comment" })], [["E3", CODE]]],
    ["numbers", [row()], []],
    ["a placeholder is not reported here", [row({ E: "TBC" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
