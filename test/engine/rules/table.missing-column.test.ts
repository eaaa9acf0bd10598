import { CellValue } from "../../../src/engine";
import { check, row } from "./check";

const CODE = "table.missing-column";
const DATA = row({ G: "Council" });

/** Builds a one-row-header table from the headers kept, with the matching data cells. */
function table(keep: number[]): CellValue[][] {
  const header = [
    "Priority",
    "Indicator",
    "Baseline",
    "2008/09",
    "2009/10",
    "2010/11",
    "Lead partners",
  ];
  return [keep.map((i) => header[i] ?? ""), keep.map((i) => DATA[i] ?? "")];
}

/** The missing columns reported, as `column` or `column year`, with the header row. */
function missing(rows: CellValue[][]): [number | undefined, string][] {
  return check([{ rows }])
    .filter((f) => f.code === CODE)
    .map((f) => [f.row, [f.data?.column, f.data?.year].filter(Boolean).join(" ")]);
}

describe(CODE, () => {
  it.each<[string, number[], [number | undefined, string][]]>([
    ["every column present", [0, 1, 2, 3, 4, 5, 6], []],
    ["no lead partners", [0, 1, 2, 3, 4, 5], [[1, "leadPartners"]]],
    ["no baseline", [0, 1, 3, 4, 5, 6], [[1, "baseline"]]],
    ["no 2010/11 target", [0, 1, 2, 3, 4, 6], [[1, "target 2010/11"]]],
    [
      "two target years missing",
      [1, 2, 3, 6],
      [
        [1, "target 2009/10"],
        [1, "target 2010/11"],
      ],
    ],
  ])("%s", (_name, keep, expected) => {
    expect(missing(table(keep))).toEqual(expected);
  });

  it("is a table-level finding without a cell", () => {
    const found = check([{ rows: table([0, 1, 2, 3, 4, 5]) }]).filter((f) => f.code === CODE);
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([["LAA", undefined]]);
  });
});
