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
    const [finding] = check([{ name: "Targets", rows: [["Name", "Age"]] }]).filter(
      (f) => f.code === CODE
    );
    expect(finding?.sheet).toBeUndefined();
    expect(finding?.data).toMatchObject({
      sheets: ["Targets"],
      lookedFor: expect.arrayContaining(["Indicator", "Baseline", "2008/09", "Lead partners"]),
    });
  });
});

describe(`${CODE}: the nearest candidate`, () => {
  it("names the row that came nearest, what it has and what it lacks", () => {
    const [finding] = check([
      {
        name: "Notes",
        rows: [["The lead partner for each indicator will report to the board quarterly"]],
      },
      {
        name: "Plan",
        rows: [
          ["Service plan 2009/10"],
          [],
          [],
          ["Ref", "Measure", "Lead officer", "Q1", "Q2"],
          ["SP1", "Satisfaction", "Head of service", "85%", ""],
        ],
      },
    ]).filter((f) => f.code === CODE);
    expect([finding?.sheet, finding?.row, finding?.cell]).toEqual(["Plan", 4, undefined]);
    expect(finding?.data?.nearest).toEqual({
      sheet: "Plan",
      row: 3,
      found: ["Indicator", "Lead partners"],
      lacks: ["Baseline", "target years"],
    });
    expect(finding?.message).toContain("row 4 of 'Plan'");
  });

  it("never takes prose that mentions indicators and lead partners for a header", () => {
    const [finding] = check([
      {
        rows: [
          ["Lead partners and delivery partners are listed in Appendix B."],
          ["Indicators, baselines and targets are agreed with Government Office"],
          ["The lead partner for each indicator reports quarterly"],
        ],
      },
    ]).filter((f) => f.code === CODE);
    expect(finding?.data?.nearest).toBeUndefined();
  });
});
