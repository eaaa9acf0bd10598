import { cellsOf, check } from "./check";

const CODE = "indicator.refresh-status";
const rows = (status: string) => [
  [
    "Indicator",
    "Baseline",
    "08/09",
    "09/10",
    "10/11",
    "Lead partner",
    "Refreshed/No change/Removed/New",
  ],
  [
    "NI 74 Achievement at level 5 or above in both English and Maths at Key Stage 3",
    "61% (2007)",
    "New PI",
    "70%",
    "70%",
    "Council*",
    status,
  ],
];

describe(CODE, () => {
  it.each<[string, [string, string][]]>([
    ["Removed\nNI 74 to be removed due to KS3 tests being removed from curriculum", [["G2", CODE]]],
    ["New", [["G2", CODE]]],
    ["Outstanding (2010 target developed but to be confirmed)", [["G2", CODE]]],
    ["Refreshed", []],
    ["No change", []],
  ])("%p", (status, expected) => {
    expect(cellsOf(CODE, check([{ rows: rows(status) }]))).toEqual(expected);
  });

  it("checks nothing else on a removed row and keeps the reason", () => {
    const findings = check([{ rows: rows("Removed\nKS3 tests being removed from curriculum") }]);
    expect(findings.filter((f) => f.cell?.endsWith("2")).map((f) => f.code)).toEqual([CODE]);
    expect(findings.find((f) => f.code === CODE)?.data).toEqual({
      status: "removed",
      reason: "KS3 tests being removed from curriculum",
    });
  });
}); // prettier-ignore
