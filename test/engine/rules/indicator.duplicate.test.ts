import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "indicator.duplicate";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["the same code twice: the later row", [row(), row({ A: "Economic growth" })], [["B4", CODE]]],
    [
      "three times",
      [row(), row(), row()],
      [
        ["B4", CODE],
        ["B5", CODE],
      ],
    ],
    ["spelt differently", [row(), row({ B: "NI154 Net additional homes" })], [["B4", CODE]]],
    [
      "different parts",
      [row({ B: "NI 102a Achievement gap KS2" }), row({ B: "NI 102b Achievement gap KS4" })],
      [],
    ],
    ["different codes", [row(), row({ B: "NI 155 Number of affordable homes delivered" })], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
