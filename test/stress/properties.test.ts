/**
 * Property tests (issue 8, point 2): random grids, and the real example workbook mutated at random,
 * never make analyse, planRag or planBoard throw; every finding points inside its sheet's grid (or at
 * a table the reader recognised) on a sheet that exists; every plan writes only inside the areas it
 * records as owned, on sheets it owns or creates; strings are always strings, and reach both adapters
 * as text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  CellValue,
  EXCEL_ERRORS,
  OwnedArea,
  PlanOutcome,
  RangeRef,
  Settings,
  WorkbookSnapshot,
  WritePlan,
  parseA1,
  rangeContains,
  sheetExtent,
  singleArea,
  withDefaults,
} from "../../src/engine";
import { toExcelValue } from "../../src/excel/text";
import { applyPlanToFile, loadWorkbook, readWorkbookBytes, workbookBytes } from "../../src/xlsx";
import { snapshotFromWorkbook } from "../helpers/exceljs-snapshot";
import { GOV_HEADER, onlyArea } from "../helpers/grid";
import { HEADER, runEngine } from "./support";

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
];

// Cells drawn from what real tables hold, plus errors and formula-looking text.
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant("") },
  {
    weight: 4,
    arbitrary: fc.constantFrom<CellValue>(
      "Priority",
      "Indicator",
      "Baseline",
      "LAA improvement target",
      "08/09",
      "09/10",
      "10/11",
      "2009/10",
      "Actual 08/09",
      "Actual 2009/10",
      "RAG 2008/09",
      "Lead partners",
      "Good is",
      "Polarity",
      "Tolerance",
      "Comments",
      "NI 154",
      "NI 16 Serious acquisitive crime",
      "NI 0",
      "NI 102b",
      "TBC",
      "45%",
      "+2%",
      "reduce by 5%",
      "maintain",
      "Police; Council",
      "High",
      "Low",
      "yes",
      "1 Resilient communities",
      "\u2013",
      "\u00a0",
      ...HOSTILE
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...EXCEL_ERRORS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 5000 }) },
  { weight: 1, arbitrary: fc.boolean() }
);

const SHEET_NAMES = ["LAA", "Cross-cutting", "Board status 2010-06-30", "board STATUS 2010-06-30"];

interface SheetSpec {
  name: string;
  origin: { row: number; col: number };
  rows: CellValue[][];
  withHeader: boolean;
  protected: boolean;
  merge: boolean;
}

const sheetArb: fc.Arbitrary<SheetSpec> = fc.record({
  name: fc.constantFrom(...SHEET_NAMES),
  origin: fc.record({ row: fc.nat(3), col: fc.nat(3) }),
  rows: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 12 }),
  withHeader: fc.boolean(),
  protected: fc.boolean(),
  merge: fc.boolean(),
});

/** A snapshot as an adapter would build it: rectangular grids, unique sheet names (Excel ignores case). */
function toSnapshot(specs: SheetSpec[], owned: OwnedArea[]): WorkbookSnapshot {
  const seen = new Set<string>();
  const sheets = specs
    .filter((s) => !seen.has(s.name.toLowerCase()) && seen.add(s.name.toLowerCase()))
    .map((s) => {
      const rows = s.withHeader
        ? [...(s.rows.length % 2 ? HEADER : GOV_HEADER), ...s.rows]
        : s.rows;
      const width = Math.max(0, ...rows.map((r) => r.length));
      const values =
        width === 0
          ? []
          : rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill("")]);
      const { row, col } = s.origin;
      return {
        name: s.name,
        areas: singleArea(
          s.origin,
          values,
          values.map((r) =>
            r.map((v, j) => (typeof v === "number" && j === 3 ? "0.0%" : "General"))
          )
        ),
        merges:
          s.merge && values.length > 3
            ? [{ top: row + 2, left: col, bottom: row + 3, right: col }]
            : [],
        tables: [],
        protected: s.protected,
      };
    });
  return { sheets, owned };
}

const ownedArb: fc.Arbitrary<OwnedArea[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant("rag-column" as const),
      sheet: fc.constantFrom(...SHEET_NAMES),
      range: fc
        .record({ top: fc.nat(6), left: fc.nat(14), height: fc.nat(10) })
        .map(({ top, left, height }) => ({ top, left, bottom: top + height, right: left })),
    }),
    fc.record({ kind: fc.constant("board-sheet" as const), sheet: fc.constantFrom(...SHEET_NAMES) })
  ),
  { maxLength: 2 }
);

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    asAt: fc.constantFrom("2009-06-30", "2010-06-30", "2011-06-30", "2010-02-30"),
    tolerancePercent: fc.constantFrom(0, 5, 10),
    amberRule: fc.constantFrom("tolerance" as const, "improving" as const, "forecast" as const),
    rewardPot: fc.constantFrom(undefined, 2_500_000),
  })
  .map((s) => withDefaults(s));

