import { CellValue } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "indicator.withdrawn";
type Case = [string, CellValue[][], [string, string][]];

describe(CODE, () => {
  it.each<Case>([
    ["NI 14 removed in 2010", [row({ B: "NI 14 Avoidable contact" })], [["B3", CODE]]],
    [
      "NI 31 dropped before launch",
      [row(), row({ B: "NI 31 Re-offending rate of registered sex offenders" })],
      [["B4", CODE]],
    ],
    ["an active code", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });
});
