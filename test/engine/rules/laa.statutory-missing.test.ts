import { GOV_HEADER } from "../../helpers/grid";
import { check, row } from "./check";

const CODE = "laa.statutory-missing";
const STATUTORY = [72, 73, 74, 75, 83, 87, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101];
// The Key Stage 3 indicators were discontinued in 2009: no longer owed.
const IN_FORCE = STATUTORY.filter((n) => ![74, 83, 95, 96].includes(n));

/** The `data.missing` lists of the findings for a table holding these NI numbers. */
function missing(numbers: number[]): unknown[] {
  const rows = numbers.map((n) =>
    row({ B: `NI ${n}`, C: "50% (2007)", D: "51%", E: "52%", F: "53%" })
  );
  return check([{ rows: [...GOV_HEADER, ...rows] }])
    .filter((f) => f.code === CODE)
    .map((f) => [f.cell ?? "", f.data?.missing]);
}

describe(CODE, () => {
  it.each<[string, number[], unknown[]]>([
    ["all 16 present", STATUTORY, []],
    ["NI 72–75 only", [72, 73, 74, 75], [["", IN_FORCE.slice(3).map((n) => `NI ${n}`)]]],
    ["all in force, no Key Stage 3", IN_FORCE, []],
    ["one missing", STATUTORY.filter((n) => n !== 87), [["", ["NI 87"]]]],
    ["none present", [154], [["", IN_FORCE.map((n) => `NI ${n}`)]]],
  ])("%s", (_name, numbers, expected) => {
    expect(missing(numbers)).toEqual(expected);
  });

  it("says nothing when there is no table (table.not-found does)", () => {
    const codes = check([{ rows: [["Nothing here"]] }]).map((f) => f.code);
    expect(codes).toEqual(["table.not-found"]);
  });
});
