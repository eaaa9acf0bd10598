import { CellValue } from "../../../src/engine";
import { GOV_HEADER } from "../../helpers/grid";
import { cellsOf, check, row } from "./check";

const CODE = "laa.too-many-designated";

/** One row per NI number (none of 102–140 is statutory education). */
function rows(numbers: number[]): CellValue[][] {
  return numbers.map((n) => row({ B: `NI ${n}`, C: "50 (2007/08)", D: 51, E: 52, F: 53 }));
}
const range = (from: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => from + i);
const STATUTORY = [72, 73, 74, 75, 83, 87, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101];

describe(CODE, () => {
  it.each<[string, number[], [string, string][]]>([
    ["36 designated", range(102, 36), [["", CODE]]],
    ["35 designated", range(102, 35), []],
    ["35 designated plus the 16 statutory", [...range(102, 35), ...STATUTORY], []],
    ["a repeated code counts once", [...range(102, 35), 102], []],
  ])("%s", (_name, numbers, expected) => {
    expect(cellsOf(CODE, check([{ rows: [...GOV_HEADER, ...rows(numbers)] }]))).toEqual(expected);
  });

  it("counts across every table of the workbook", () => {
    const a = { name: "Part A", rows: [...GOV_HEADER, ...rows(range(102, 20))] };
    const b = { name: "Part B", rows: [...GOV_HEADER, ...rows(range(122, 16))] };
    const [finding] = check([a, b]).filter((f) => f.code === CODE);
    expect(finding?.data).toMatchObject({ count: 36, max: 35 });
  });
});
