import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { ParsedValue, YearValue } from "../../../src/engine/model/table";
import { classifyHeader } from "../../../src/engine/read/header";
import { parseIndicator } from "../../../src/engine/read/indicator";
import { splitList } from "../../../src/engine/read/lists";
import { parsePolarity, resolvePolarity, resolveRelatives } from "../../../src/engine/read/resolve";
import { normalise } from "../../../src/engine/read/text";
import { parseYear } from "../../../src/engine/read/years";
import { parsed } from "../../helpers/rows";

describe("parseYear", () => {
  it.each([
    "08/09",
    "2008/09",
    "2008-09",
    "2008/2009",
    "2008/9",
    "FY 2008/09",
    "Target 2008-09",
    "2008\u201309",
    "2008\u201409",
    "08 / 09",
    "Actual 2008/09",
    "RAG 2008/09",
    "LAA target 08-09",
  ])("%p is 2008/09", (text) => {
    expect(parseYear(normalise(text))).toBe(2008);
  });

  it.each<[string, number]>([
    ["09/10", 2009],
    ["2010/11", 2010],
    ["2009/2010", 2009],
    ["1999/00", 1999],
    ["2009/0", 2009],
  ])("%p is %p", (text, year) => {
    expect(parseYear(normalise(text))).toBe(year);
  });

  it.each(["2008-11", "07/05", "Baseline", "2008", "NI 154", "12/2008", "2008/10"])(
    "%p names no financial year",
    (text) => {
      expect(parseYear(normalise(text))).toBeUndefined();
    }
  );
});

describe("parseIndicator", () => {
  it.each<[string, number, string | undefined, string, string | undefined]>([
    ["NI 154", 154, undefined, "NI 154", undefined],
    ["NI154", 154, undefined, "NI 154", undefined],
    ["NI-154", 154, undefined, "NI 154", undefined],
    ["ni 154", 154, undefined, "NI 154", undefined],
    ["NI001", 1, undefined, "NI 1", undefined],
    ["N.I. 16", 16, undefined, "NI 16", undefined],
    ["NI 102b", 102, "b", "NI 102b", undefined],
    [
      "NI 157a Processing of planning applications",
      157,
      "a",
      "NI 157a",
      "Processing of planning applications",
    ],
    [
      "NI 154 Net additional homes provided",
      154,
      undefined,
      "NI 154",
      "Net additional homes provided",
    ],
    [
      "NI 154: Net additional homes provided",
      154,
      undefined,
      "NI 154",
      "Net additional homes provided",
    ],
    [
      "NI 154 - Net additional homes provided",
      154,
      undefined,
      "NI 154",
      "Net additional homes provided",
    ],
    ["NI 154 Net additional homes", 154, undefined, "NI 154", "Net additional homes"],
    ["Net additional homes (NI 154)", 154, undefined, "NI 154", "Net additional homes"],
    ["NI 0", 0, undefined, "NI 0", undefined],
    ["NI 250", 250, undefined, "NI 250", undefined],
  ])("%p → NI %p part %p label %p title %p", (text, number, part, label, title) => {
    const parsed = parseIndicator(normalise(text), false);
    expect(parsed.code).toEqual(part ? { number, part, label } : { number, label });
    expect(parsed.title).toBe(title);
    expect(parsed.badCode).toBeUndefined();
  });

  it.each(["NI abc", "NI", "NI #", "ni x"])("%p is a malformed code", (text) => {
    const parsed = parseIndicator(normalise(text), false);
    expect(parsed.code).toBeUndefined();
    expect(parsed.badCode).toBeDefined();
  });

  it.each(["Number of volunteers", "Night-time economy safety", "Local PI 12: litter", "Nil"])(
    "%p is a local indicator",
    (text) => {
      expect(parseIndicator(text, false)).toEqual({ title: text });
    }
  );

  it.each<[string, number]>([
    ["154", 154],
    ["16", 16],
  ])("a bare %p in a code column is NI %p", (text, number) => {
    expect(parseIndicator(text, true).code?.number).toBe(number);
    expect(parseIndicator(text, false).code).toBeUndefined();
  });
});

