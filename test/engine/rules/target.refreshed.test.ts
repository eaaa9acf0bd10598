import { GridSheet } from "../../helpers/grid";
import { cellsOf, check } from "./check";

const CODE = "target.refreshed";
const HEADER = [
  ["Indicator", "Baseline", "Targets", "", "", "Lead partner", "Refreshed/No change/Removed/New"],
  ["", "", "2008/9", "2009/10", "2010/11", "", ""],
];
const table = (line: string[], status = "Refreshed"): GridSheet => ({
  rows: [
    ...HEADER,
    ["NI 154 Net additional homes provided", "560 (2007/08)", 600, 650, "TBC", "Council*", status],
    ["", ...line],
  ],
  merges: ["C1:E1"],
});

describe(CODE, () => {
  it.each<[string, string[], [string, string][]]>([
    ["a new target under the printed one", ["No change to baseline", "No change to target", "No change to target", "New target established 720"], [["E4", CODE]]],
    ["a deleted target", ["No change to baseline", "No change to target", "Target deleted", "No change to target"], [["D4", CODE]]],
    ["no change at all", ["No change to baseline", "No change to target", "No change to target", "No change to target"], []],
  ])("%s", (_name, line, expected) => {
    expect(cellsOf(CODE, check([table(line)]))).toEqual(expected);
  });

  it("rates and checks the refreshed value, keeping the printed one", () => {
    const findings = check([table(["No change to baseline", "", "", "New target established 720"])]);
    const [f] = findings.filter((x) => x.code === CODE);
    expect(f?.data).toEqual({ year: "2010/11", original: "TBC", refreshed: "720" });
    // The printed "TBC" is no longer the target: no placeholder finding on it.
    expect(cellsOf("target.placeholder", findings)).toEqual([]);
  });
}); // prettier-ignore
