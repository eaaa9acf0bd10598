import { GOV_HEADER, GridSheet } from "../../helpers/grid";
import { cellsOf, check, row } from "./check";

const CODE = "table.not-found";

describe(CODE, () => {
  it.each<[string, GridSheet[], [string, string][]]>([
    [
      "a sheet of unrelated data",
      [
        {
          rows: [
            ["Name", "Age"],
            ["Bob", 3],
          ],
        },
      ],
      [["", CODE]],
    ],
    ["a workbook with no sheets", [], [["", CODE]]],
    ["an empty sheet", [{ rows: [] }], [["", CODE]]],
    ["a government-format table", [{ rows: [...GOV_HEADER, row()] }], []],
    [
      "a table on the second sheet",
      [
        { name: "Notes", rows: [["Read me"]] },
        { name: "LAA", rows: [...GOV_HEADER, row()] },
      ],
      [],
    ],
  ])("%s", (_name, sheets, expected) => {
    expect(cellsOf(CODE, check(sheets))).toEqual(expected);
  });

  it("says which sheets it searched and which columns it looked for", () => {
    const [finding] = check([{ name: "Targets", rows: [["Ref", "Owner"]] }]).filter(
      (f) => f.code === CODE
    );
    expect(finding?.sheet).toBeUndefined();
    expect(finding?.data).toMatchObject({
      sheets: ["Targets"],
      lookedFor: expect.arrayContaining(["Indicator", "Baseline", "2008/09", "Lead partners"]),
    });
  });
});
