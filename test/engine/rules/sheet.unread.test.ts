import { GOV_HEADER } from "../../helpers/grid";
import { check, row } from "./check";

const CODE = "sheet.unread";
const TOO_LARGE =
  "The sheet 'Data' is too large to read in Excel on the web (5 MB); it was not checked.";

describe(CODE, () => {
  it("reports each sheet the adapter could not read, on that sheet, in the adapter's words", () => {
    const findings = check([
      { name: "LAA", rows: [...GOV_HEADER, row()] },
      { name: "Data", rows: [], unread: TOO_LARGE },
    ]).filter((f) => f.code === CODE);
    expect(findings.map((f) => [f.sheet, f.cell, f.message, f.severity])).toEqual([
      ["Data", undefined, TOO_LARGE, "warning"],
    ]);
  });

  it("says nothing when every sheet was read", () => {
    expect(check([{ rows: [...GOV_HEADER, row()] }]).some((f) => f.code === CODE)).toBe(false);
  });
});
