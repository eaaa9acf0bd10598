import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { CellValue } from "../../../src/engine/model/cell";
import {
  actualValue,
  actualValues,
  IndicatorRow,
  LaaTable,
  ParsedValue,
  targetCount,
  targetValue,
  targetValues,
} from "../../../src/engine/model/table";
import { readWorkbook } from "../../../src/engine/read";
import { YearWriter } from "../../../src/engine/read/row";
import { GridSheet, workbook } from "../../helpers/grid";

// Rows keep their target and actual values in lists shared with the rows around them (2,048 rows a
// list). These tests hold each row to its own cells across list boundaries and dropped rows.

const HEADER: CellValue[][] = [
  ["Priority", "Indicator", "Baseline", "Target 2008/09", "Target 2009/10", "Target 2010/11"],
];
const WITH_ACTUALS: CellValue[][] = [
  [...(HEADER[0] as CellValue[]), "Lead partners", "Actual 2008/09", "Actual 2009/10"],
];

const only = (sheet: GridSheet): LaaTable => {
  const tables = readWorkbook(workbook([sheet]), NATIONAL_INDICATORS);
  expect(tables).toHaveLength(1);
  return tables[0] as LaaTable;
};
const numbers = (values: readonly (ParsedValue | undefined)[]): (number | string)[] =>
  values.map((v) => (v?.kind === "number" ? v.value : (v?.kind ?? "none")));

describe("target and actual values of a table's rows", () => {
  it("gives every row of a 5,000-row table its own cells, across the shared lists", () => {
    const n = 5000;
    const rows: CellValue[][] = [...WITH_ACTUALS];
    for (let i = 0; i < n; i++)
      rows.push(["", `Scheme ${i}`, i, i + 1, i + 2, i + 3, "Council", i + 10, i + 11]);
    const t = only({ rows });
    expect(t.rows).toHaveLength(n);
    // Rows 2047 and 2048 sit either side of the first list's end, 4095 and 4096 of the second's.
    for (const i of [0, 1, 2047, 2048, 4095, 4096, n - 1]) {
      const row = t.rows[i] as IndicatorRow;
      expect(numbers(targetValues(row))).toEqual([i + 1, i + 2, i + 3]);
      expect(numbers(actualValues(row))).toEqual([i + 10, i + 11]);
      expect(numbers([targetValue(row, 2), actualValue(row, 0)])).toEqual([i + 3, i + 10]);
    }
    const first = t.rows[0] as IndicatorRow;
    const later = t.rows[n - 1] as IndicatorRow;
    expect(later.years).not.toBe(first.years);
    expect((t.rows[1] as IndicatorRow).years).toBe(first.years);
  });

  it("answers undefined past a row's last target or actual, never the next row's value", () => {
    const t = only({
      rows: [...HEADER, ["", "Scheme A", 1, 2, 3, 4], ["", "Scheme B", 5, 6, 7, 8]],
    });
    const a = t.rows[0] as IndicatorRow;
    expect(targetCount(a)).toBe(3);
    expect(targetValue(a, 3)).toBeUndefined();
    expect(targetValue(a, -1)).toBeUndefined();
    expect(actualValue(a, 0)).toBeUndefined();
    expect(actualValues(a)).toEqual([]);
    expect(numbers(targetValues(t.rows[1] as IndicatorRow))).toEqual([6, 7, 8]);
  });

  it("gives a dropped row's room to the next row", () => {
    // The second row has only a comment-like note in the lead partners column: no indicator, no values.
    const t = only({
      rows: [
        [...(WITH_ACTUALS[0] as CellValue[])],
        ["", "Scheme A", 1, 2, 3, 4, "Council", 5, 6],
        ["", "", "", "", "", "", "see note", "", ""],
        ["", "Scheme B", 11, 12, 13, 14, "Council", 15, 16],
      ],
    });
    expect(t.rows.map((r) => r.indicator.raw)).toEqual(["Scheme A", "Scheme B"]);
    const [a, b] = t.rows as [IndicatorRow, IndicatorRow];
    expect(b.years).toBe(a.years);
    expect(b.at).toBe(a.at + 5);
    expect(numbers(targetValues(b))).toEqual([12, 13, 14]);
    expect(numbers(actualValues(b))).toEqual([15, 16]);
  });

  it("starts a new list when a row would not fit", () => {
    const w = new YearWriter(2, 1, 2); // two rows of three values a list
    const first = w.list();
    expect(w.at()).toBe(0);
    w.advance();
    expect(w.list()).toBe(first);
    expect(w.at()).toBe(3);
    w.advance();
    const second = w.list();
    expect(second).not.toBe(first);
    expect(second.list).toHaveLength(6);
    expect(w.at()).toBe(0);
    w.advance();
    expect(w.list()).toBe(second);
    expect(w.at()).toBe(3);
  });

  it("writes a read row as JSON with its own targets and actuals, not the list it shares", () => {
    const rows: CellValue[][] = [...WITH_ACTUALS];
    for (let i = 0; i < 3000; i++)
      rows.push(["", `Scheme ${i}`, i, i + 1, i + 2, i + 3, "Council", i + 10, i + 11]);
    const row = only({ rows }).rows[2500] as IndicatorRow;
    const json = JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
    expect(Object.keys(json)).not.toContain("years");
    expect(Object.keys(json)).not.toContain("at");
    expect(numbers(json.targets as ParsedValue[])).toEqual([2501, 2502, 2503]);
    expect(numbers(json.actuals as ParsedValue[])).toEqual([2510, 2511]);
    expect(json.indicator).toMatchObject({ raw: "Scheme 2500", row: 2501 });
    // A row's JSON is about its own cells: well under a kilobyte, not the 2,048 rows of its list.
    expect(JSON.stringify(row).length).toBeLessThan(2000);
  });
});
