import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "partner.missing";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["an empty lead partners cell", [row({ G: "" })], [["G3", CODE]]],
    ["only a marker", [row({ G: "*" })], [["G3", CODE]]],
    ["a named partner", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
