import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { CellValue } from "../../../src/engine/model/cell";
import { IndicatorRow, LaaTable } from "../../../src/engine/model/table";
import { readWorkbook } from "../../../src/engine/read";
import { GridSheet, workbook } from "../../helpers/grid";

// A row the reader makes is one object: it is its own indicator cell (row.indicator === row), its
// sheet and column shared by the table's rows. These tests hold that object to what the separate
// indicator object used to say, in the engine and in JSON.

const only = (sheet: GridSheet): LaaTable => {
  const tables = readWorkbook(workbook([sheet]), NATIONAL_INDICATORS);
  expect(tables).toHaveLength(1);
  return tables[0] as LaaTable;
};

const ONE_COLUMN: CellValue[][] = [
  ["Priority", "Indicator", "Baseline", "2008/09", "2009/10", "2010/11", "Lead partners"],
  ["Safer", "NI 16 Serious acquisitive crime", 20, 19, 18, 17, "Police"],
  ["", "Local scheme", 5, 6, 7, 8, "Council"],
];

const SPLIT: CellValue[][] = [
  ["Priority", "NI", "Indicator", "Baseline", "2008/09", "2009/10", "2010/11", "Lead partners"],
  ["Safer", "NI 16", "Serious acquisitive crime", 20, 19, 18, 17, "Police"],
  ["", "", "Local scheme", 5, 6, 7, 8, "Council"],
];

