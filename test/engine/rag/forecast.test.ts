import { NATIONAL_INDICATORS, Settings, withDefaults } from "../../../src/engine";
import { forecastTables, rateTables } from "../../../src/engine/rag";
import { project } from "../../../src/engine/rag/forecast";
import { periodPosition } from "../../../src/engine/rag/periods";
import { RowSpec, buildTable } from "./build-table";

const base = withDefaults({ asAt: "2010-06-30" });

function forecast(spec: RowSpec, settings: Partial<Settings> = {}) {
  const [f] = forecastTables([buildTable([spec])], { ...base, ...settings }, NATIONAL_INDICATORS);
  if (!f) throw new Error("no forecast");
  return f;
}

// Hand-worked: the line through the baseline (at its period) and the actuals, read at 2010/11.
describe("the final-year forecast", () => {
  it("one point: the trend from the baseline (100 in 2007/08 → 110 in 2008/09 → 130 in 2010/11)", () => {
    const f = forecast({
      polarity: "higher",
      baseline: 100,
      baselinePeriod: "2007/08",
      targets: { 2010: 130 },
      actuals: { 2008: 110 },
    });
    expect(f).toMatchObject({ year: 2010, period: "year", status: "on-track", projected: 130 });
    expect(f.reason).toContain("the baseline (2007/08) and 1 actual");
  });

  it("two points: least squares through 100, 104, 110 (2007–2009) gives 114.67 in 2010/11", () => {
    const spec: RowSpec = {
      polarity: "higher",
      baseline: 100,
      baselinePeriod: "2007/08",
      actuals: { 2008: 104, 2009: 110 },
    };
    const atRisk = forecast({ ...spec, targets: { 2010: 120 } });
    expect(atRisk.status).toBe("at-risk"); // 4.4% short of 120, within 5%
    expect(atRisk.projected).toBeCloseTo(114.667, 3);
    expect(forecast({ ...spec, targets: { 2010: 125 } }).status).toBe("off-track"); // 8.3% short
    expect(forecast({ ...spec, targets: { 2010: 114 } }).status).toBe("on-track");
  });

  it("wrong direction: falling when higher is better is off track", () => {
    const f = forecast({
      polarity: "higher",
      baseline: 50,
      baselinePeriod: "2007/08",
      targets: { 2010: 60 },
      actuals: { 2008: 45, 2009: 40 },
    });
    expect(f).toMatchObject({ status: "off-track", projected: 35 });
  });

  it("lower is better: 20 → 18 projects 14, under a target of 15", () => {
    const f = forecast({
      polarity: "lower",
      baseline: 20,
      baselinePeriod: "2007/08",
      targets: { 2010: 15 },
      actuals: { 2008: 18 },
    });
    expect(f).toMatchObject({ status: "on-track", projected: 14 });
  });

  it("unknown polarity: no guess", () => {
    const f = forecast({ baseline: 20, targets: { 2010: 15 }, actuals: { 2008: 18 } });
    expect(f.status).toBe("unknown");
    expect(f.projected).toBeUndefined();
    expect(f.reason).toMatch(/polarity/);
  });

  it("no actual yet: unknown", () => {
    expect(forecast({ polarity: "higher", baseline: 20, targets: { 2010: 25 } }).status).toBe(
      "unknown"
    );
  });

  it("one actual and no baseline: no trend, unknown", () => {
    const f = forecast({ polarity: "higher", targets: { 2010: 25 }, actuals: { 2009: 22 } });
    expect(f.status).toBe("unknown");
  });

  it("not collected in the final year (Place Survey): unknown, and says why", () => {
    const f = forecast({
      code: 4,
      polarity: "higher",
      baseline: 29.4,
      baselinePeriod: "2006/07",
      targets: { 2010: 34 },
      actuals: { 2008: 28.9 },
    });
    expect(f.status).toBe("unknown");
    expect(f.reason).toBe("not collected: Place Survey not run in 2010/11");
  });

  it("the final year's own actual replaces the projection", () => {
    const f = forecast({
      polarity: "higher",
      baseline: 100,
      targets: { 2010: 130 },
      actuals: { 2008: 90, 2009: 95, 2010: 131 },
    });
    expect(f).toMatchObject({ status: "on-track", projected: 131 });
    expect(f.reason).toMatch(/^2010\/11 actual/);
  });

  it("keeps a percentage projection between 0 and 100", () => {
    const f = forecast({
      percent: true,
      polarity: "higher",
      baseline: 90,
      baselinePeriod: "2007/08",
      targets: { 2010: 95 },
      actuals: { 2008: 99 },
    });
    expect(f).toMatchObject({ projected: 100, status: "on-track" });
  });

  it("takes a baseline without a period as the year before the first target", () => {
    const f = forecast({
      polarity: "higher",
      baseline: 100,
      targets: { 2008: 105, 2010: 130 },
      actuals: { 2008: 110 },
    });
    expect(f.projected).toBe(130);
    expect(f.reason).toContain("taken as 2007/08");
  });

  it("is made for every indicator with a numeric final-year target, and only those", () => {
    const table = buildTable([
      { polarity: "higher", targets: { 2010: 10 } },
      { polarity: "higher", targets: { 2010: "TBC" } },
      { polarity: "higher", targets: { 2009: 10 } },
    ]);
    const all = forecastTables([table], base, NATIONAL_INDICATORS);
    expect(all.map((f) => f.indicator)).toEqual(["NI 154"]);
  });
});