/**
 * CI runs fixed seeds (the same grids every time, fast); STRESS_RUNS=5000 explores new random grids.
 */
const DEEP = process.env.STRESS_RUNS ? Number(process.env.STRESS_RUNS) : undefined;
const runs = (numRuns: number, seed: number) => (DEEP ? { numRuns: DEEP } : { numRuns, seed });

// ---------- the properties ----------

/** Every finding names an existing sheet and points inside its grid or a table the reader found. */
function expectFindingsInside(snapshot: WorkbookSnapshot, run: ReturnType<typeof runEngine>): void {
  const names = new Set(snapshot.sheets.map((s) => s.name));
  for (const f of run.report.findings) {
    if (f.sheet !== undefined) expect(names).toContain(f.sheet);
    if (f.cell === undefined) continue;
    const sheet = snapshot.sheets.find((s) => s.name === f.sheet);
    const pos = parseA1(f.cell);
    expect(pos).toBeDefined();
    if (!sheet || !pos) continue;
    if (f.row !== undefined) expect(f.row).toBe(pos.row + 1);
    const extent = sheetExtent(sheet);
    const inGrid = extent !== undefined && rangeContains(extent, pos.row, pos.col);
    const inTable = run.report.tables.some(
      (t) => t.sheet === sheet.name && rangeContains(t.range, pos.row, pos.col)
    );
    if (!inGrid && !inTable)
      throw new Error(`${f.code} at ${f.sheet}!${f.cell} is outside the grid`);
  }
}

function cellsOf(
  top: number,
  left: number,
  values: readonly (readonly unknown[])[]
): [number, number][] {
  return values.flatMap((row, i) => row.map((_, j) => [top + i, left + j] as [number, number]));
}

function rangeCells(r: RangeRef): [number, number][] {
  const out: [number, number][] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push([row, col]);
  return out;
}

/**
 * A plan touches only what it owns: edits write, clear and format cells inside the rag columns it
 * records (or recorded before, for clearing), on sheets that exist and are not protected; new sheets
 * are board sheets it records and do not replace a sheet the user made.
 */
function expectPlanOwnsWhatItTouches(snapshot: WorkbookSnapshot, outcome: PlanOutcome): void {
  if (!outcome.ok) {
    expect(outcome.message).toMatch(/^\S.*[.!]$/);
    return;
  }
  const plan = outcome.plan;
  const ownedNow = (sheet: string) =>
    plan.owned.filter((a) => a.kind === "rag-column" && a.sheet === sheet);
  const ownedBefore = (sheet: string) =>
    snapshot.owned.filter((a) => a.kind === "rag-column" && a.sheet === sheet);
  const inside = (areas: OwnedArea[], row: number, col: number) =>
    areas.some((a) => a.kind === "rag-column" && rangeContains(a.range, row, col));
  for (const edit of plan.edits) {
    const sheet = snapshot.sheets.find((s) => s.name === edit.sheet);
    expect(sheet?.protected).toBe(false);
    const now = ownedNow(edit.sheet);
    const any = [...now, ...ownedBefore(edit.sheet)];
    for (const b of edit.blocks)
      for (const [r, c] of cellsOf(b.top, b.left, b.values))
        if (!inside(now, r, c))
          throw new Error(`writes ${edit.sheet} r${r}c${c} outside what it owns`);
    for (const g of edit.formats)
      for (const range of g.ranges)
        for (const [r, c] of rangeCells(range)) expect(inside(now, r, c)).toBe(true);
    for (const range of edit.clear)
      for (const [r, c] of rangeCells(range)) expect(inside(any, r, c)).toBe(true);
    for (const col of Object.keys(edit.columnWidths ?? {}))
      expect(
        now.some(
          (a) =>
            a.kind === "rag-column" && a.range.left <= Number(col) && Number(col) <= a.range.right
        )
      ).toBe(true);
  }
  const boardSheets = plan.owned.flatMap((a) => (a.kind === "board-sheet" ? [a.sheet] : []));
  const ownedBoards = snapshot.owned.flatMap((a) =>
    a.kind === "board-sheet" ? [a.sheet.toLowerCase()] : []
  );
  for (const ns of plan.newSheets) {
    expect(boardSheets).toContain(ns.name);
    const existing = snapshot.sheets.find((s) => s.name.toLowerCase() === ns.name.toLowerCase());
    if (existing) expect(ownedBoards).toContain(existing.name.toLowerCase());
  }
  expectValuesAreData(plan);
}

