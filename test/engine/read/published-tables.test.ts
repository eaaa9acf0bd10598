/**
 * Tables laid out as councils published them (test/fixtures/sources/*.json, built by
 * scripts/build-fixtures.js): the exact indicators read, every finding at its cell, and nothing else.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IndicatorRow, Report, analyse, withDefaults } from "../../../src/engine";
import { readWorkbookBytes } from "../../../src/xlsx";

const settings = withDefaults({ asAt: "2010-06-30" });

async function report(name: string): Promise<Report> {
  const bytes = readFileSync(join(__dirname, "../../fixtures", `${name}.xlsx`));
  return analyse(readWorkbookBytes(bytes).snapshot, settings);
}

const labels = (r: Report): string[] =>
  r.tables.flatMap((t) =>
    t.rows.map((row) => row.indicator.code?.label ?? row.indicator.title ?? "")
  );
const findings = (r: Report): [string, string][] => r.findings.map((f) => [f.cell ?? "", f.code]);
const row = (r: Report, label: string): IndicatorRow => {
  const found = r.tables.flatMap((t) => t.rows).find((x) => x.indicator.code?.label === label);
  if (!found) throw new Error(`no ${label}`);
  return found;
};
const final = (x: IndicatorRow) => x.targets[x.targets.length - 1];

describe("Salford's 2009 refresh table (Think Family), as printed", () => {
  let r: Report;
  beforeAll(async () => (r = await report("salford-refresh")));

  it("reads six indicators: no refresh line, page footer or repeated header becomes one", () => {
    expect(r.tables).toHaveLength(1);
    expect(labels(r)).toEqual(["NI 72", "NI 73", "NI 74", "NI 75", "NI 83", "NI 87"]);
    expect(r.tables[0]?.columns).toMatchObject({
      leadPartners: 7,
      refreshStatus: 8,
      indicator: 1,
      indicatorTitle: 2,
    });
  });

  it("gives every indicator the theme written across the table as its priority", () => {
    expect(new Set(r.tables[0]?.rows.map((x) => x.priority?.text))).toEqual(
      new Set(["Improving educational attainment"])
    );
  });

  it("takes the refreshed target as the target, keeping the printed one", () => {
    expect(final(row(r, "NI 72"))).toMatchObject({
      value: { kind: "number", value: 56.2 },
      original: { raw: "N/A" },
      refresh: "new",
    });
    expect(final(row(r, "NI 73"))?.value).toMatchObject({ value: 79, cell: { row: 9, col: 6 } });
    expect(final(row(r, "NI 75"))?.value).toMatchObject({ value: 48.5, provisional: true });
    expect(row(r, "NI 74").refresh).toMatchObject({
      status: "removed",
      reason: "NI 74 to be removed due to KS3 tests being removed from curriculum",
    });
    expect(row(r, "NI 87").refresh?.status).toBe("no-change");
  });

  it("rates the refreshed targets and never the removed indicators", () => {
    const rated = new Set(r.rag.map((x) => x.indicator));
    expect(rated.has("NI 74") || rated.has("NI 83")).toBe(false);
  });

  it("reports only the genuine findings, each at its cell", () => {
    expect(findings(r)).toEqual([
      ["", "laa.statutory-missing"],
      ["A6", "gap.silo"],
      ["G8", "target.refreshed"],
      ["F9", "target.backsliding"],
      ["G10", "target.refreshed"],
      ["I11", "indicator.refresh-status"],
      ["I12", "indicator.refresh-status"],
      ["G13", "target.provisional"],
      ["G13", "target.refreshed"],
      ["I14", "indicator.refresh-status"],
    ]);
  });
});

describe("a council plan appendix with LAA indicators to 2012/13, as printed", () => {
  let r: Report;
  beforeAll(async () => (r = await report("council-plan")));

  it("reads five indicators under the themes written across the table", () => {
    expect(labels(r)).toEqual([
      "NI 171",
      "NI 153",
      "NI 8",
      "NI 123",
      "Visits to the borough's leisure centres",
    ]);
    expect(r.tables[0]?.rows.map((x) => x.priority?.text)).toEqual([
      "Wealthier",
      "Wealthier",
      "Healthier",
      "Healthier",
      "Healthier",
    ]);
    expect(r.tables[0]?.columns.targets.map((t) => t.year)).toEqual([2010, 2011, 2012]);
  });

  it("reads the (LAA) marker and keeps the note row as a comment on the table", () => {
    expect(row(r, "NI 171").indicator).toMatchObject({
      laaMarker: true,
      title: "New business registration rate",
    });
    expect(row(r, "NI 123").indicator.laaMarker).toBeUndefined();
    expect(r.tables[0]?.notes?.map((n) => n.text)).toEqual([
      "NI171 & NI153 targets are being renegotiated",
    ]);
  });

  it("reads a target that names its data period as a value and a period", () => {
    expect(row(r, "NI 171").targets[0]?.value).toMatchObject({ value: 55.7, period: "for 2009" });
    expect(row(r, "NI 153").targets[0]?.value).toMatchObject({ value: 28.9, period: "to Feb 11" });
  });

  it("reports only the genuine findings", () => {
    expect(findings(r)).toEqual([
      ["", "laa.statutory-missing"],
      ["", "table.beyond-laa"],
      ["A12", "indicator.local"],
    ]);
  });
});

describe("climate-change targets as a % of a 2005 baseline, as printed", () => {
  let r: Report;
  beforeAll(async () => (r = await report("co2-percent-of-baseline")));

  it("reads three indicators with the header's unit and period", () => {
    expect(labels(r)).toEqual(["NI 185", "NI 186", "NI 191"]);
    expect(r.tables[0]?.columns).toMatchObject({ baselineUnit: "tonnes" });
    expect(r.tables[0]?.baselineHeaderPeriod).toBe("2005");
    expect(r.tables[0]?.columns.targets.every((t) => t.percentOfBaseline)).toBe(true);
  });

  it("resolves each target against the baseline, reading the odd sign as the majority does", () => {
    expect(final(row(r, "NI 185"))?.value).toMatchObject({
      kind: "relative",
      amount: -11,
      resolved: 36712.5,
    });
    expect(final(row(r, "NI 186"))?.value).toMatchObject({ amount: -12.3, resolved: 6.9283 });
    expect(row(r, "NI 186").polarity).toEqual({ value: "lower", source: "targets" });
  });

  it("reports the mixed signs once per column and nothing on the cells", () => {
    expect(findings(r).filter(([, code]) => code !== "target.relative")).toEqual([
      ["", "laa.statutory-missing"],
      ["C2", "target.mixed-signs"],
      ["D2", "target.mixed-signs"],
      ["E2", "target.mixed-signs"],
    ]);
    expect(findings(r).filter(([, code]) => code === "target.relative")).toHaveLength(9);
  });
});

describe("value periods written the ways councils wrote them", () => {
  it("reads seven indicators, each baseline with its period, none provisional", async () => {
    const r = await report("value-periods");
    expect(labels(r)).toHaveLength(7);
    expect(r.tables[0]?.rows.map((x) => x.baselinePeriod?.text)).toEqual([
      "for 2006",
      "for 2006",
      "to May 07",
      "2005-2007 ave",
      "2006/7",
      "for the four quarters to August 2008",
      "2005-2007 ave",
    ]);
    expect(findings(r)).toEqual([["", "laa.statutory-missing"]]);
  });
});

describe("statutory education targets before the 2009 refresh", () => {
  it("calls a 2010/11 target not yet set, never missing, and names the withdrawn KS3 indicators", async () => {
    const r = await report("education-2008");
    expect(labels(r)).toEqual(["NI 72", "NI 73", "NI 74", "NI 83", "NI 87"]);
    expect(findings(r)).toEqual([
      ["", "laa.statutory-missing"],
      ["A3", "gap.silo"],
      ["F3", "target.not-yet-set"],
      ["E4", "target.backsliding"],
      ["F4", "target.not-yet-set"],
      ["B5", "indicator.withdrawn"],
      ["B6", "indicator.withdrawn"],
      ["F6", "target.not-yet-set"],
      ["F7", "target.not-yet-set"],
    ]);
  });
});

describe("a workbook without an LAA table", () => {
  it("names the nearest candidate and what it lacks; the prose sheet is never a candidate", async () => {
    const r = await report("not-found");
    expect(findings(r)).toEqual([["", "table.not-found"]]);
    expect(r.findings[0]?.message).toBe(
      "No LAA target table was found. The nearest is row 4 of 'Plan': it has Indicator and Lead partners but no Baseline or target years column."
    );
  });
});

describe("a unit in the header applies to its column", () => {
  it("reads plain numbers under a '(%)' header as percentages", async () => {
    const { workbook } = await import("../../helpers/grid");
    const { readWorkbook } = await import("../../../src/engine/read");
    const { NATIONAL_INDICATORS } = await import("../../../src/engine/catalog");
    const [t] = readWorkbook(
      workbook([
        {
          rows: [
            ["Indicator", "Baseline (%)", "Target 2008/09 (%)", "Target 2009/10 (%)", "Target 2010/11 (%)", "Lead partner"],
            ["NI 152 Working age people on out of work benefits", 8.4, 8.1, 7.8, 7.5, "Jobcentre Plus"],
          ],
        },
      ]),
      NATIONAL_INDICATORS
    );
    expect(t?.rows[0]?.baseline).toMatchObject({ value: 8.4, unit: "percent" });
    expect(t?.rows[0]?.targets.map((y) => y.value.kind === "number" && y.value.unit)).toEqual(["percent", "percent", "percent"]);
  });
}); // prettier-ignore

describe("a removed indicator at the refresh", () => {
  it("has no forecast and no share of the reward", async () => {
    const r = await report("salford-refresh");
    const removed = ["NI 74", "NI 83"];
    expect(r.forecasts.map((f) => f.indicator).filter((i) => removed.includes(i))).toEqual([]);
    expect(r.reward.targets.map((t) => t.indicator).filter((i) => removed.includes(i))).toEqual([]);
  });
});

describe("a council plan's (LAA) marker", () => {
  it("limits the reward to the indicators marked as the LAA's", async () => {
    const r = await report("council-plan");
    expect(r.reward.targets.map((t) => t.indicator)).toEqual(["NI 171", "NI 153", "NI 8"]);
  });
});