describe("the forecast amber rule", () => {
  // 2009/10: 90 against 100 is 10% short (Red by tolerance); the line through the baseline 60
  // (2007/08), 75 and 90 reaches 105 in 2010/11, above its target of 104: on track.
  const onTrack: RowSpec = {
    polarity: "higher",
    baseline: 60,
    baselinePeriod: "2007/08",
    targets: { 2008: 70, 2009: 100, 2010: 104 },
    actuals: { 2008: 75, 2009: 90 },
  };
  const rate2009 = (spec: RowSpec, amberRule: Settings["amberRule"]) =>
    rateTables([buildTable([spec])], { ...base, amberRule }, NATIONAL_INDICATORS).find(
      (r) => r.year === 2009
    );

  it("makes an off-target year Amber when the indicator is on track for the final target", () => {
    expect(rate2009(onTrack, "tolerance")?.status).toBe("red");
    const r = rate2009(onTrack, "forecast");
    expect(r?.status).toBe("amber");
    expect(r?.reason).toMatch(/on track/);
  });

  it("leaves it Red when the trend falls short", () => {
    expect(
      rate2009({ ...onTrack, targets: { ...onTrack.targets, 2010: 120 } }, "forecast")?.status
    ).toBe("red");
  });

  it("judges a year on the data up to that year only", () => {
    // 2008/09 is 75 against 90 (Red); the trend of 60 → 75 reaches 105 by 2010/11 (on track),
    // whatever 2009/10 later showed.
    const spec: RowSpec = { ...onTrack, targets: { 2008: 90, 2009: 100, 2010: 104 } };
    const fell = { ...spec, actuals: { 2008: 75, 2009: 40 } };
    const r2008 = rateTables(
      [buildTable([fell])],
      { ...base, amberRule: "forecast" },
      NATIONAL_INDICATORS
    ).find((r) => r.year === 2008);
    expect(r2008?.status).toBe("amber");
  });
});

describe("project", () => {
  it.each<[string, { x: number; y: number }[], number, number | undefined]>([
    [
      "two points: the line through them",
      [
        { x: 0, y: 1 },
        { x: 1, y: 3 },
      ],
      2,
      5,
    ],
    [
      "three points: least squares",
      [
        { x: 0, y: 0 },
        { x: 1, y: 2 },
        { x: 2, y: 1 },
      ],
      3,
      2,
    ],
    ["one point: none", [{ x: 0, y: 1 }], 1, undefined],
    [
      "same position twice: none",
      [
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ],
      2,
      undefined,
    ],
  ])("%s", (_case, points, at, expected) => {
    const p = project(points, at);
    if (expected === undefined) expect(p).toBeUndefined();
    else expect(p).toBeCloseTo(expected, 9);
  });
});

describe("periodPosition: where a baseline's period lies on the axis of LAA years", () => {
  it.each<[string, Parameters<typeof periodPosition>[1], number | undefined]>([
    ["2007/08", "financial-year", 2007],
    ["2006/7", "financial-year", 2006],
    ["2008/2009", "financial-year", 2008],
    ["2005-2007 ave", "calendar-year", 2006],
    ["2004-2008 ave", "calendar-year", 2006],
    ["2007", "financial-year", 2007],
    ["2007", "academic-year", 2006],
    ["(for 2006)", "calendar-year", 2006],
    ["May 2007", "financial-year", 2007],
    ["to Feb 08", "financial-year", 2007],
    ["May 2007", "academic-year", 2006],
    ["Baseline to be set", "financial-year", undefined],
  ])("%p on a %s basis → %p", (text, basis, expected) => {
    expect(periodPosition(text, basis)).toBe(expected);
  });
});