/** Every value is a string, a finite number or null; never an object that could carry a formula. */
function expectValuesAreData(plan: WritePlan): void {
  for (const s of [...plan.edits, ...plan.newSheets])
    for (const b of s.blocks)
      for (const row of b.values)
        for (const v of row) {
          if (v === null || typeof v === "string") continue;
          expect(typeof v).toBe("number");
          expect(Number.isFinite(v)).toBe(true);
        }
}

/** Strings that Excel would parse as a formula go to Office.js behind Excel's text prefix. */
function expectExcelForcesText(plan: WritePlan): number {
  let dangerous = 0;
  for (const s of [...plan.edits, ...plan.newSheets])
    for (const b of s.blocks)
      for (const row of b.values)
        for (const v of row) {
          if (typeof v !== "string" || !/^[=+\-@]/.test(v)) continue;
          dangerous++;
          expect(toExcelValue(v)).toBe(`'${v}`);
        }
  return dangerous;
}

function checkAll(snapshot: WorkbookSnapshot, settings: Settings): ReturnType<typeof runEngine> {
  const run = runEngine(snapshot, settings);
  expectFindingsInside(snapshot, run);
  expectPlanOwnsWhatItTouches(snapshot, run.rag);
  expectPlanOwnsWhatItTouches(snapshot, run.board);
  for (const o of [run.rag, run.board]) if (o.ok) expectExcelForcesText(o.plan);
  return run;
}

describe("random grids", () => {
  it("never make the engine throw; findings and plans stay inside what they may touch", () => {
    const seen = { tables: 0, ragPlans: 0, boardPlans: 0, cellFindings: 0 };
    fc.assert(
      fc.property(
        fc.array(sheetArb, { minLength: 1, maxLength: 3 }),
        ownedArb,
        settingsArb,
        (specs, owned, settings) => {
          const run = checkAll(toSnapshot(specs, owned), settings);
          seen.tables += run.report.tables.length;
          seen.ragPlans += run.rag.ok ? 1 : 0;
          seen.boardPlans += run.board.ok ? 1 : 0;
          seen.cellFindings += run.report.findings.filter((f) => f.cell).length;
        }
      ),
      runs(200, 2008)
    );
    // The grids are not vacuous: tables are found, rated and planned in many runs.
    expect(seen.tables).toBeGreaterThan(50);
    expect(seen.ragPlans).toBeGreaterThan(10);
    expect(seen.boardPlans).toBeGreaterThan(10);
    expect(seen.cellFindings).toBeGreaterThan(100);
  });

  it("the ownership check itself catches a plan that writes outside what it owns", () => {
    const snapshot = toSnapshot(
      [
        {
          name: "LAA",
          origin: { row: 0, col: 0 },
          rows: [["x"]],
          withHeader: false,
          protected: false,
          merge: false,
        },
      ],
      []
    );
    const area: OwnedArea = {
      kind: "rag-column",
      sheet: "LAA",
      range: { top: 0, left: 8, bottom: 3, right: 8 },
    };
    const plan = (top: number, left: number, newSheet?: string): PlanOutcome => ({
      ok: true,
      summary: "",
      plan: {
        edits: [
          { sheet: "LAA", clear: [], blocks: [{ top, left, values: [["Green"]] }], formats: [] },
        ],
        newSheets: newSheet
          ? [{ name: newSheet, blocks: [], formats: [], merges: [], columnWidths: {} }]
          : [],
        owned: [area],
      },
    });
    expect(() => expectPlanOwnsWhatItTouches(snapshot, plan(1, 8))).not.toThrow();
    expect(() => expectPlanOwnsWhatItTouches(snapshot, plan(1, 7))).toThrow();
    expect(() => expectPlanOwnsWhatItTouches(snapshot, plan(1, 8, "laa"))).toThrow();
  });
});

// ---------- the example workbook, mutated ----------

type Mutation =
  | { kind: "set"; row: number; col: number; value: CellValue }
  | { kind: "blank-row"; row: number }
  | { kind: "duplicate-row"; row: number }
  | { kind: "delete-row"; row: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      row: fc.nat(60),
      col: fc.nat(12),
      value: cellArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("blank-row" as const), row: fc.nat(60) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("duplicate-row" as const), row: fc.nat(60) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete-row" as const), row: fc.nat(60) }) }
);

