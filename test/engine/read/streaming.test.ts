import { analyse, CellValue, planRag, withDefaults } from "../../../src/engine";
import { sortFindings } from "../../../src/engine/analyse";
import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { analyseGaps } from "../../../src/engine/gaps";
import { LaaTable } from "../../../src/engine/model/table";
import { rateTables } from "../../../src/engine/rag";
import { readWorkbook } from "../../../src/engine/read";
import { rowCount, rowsIn, rowsKept } from "../../../src/engine/read/rows";
import { runRules, withRows } from "../../../src/engine/rules";
import { GOV_HEADER, workbook } from "../../helpers/grid";

// A long table read a chunk at a time must give what the whole table read at once gives, and the
// engine must keep none of its rows (see read/rows.ts). The table has what the reader notes of a
// row up front: headings, merged-down and carried priorities, rows without a priority, NI codes
// (some repeated), Contributes to entries, blank rows inside.
const header: CellValue[][] = [
  [...(GOV_HEADER[0] ?? []), "Actual 2008/09", "Actual 2009/10", "Contributes to", "Comments"],
  [...(GOV_HEADER[1] ?? []), "", "", "", ""],
];
const AMBITIONS = ["Safer communities", "Affordable housing", "Economic growth", "Healthy lives"];
const PARTNERS = ["Police", "Council; PCT", "Fire service", "Council"];

function tableRows(n: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 500 === 0) out.push(["", "", "", "", "", "", "", "", "", "", ""]);
    if (i % 300 === 150)
      out.push([AMBITIONS[((i / 300) % 4) | 0] ?? "", "", "", "", "", "", "", "", "", "", ""]);
    const base = 40 + (i % 30);
    out.push([
      i < 40 ? "" : i % 97 === 0 ? (AMBITIONS[i % 4] ?? "") : "",
      i % 13 === 0 ? `NI ${150 + (i % 45)} Indicator ${i}` : `Scheme ${i}`,
      i % 17 === 0 ? "TBC" : `${base}% (2007/08)`,
      `${base + 1}%`,
      i % 23 === 0 ? "N/A" : `${base + 2}%`,
      `${base + 3}%`,
      i % 31 === 0 ? "" : (PARTNERS[i % 4] ?? ""),
      `${base + (i % 5) - 2}%`,
      i % 11 === 0 ? "" : `${base + 1}%`,
      i % 19 === 0 ? "Economic growth" : i % 41 === 0 ? "Nowhere land" : "",
      i % 29 === 0 ? `note ${i}` : "",
    ]);
  }
  return out;
}

const settings = withDefaults({ asAt: "2010-06-30" });
const ctxOf = (snapshot: ReturnType<typeof workbook>) => ({
  settings,
  catalog: NATIONAL_INDICATORS,
  snapshot,
});
const snapshot = workbook([
  { name: "Cover", rows: [["LAA 2008-11"]] },
  { name: "LAA", rows: [...header, ...tableRows(3000)] },
]);
const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe("a long table read a chunk at a time", () => {
  it("is checked, rated, planned and its findings read without any of its rows kept", () => {
    const report = analyse(snapshot, settings);
    const table = report.tables[0] as LaaTable;
    expect(rowCount(table)).toBe(3000);
    expect(rowsKept(table)).toBe(false);
    const outcome = planRag(snapshot, report, settings);
    expect(outcome.ok).toBe(true);
    let read = 0;
    for (const f of report.findings) read += f.message.length > 0 ? 1 : 0;
    expect(read).toBe(report.findings.length);
    expect(report.findings.length).toBeGreaterThan(2500);
    expect(rowsKept(table)).toBe(false);
    // The pane's and the board's way in: the rows are read and kept when asked for.
    expect(table.rows).toHaveLength(rowCount(table));
    expect(rowsKept(table)).toBe(true);
  });

  it("gives the findings, ratings and gaps the whole table read at once gives", () => {
    const report = analyse(snapshot, settings);
    // The tables with their rows read whole, as plain tables: the path of one pass per step.
    const whole = readWorkbook(snapshot, NATIONAL_INDICATORS).map((t) => withRows(t, t.rows));
    const gaps = analyseGaps(snapshot, whole, settings);
    const expected = sortFindings(
      [...runRules(whole, ctxOf(snapshot)), ...gaps.findings],
      snapshot.sheets.map((s) => s.name)
    );
    const found = Array.from(report.findings);
    expect(found.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        "indicator.duplicate",
        "indicator.local",
        "baseline.placeholder",
        "gap.indicator-orphan",
        "gap.matrix-unmatched",
      ])
    );
    expect(json(found)).toEqual(json(expected));
    expect(json(report.rag)).toEqual(json(rateTables(whole, settings, NATIONAL_INDICATORS)));
    expect(json(report.gaps)).toEqual(json(gaps.view));
    expect(json(report.tables)).toEqual(json(whole));
  });

  it("reads the same rows in chunks, in any order, as all at once", () => {
    const [table] = readWorkbook(snapshot, NATIONAL_INDICATORS);
    if (!table) throw new Error("no table");
    const n = rowCount(table);
    const chunks: unknown[][] = [];
    for (let from = Math.floor((n - 1) / 256) * 256; from >= 0; from -= 256)
      chunks.unshift(json(rowsIn(table, from, from + 256)) as unknown[]);
    expect(rowsKept(table)).toBe(false);
    const all = json(table.rows) as unknown[];
    expect(all).toHaveLength(n);
    expect(chunks.flat()).toEqual(all);
    // Once kept, a chunk is a slice of the kept rows.
    expect(rowsIn(table, 256, 512)).toEqual(table.rows.slice(256, 512));
    expect(rowsIn(table, 256, 512)[0]).toBe(table.rows[256]);
  });

  it("is still a plain table to a spread and to JSON (both read the rows)", () => {
    const [table] = readWorkbook(snapshot, NATIONAL_INDICATORS);
    if (!table) throw new Error("no table");
    expect(Object.keys(table)).toEqual(["id", "sheet", "range", "headerRows", "columns", "rows"]);
    const spread = { ...table };
    expect(spread.rows).toHaveLength(rowCount(table));
    expect((json(table) as { rows: unknown[] }).rows).toHaveLength(rowCount(table));
  });
});