describe("splitList", () => {
  it.each<[string, string[]]>([
    ["Police; Council", ["Police", "Council"]],
    ["Police, Council, PCT", ["Police", "Council", "PCT"]],
    ["Police/Council", ["Police", "Council"]],
    ["Police & Council", ["Police", "Council"]],
    ["Police and Council", ["Police", "Council"]],
    ["Police\nCouncil", ["Police", "Council"]],
    ["Police\r\nCouncil", ["Police", "Council"]],
    ["Salford City Council*", ["Salford City Council"]],
    ["*Police ;; , Council *", ["Police", "Council"]],
    ["NHS\u00a0Salford; \u00a0Police", ["NHS Salford", "Police"]],
    ["", []],
    [" ; , ", []],
    ["Fire + Rescue", ["Fire", "Rescue"]],
  ])("%p → %p", (text, names) => {
    expect(splitList(text)).toEqual(names);
  });
});

describe("splitList keeps ' and ' inside one organisation's name", () => {
  it.each<[string, string[]]>([
    ["Homes and Communities Agency", ["Homes and Communities Agency"]],
    ["Northshire Fire and Rescue Service", ["Northshire Fire and Rescue Service"]],
    [
      "Learning and Skills Council; Jobcentre Plus",
      ["Learning and Skills Council", "Jobcentre Plus"],
    ],
    ["Health and Wellbeing Board and Council", ["Health and Wellbeing Board", "Council"]],
    ["Police and Homes and Communities Agency", ["Police", "Homes and Communities Agency"]],
    ["Crime AND Disorder Reduction Partnership", ["Crime AND Disorder Reduction Partnership"]],
    ["Drug and Alcohol Action Team*", ["Drug and Alcohol Action Team"]],
    ["Children and Young People's Trust", ["Children and Young People's Trust"]],
    ["Safer and Stronger Communities Board", ["Safer and Stronger Communities Board"]],
    ["Health and Social Care Trust", ["Health and Social Care Trust"]],
    ["Police and Crime Panel", ["Police and Crime Panel"]],
    [
      "Arts and Culture Team and Sport and Leisure Trust",
      ["Arts and Culture Team", "Sport and Leisure Trust"],
    ],
    ["Council and Fire", ["Council", "Fire"]],
    ["PCT and Police", ["PCT", "Police"]],
    ["Fire and Police", ["Fire", "Police"]],
  ])("%p → %p", (text, names) => {
    expect(splitList(text)).toEqual(names);
  });
});

