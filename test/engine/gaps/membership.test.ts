import { CellValue, withDefaults } from "../../../src/engine";
import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { resolveAmbitions } from "../../../src/engine/gaps/ambitions";
import { rowSorter } from "../../../src/engine/gaps/membership";
import { PartnerNames } from "../../../src/engine/gaps/partners";
import { readWorkbook } from "../../../src/engine/read";
import { workbook } from "../../helpers/grid";

// rowSorter makes its lists at the size the tables announce; what it gives must not depend on that.
describe("rowSorter lists made at their size", () => {
  const header = [
    ["Priority", "Indicator", "Baseline", "08/09", "Lead partners", "Contributes to"],
  ];
  const priorities = ["Safer communities", "Affordable housing", "Economic growth"];
  const rows: CellValue[][] = Array.from({ length: 600 }, (_, i) => [
    i % 40 === 0 ? (priorities[(i / 40) % priorities.length] ?? "") : "",
    `Scheme ${i % 250}`,
    "50",
    "55",
    i % 3 ? "Police" : "Council; PCT",
    i % 7 === 0 ? "Economic growth" : "",
  ]);
  const snapshot = workbook([{ name: "LAA", rows: [...header, ...rows] }]);
  const tables = readWorkbook(snapshot, NATIONAL_INDICATORS);
  const table = tables[0]!;
  const resolved = resolveAmbitions(undefined, tables);
  const partners = new PartnerNames(withDefaults({ asAt: "2010-06-30" }));
  const plain = (m: ReturnType<ReturnType<typeof rowSorter>["result"]>) =>
    m.evidence.map((e) => ({
      own: { count: e.own.count, led: e.own.led, partners: e.own.partners, labels: e.own.labels },
      labels: [...e.indicators],
      size: e.indicators.size,
      partners: [...e.partners],
    }));

  it("gives the same membership with or without the tables announced, fed whole or in chunks", () => {
    const announced = rowSorter(resolved, partners, tables);
    for (let from = 0; from < table.rows.length; from += 64)
      announced.add(table, table.rows.slice(from, from + 64));
    const unannounced = rowSorter(resolved, partners);
    unannounced.add(table, table.rows);
    const result = plain(announced.result());
    expect(result).toEqual(plain(unannounced.result()));
    expect(result.reduce((n, e) => n + e.own.count, 0)).toBe(600);
    // Labels repeat (250 distinct): each ambition's list holds each label once, as its size says.
    for (const e of result) {
      expect(new Set(e.labels).size).toBe(e.labels.length);
      expect(e.size).toBe(e.labels.length);
    }
  });

  it("ends each list at the last row handed over when fewer rows come than announced", () => {
    const sorter = rowSorter(resolved, partners, tables);
    const half = table.rows.slice(0, 300);
    sorter.add(table, half);
    const result = sorter.result();
    expect(result.evidence.reduce((n, e) => n + e.own.count, 0)).toBe(300);
    for (const e of result.evidence) {
      if (e.own.labels === undefined) continue;
      expect(e.own.labels).toHaveLength(e.own.count);
      expect(e.own.labels.every((l) => typeof l === "string")).toBe(true);
    }
    for (const e of result.evidence) {
      const labels = [...e.indicators];
      expect(labels.every((l) => typeof l === "string")).toBe(true);
      expect(e.indicators.size).toBe(labels.length);
    }
  });
});
