import { CellValue } from "../../../src/engine";
import { cellsOf, check } from "./check";

const CODE = "target.mixed-signs";
const HEADER = [
  "Mandatory Indicators",
  "2005 Base Line (tonnes)",
  "2008/2009 (% of baseline)",
  "2009/2010 (% of baseline)",
  "2010/2011 (% of baseline)",
  "Accountable body",
];
const table = (...rows: CellValue[][]) => check([{ rows: [HEADER, ...rows] }]);

describe(CODE, () => {
  it("reports a column that writes reductions with both signs once, on its header", () => {
    const findings = table(
      ["NI 185 CO2 reduction from Local Authority operations", 41250, -4.0, -7.5, -11.0, "Council"],
      ["NI 186 Per capita reduction in CO2 emissions in the LA area", 7.9, 5.1, -8.8, -12.3, "Council"],
      ["NI 191 Residual household waste per household", 720, -2.0, -4.0, -6.0, "Council"]
    );
    expect(cellsOf(CODE, findings)).toEqual([["C1", CODE]]);
    // Read as a reduction like the rest: 5.1% below 7.9 tonnes, and never called a wrong direction.
    const relative = findings.find((f) => f.code === "target.relative" && f.cell === "C3");
    expect(relative?.data?.resolved).toBeCloseTo(7.4971, 4);
    expect(cellsOf("target.wrong-direction", findings)).toEqual([]);
  });

  it("says nothing when every value has the same sign", () => {
    const findings = table(["NI 185 CO2 reduction from Local Authority operations", 41250, -4.0, -7.5, -11.0, "Council"]);
    expect(cellsOf(CODE, findings)).toEqual([]);
    expect(findings.find((f) => f.cell === "E2")?.data?.resolved).toBe(36712.5);
  });
}); // prettier-ignore
