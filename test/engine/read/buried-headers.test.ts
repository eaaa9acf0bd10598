import { classifyHeader } from "../../../src/engine/read/header";

/** Header cells as councils wrote them, the role buried among other words or marks. */
describe("header cells that bury their role", () => {
  it.each<[string, string, Record<string, unknown>?]>([
    ["Think Family / SSP Delivery Partners\n*Lead partner", "lead"],
    ["Accountable body", "lead"],
    ["Lead Council", "lead"],
    ["Mandatory Indicators", "indicator"],
    ["Indicator number and description", "indicator"],
    ["PI", "indicator-code"],
    ["Description", "indicator"],
    ["Measure", "indicator"],
    ["Baseline Performance", "baseline"],
    ["2005 Base Line (tonnes)", "baseline", { period: "2005", unit: "tonnes" }],
    ["Targets 2008/9", "year", { year: 2008, yearKind: "target" }],
    ["2008/2009 (% of baseline)", "year", { year: 2008, percentOfBaseline: true }],
    ["Target 2010/11 (for 2009)", "year", { year: 2010, yearKind: "target" }],
    ["Baseline (rate per 100,000)", "baseline", { unit: "rate per 100,000" }],
    ["Refreshed/No change/Removed/New", "refresh-status"],
  ])("%p heads a %s column", (raw, role, more = {}) => {
    expect(classifyHeader(raw)).toMatchObject({ role, ...more });
  });

  it.each([
    "The lead partner for each indicator will report progress to the board quarterly",
    "Lead partners and delivery partners are listed in Appendix B.",
    "The lead partner reports to the board",
    "Indicators are agreed with Government Office. Targets follow.",
    "Targets for the indicators were agreed by the board in June and published",
  ])("prose is never a header: %p", (raw) => {
    expect(classifyHeader(raw)).toBeUndefined();
  });
});