describe("classifyHeader", () => {
  it.each<[string, string]>([
    ["Priority", "priority"],
    ["Ambition", "priority"],
    ["Theme", "priority"],
    ["Outcome", "priority"],
    ["Indicator", "indicator"],
    ["Description", "indicator"],
    ["Measure", "indicator"],
    ["NI", "indicator-code"],
    ["NI ref", "indicator-code"],
    ["Ref", "indicator-code"],
    ["PI", "indicator-code"],
    ["Baseline", "baseline"],
    ["Baseline (2007/08)", "baseline"],
    ["Baseline year", "baseline-period"],
    ["Period", "baseline-period"],
    ["Lead partner(s)", "lead"],
    ["Lead partners", "lead"],
    ["Lead", "lead"],
    ["Lead organisation", "lead"],
    ["Accountable partner", "lead"],
    ["Polarity", "polarity"],
    ["Good is", "polarity"],
    ["Good performance", "polarity"],
    ["Tolerance", "tolerance"],
    ["Comments", "comments"],
    ["Notes", "comments"],
    ["Contributes to", "contributes"],
    ["LAA improvement target", "span-target"],
    ["Targets", "span-target"],
    ["Actual", "span-actual"],
    ["Outturn", "span-actual"],
    ["RAG", "span-rag"],
    ["08/09", "year"],
  ])("%p is a %p header", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  it.each<[string, string | undefined]>([
    ["2008/09", undefined],
    ["Target 2008-09", "target"],
    ["Actual 2008/09", "actual"],
    ["Outturn 08/09", "actual"],
    ["RAG 2008/09", "rag"],
  ])("year header %p has kind %p", (text, kind) => {
    const header = classifyHeader(text);
    expect(header).toMatchObject({ role: "year", year: 2008 });
    expect(header?.yearKind).toBe(kind);
  });

  it("takes the baseline period from the header", () => {
    expect(classifyHeader("Baseline (2007/08)")).toMatchObject({ period: "2007/08" });
  });

  it.each(["NI 154 Net additional homes", "2,100", "Salford City Council", "", "x".repeat(70)])(
    "%p is not a header",
    (text) => {
      expect(classifyHeader(text)).toBeUndefined();
    }
  );
});

describe("polarity", () => {
  it.each<[string, "higher" | "lower" | undefined]>([
    ["High", "higher"],
    ["Higher", "higher"],
    ["higher is better", "higher"],
    ["\u2191", "higher"],
    ["Low", "lower"],
    ["Lower", "lower"],
    ["Low is good", "lower"],
    ["\u2193", "lower"],
    ["Smaller is better", "lower"],
    ["Depends", undefined],
  ])("%p → %p", (text, polarity) => {
    expect(parsePolarity(text)).toBe(polarity);
  });

  const cell = { sheet: "LAA", row: 1, col: 1 };
  const num = (value: number): ParsedValue => parsed(value, cell);
  const empty = parsed("", cell);
  const ys = (...v: ParsedValue[]): YearValue[] => v.map((value, i) => ({ year: 2008 + i, value }));
  const ni = (n: number) => ({ number: n, label: `NI ${n}` });

  it.each([
    ["the table's own column wins", "lower", ni(154), num(10), ys(num(20)), "lower", "table"],
    [
      "the catalogue comes next (NI 154 higher)",
      undefined,
      ni(154),
      num(10),
      ys(num(5)),
      "higher",
      "catalogue",
    ],
    [
      "the catalogue comes next (NI 16 lower)",
      undefined,
      ni(16),
      num(10),
      ys(num(50)),
      "lower",
      "catalogue",
    ],
    [
      "else rising targets",
      undefined,
      undefined,
      num(10),
      ys(num(11), num(12)),
      "higher",
      "targets",
    ],
    ["else falling targets", undefined, undefined, num(10), ys(num(9), num(8)), "lower", "targets"],
    [
      "no baseline: last target vs first",
      undefined,
      undefined,
      empty,
      ys(num(3), empty, num(8)),
      "higher",
      "targets",
    ],
  ] as const)("%s", (_name, own, code, baseline, targets, value, source) => {
    expect(resolvePolarity(own, code, NATIONAL_INDICATORS, baseline, targets)).toEqual({
      value,
      source,
    });
  });

  it("flat targets and no other source leave polarity unknown", () => {
    expect(
      resolvePolarity(undefined, undefined, NATIONAL_INDICATORS, num(5), ys(num(5), num(5)))
    ).toBeUndefined();
  });

  it("resolves relative targets against the baseline, then the previous year", () => {
    const rel = (op: "add" | "add-percent" | "maintain", amount: number): ParsedValue => ({
      kind: "relative",
      cell,
      raw: "",
      op,
      amount,
    });
    const out = resolveRelatives(
      num(200),
      ys(rel("add-percent", -5), rel("add", 10), rel("maintain", 0))
    );
    expect(out.map((t) => (t.value.kind === "relative" ? t.value.resolved : undefined))).toEqual([
      190, 200, 200,
    ]);
    const unresolved = resolveRelatives(empty, ys(rel("add", 10)));
    expect(unresolved[0]?.value).not.toHaveProperty("resolved");
    const afterNumber = resolveRelatives(empty, ys(num(50), rel("add-percent", 10)));
    expect(afterNumber[1]?.value).toMatchObject({ resolved: 55 });
  });
});