describe("a read row is its own indicator cell", () => {
  it("carries the indicator's sheet, row, column, text, code and title", () => {
    const t = only({ name: "LAA 2008", rows: ONE_COLUMN });
    const [coded, local] = t.rows as [IndicatorRow, IndicatorRow];
    expect(coded.indicator).toBe(coded);
    expect(coded.indicator).toMatchObject({
      sheet: "LAA 2008",
      row: 1,
      col: 1,
      raw: "NI 16 Serious acquisitive crime",
      code: { number: 16, label: "NI 16" },
      title: "Serious acquisitive crime",
    });
    expect(coded.indicator.titleCell).toBeUndefined();
    expect(coded.indicator.badCode).toBeUndefined();
    expect(local.indicator).toMatchObject({
      sheet: "LAA 2008",
      row: 2,
      col: 1,
      raw: "Local scheme",
    });
    expect(local.indicator.code).toBeUndefined();
  });

  it("points at the code column and gives the title cell when code and title are split", () => {
    const t = only({ name: "LAA", rows: SPLIT });
    const [coded, local] = t.rows as [IndicatorRow, IndicatorRow];
    expect(coded.indicator).toMatchObject({
      col: 1,
      raw: "NI 16",
      title: "Serious acquisitive crime",
    });
    expect(coded.indicator.titleCell).toEqual({ sheet: "LAA", row: 1, col: 2 });
    expect(local.indicator.titleCell).toEqual({ sheet: "LAA", row: 2, col: 2 });
    expect(local.indicator.title).toBe("Local scheme");
  });

  it("is one object: no indicator object of its own among its fields", () => {
    const t = only({ name: "LAA", rows: ONE_COLUMN });
    const row = t.rows[0] as IndicatorRow;
    expect(Object.keys(row)).not.toContain("indicator");
    for (const v of Object.values(row) as unknown[]) {
      // No field holds an object with the indicator cell's fields (the old separate indicator object).
      if (v && typeof v === "object") expect(v).not.toHaveProperty("raw", row.indicator.raw);
    }
    // The row, its indicator's text, code and title, baseline, values, partners, and the traits it shares.
    expect(Object.keys(row).length).toBeLessThanOrEqual(9);
  });

  it("writes its indicator as an object of its own in JSON, with the same fields as before", () => {
    const t = only({ name: "LAA", rows: SPLIT });
    const json = JSON.parse(JSON.stringify(t.rows[0])) as Record<string, unknown>;
    expect(json.indicator).toEqual({
      sheet: "LAA",
      row: 1,
      col: 1,
      raw: "NI 16",
      code: { number: 16, label: "NI 16" },
      title: "Serious acquisitive crime",
      titleCell: { sheet: "LAA", row: 1, col: 2 },
    });
    expect(json.row).toBe(1);
    expect(Object.keys(json)).not.toContain("table");
    expect(Object.keys(json)).not.toContain("raw");
  });
  it("keeps what few rows fill (a malformed code, a tolerance, comment, Contributes to) on those rows only", () => {
    const t = only({
      name: "LAA",
      rows: [
        [...(ONE_COLUMN[0] as CellValue[]), "Tolerance", "Comments", "Contributes to"],
        [
          "Safer",
          "NI 16",
          20,
          19,
          18,
          17,
          "Police",
          "10%",
          "Agreed with GOYH",
          "Healthier; Greener",
        ],
        ["", "Local scheme", 5, 6, 7, 8, "Council", "", "", ""],
        ["", "NI abc", 5, 6, 7, 8, "Council", "", "", ""],
      ],
    });
    const [full, plain, broken] = t.rows as [IndicatorRow, IndicatorRow, IndicatorRow];
    expect(full.tolerance).toMatchObject({ kind: "number", value: 10, unit: "percent" });
    expect(full.comment).toEqual({
      cell: { sheet: "LAA", row: 1, col: 8 },
      text: "Agreed with GOYH",
    });
    expect(full.contributesTo).toEqual(["Healthier", "Greener"]);
    expect(full.indicator.badCode).toBeUndefined();
    expect(plain.tolerance).toMatchObject({ kind: "empty" });
    expect(plain.comment).toBeUndefined();
    expect(plain.contributesTo).toEqual([]);
    expect(broken.indicator.badCode).toBe("NI abc");
    expect(broken.comment).toBeUndefined();
    const json = JSON.parse(JSON.stringify(full)) as Record<string, unknown>;
    expect(json).toMatchObject({
      comment: { text: "Agreed with GOYH" },
      contributesTo: ["Healthier", "Greener"],
    });
    expect(Object.keys(json)).not.toContain("extras");
  });

  it("shares what runs of rows have in common, and each row still reads its own", () => {
    // 30 rows under 3 written priorities, each carried down, with 2 baseline periods and 2
    // polarities cycling: 12 combinations, more than the reader keeps at a time (8).
    const header = [
      "Priority",
      "Indicator",
      "Baseline",
      "Baseline period",
      "2008/09",
      "2009/10",
      "2010/11",
      "Lead partners",
      "Polarity",
      "Comments",
    ];
    const rows: CellValue[][] = [header];
    const expected: { priority: string; period: string; polarity: string; comment?: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const priority = `Ambition ${Math.floor(i / 10)}`;
      const period = i % 2 === 0 ? "2007/08" : "2006/07";
      const polarity = Math.floor(i / 2) % 2 === 0 ? "Low" : "High";
      const comment = i % 7 === 0 ? `Note ${i}` : "";
      rows.push([
        i % 10 === 0 ? priority : "",
        `Scheme ${i}`,
        10 + i,
        period,
        11 + i,
        12 + i,
        13 + i,
        "Council",
        polarity,
        comment,
      ]);
      expected.push({
        priority,
        period,
        polarity: polarity === "Low" ? "lower" : "higher",
        comment,
      });
    }
    const t = only({ name: "LAA", rows });
    expect(t.rows).toHaveLength(30);
    t.rows.forEach((row, i) => {
      const want = expected[i] as (typeof expected)[number];
      expect(row.priority?.text).toBe(want.priority);
      expect(row.priority?.carried).toBe(i % 10 !== 0);
      expect(row.baselinePeriod).toEqual({ text: want.period, from: "column" });
      expect(row.polarity).toEqual({ value: want.polarity, source: "table" });
      expect(row.polarityCell?.raw).toBe(want.polarity === "lower" ? "Low" : "High");
      expect(row.comment?.text).toBe(want.comment === "" ? undefined : want.comment);
      expect(row.indicator).toMatchObject({ sheet: "LAA", col: 1, raw: `Scheme ${i}` });
    });
    // Rows alike (one priority object, period, polarity, no comment) hold one traits object.
    const traits = (r: IndicatorRow): unknown => (r as unknown as { traits: unknown }).traits;
    const byKind = new Map<string, Set<unknown>>();
    t.rows.forEach((r, i) => {
      expect(traits(r)).toBeInstanceOf(Object);
      if (i % 10 === 0 || r.comment) return; // a written priority, a comment: traits of their own
      const kind = `${r.priority?.text}|${r.baselinePeriod?.text}|${r.polarity?.value}`;
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(traits(r)));
    });
    expect(byKind.size).toBe(12);
    for (const shared of byKind.values()) expect(shared.size).toBe(1);
    expect(new Set(t.rows.map(traits)).size).toBeLessThanOrEqual(12 + 3 + 5);
  });
});
