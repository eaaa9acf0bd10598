import { check } from "./check";

const CODE = "table.beyond-laa";
const plan = (years: string[]) =>
  check([
    {
      rows: [
        [
          "PI",
          "Description",
          "Lead Council",
          "Baseline Performance",
          ...years.map((y) => `Target ${y}`),
        ],
        [
          "NI 171 (LAA)",
          "New business registration rate",
          "Economic Development",
          "52.1 (for 2007)",
          ...years.map(() => 55),
        ],
      ],
    },
  ]);

describe(CODE, () => {
  it("notes a council plan's years after 2010/11 once, and asks for no earlier LAA year", () => {
    const findings = plan(["2010/11", "2011/12", "2012/13"]);
    const codes = findings.map((f) => f.code);
    expect(codes.filter((c) => c === CODE)).toHaveLength(1);
    expect(findings.find((f) => f.code === CODE)?.data?.years).toEqual(["2011/12", "2012/13"]);
    expect(codes).not.toContain("table.missing-column");
    expect(codes).not.toContain("table.unexpected-years");
  });

  it("says nothing of a table within the LAA years", () => {
    expect(plan(["2008/09", "2009/10", "2010/11"]).map((f) => f.code)).not.toContain(CODE);
  });

  it("reads the (LAA) marker as a mark, not as part of the title", () => {
    const findings = plan(["2010/11", "2011/12"]);
    expect(findings.map((f) => f.code)).not.toContain("indicator.title-mismatch");
  });
}); // prettier-ignore
