import { CellValue } from "../../../src/engine";
import { GOV_HEADER } from "../../helpers/grid";
import { check, govTable, row } from "./check";

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
    [
      "NI 74, a Key Stage 3 indicator",
      [row({ B: "NI 74 KS3 level 5 in English and maths" })],
      [["B3", CODE]],
    ],
    ["an active code", [row()], []],
  ])("%s", (_name, rows, expected) => {
    expect(govTable(CODE, rows)).toEqual(expected);
  });

  it("says why a Key Stage 3 indicator went", () => {
    const [f] = check([
      { rows: [...GOV_HEADER, row({ B: "NI 83 Achievement at KS3 science" })] },
    ]).filter((x) => x.code === CODE);
    expect(f?.data).toMatchObject({ code: "NI 83", status: "discontinued 2009" });
    expect(f?.message).toMatch(/Key Stage 3/);
  });
});
