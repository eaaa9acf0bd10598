import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "target.missing";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["an empty 09/10 target", [row({ E: "" })], [["E3", CODE]]],
    [
      "every year empty",
      [row({ D: "", E: "", F: "" })],
      [
        ["D3", CODE],
        ["E3", CODE],
        ["F3", CODE],
      ],
    ],
    ["all targets set", [row()], []],
    ["a placeholder is not missing", [row({ F: "TBC" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