/** Applies mutations to a copy of one sheet's grid, keeping it rectangular (cells off the grid are skipped). */
function mutate(
  snapshot: WorkbookSnapshot,
  sheetIndex: number,
  mutations: Mutation[]
): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((sheet, i) => {
    if (i !== sheetIndex) return sheet;
    const area = onlyArea(sheet);
    const values = area.values.map((r) => [...r]);
    const formats = (area.numberFormats ?? []).map((r) => [...r]);
    const width = values[0]?.length ?? 0;
    for (const m of mutations) {
      if (m.row >= values.length) continue;
      if (m.kind === "set" && m.col < width) (values[m.row] as CellValue[])[m.col] = m.value;
      if (m.kind === "blank-row") values[m.row] = new Array<CellValue>(width).fill("");
      if (m.kind === "duplicate-row") {
        values.splice(m.row, 0, [...(values[m.row] as CellValue[])]);
        formats.splice(m.row, 0, [...(formats[m.row] ?? [])]);
      }
      if (m.kind === "delete-row" && values.length > 1) {
        values.splice(m.row, 1);
        formats.splice(m.row, 1);
      }
    }
    return { ...sheet, areas: singleArea(area.origin, values, formats) };
  });
  return { ...snapshot, sheets };
}

describe("the example workbook, mutated", () => {
  let sample: WorkbookSnapshot;
  beforeAll(async () => {
    const bytes = readFileSync(join(__dirname, "../../examples/sample-partnership.xlsx"));
    sample = snapshotFromWorkbook(await loadWorkbook(bytes));
  });

  it("as it is: rated, planned, and its plans stay inside what they own", () => {
    const run = checkAll(sample, withDefaults({ asAt: "2010-06-30" }));
    expect(run.report.tables.length).toBeGreaterThan(0);
    expect(run.rag.ok && run.board.ok).toBe(true);
  });

  it("with random cells, blank, duplicated and deleted rows never makes the engine throw", () => {
    fc.assert(
      fc.property(
        fc.nat(1),
        fc.array(mutationArb, { minLength: 1, maxLength: 25 }),
        settingsArb,
        (sheet, mutations, settings) => {
          checkAll(mutate(sample, sheet, mutations), settings);
        }
      ),
      runs(150, 2009)
    );
  });

  it("hostile text typed into its cells reaches both adapters as text, never as a formula", async () => {
    // Hostile titles and partners: the board sheet copies them, so they are in the plan.
    const inputs = await fc.sample(
      fc.array(
        fc.record({
          row: fc.integer({ min: 5, max: 54 }),
          col: fc.constantFrom(1, 6, 10),
          value: fc.constantFrom(...HOSTILE),
        }),
        { minLength: 3, maxLength: 8 }
      ),
      { numRuns: 15, seed: 8 }
    );
    let dangerous = 0;
    for (const muts of inputs) {
      const settings = withDefaults({ asAt: "2010-06-30" });
      const snapshot = mutate(
        sample,
        0,
        muts.map((m) => ({ kind: "set" as const, row: m.row, col: m.col, value: `${m.value}` }))
      );
      const run = checkAll(snapshot, settings);
      for (const o of [run.rag, run.board]) {
        if (!o.ok) continue;
        dangerous += expectExcelForcesText(o.plan);
        // The file adapter: applied to the real workbook, every such string is a string cell, no formula.
        const book = readWorkbookBytes(
          readFileSync(join(__dirname, "../../examples/sample-partnership.xlsx"))
        );
        const wb = await loadWorkbook(workbookBytes(applyPlanToFile(book, o.plan)));
        for (const s of [
          ...o.plan.edits.map((e) => ({ name: e.sheet, blocks: e.blocks })),
          ...o.plan.newSheets,
        ])
          for (const b of s.blocks)
            b.values.forEach((row, i) =>
              row.forEach((v, j) => {
                if (typeof v !== "string" || !/^[=+\-@]/.test(v)) return;
                const cell = (wb.getWorksheet(s.name) as ExcelJS.Worksheet).getCell(
                  b.top + i + 1,
                  b.left + j + 1
                );
                expect(cell.type).toBe(ExcelJS.ValueType.String);
                expect(cell.formula).toBeUndefined();
                expect(cell.value).toBe(v);
              })
            );
      }
    }
    // The property is not vacuous: hostile strings did reach the plans.
    expect(dangerous).toBeGreaterThan(0);
  }, 60_000);
});
