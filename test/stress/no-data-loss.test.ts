/**
 * No data loss (issue 8, point 3). For every workbook in examples/ and test/fixtures/: write the RAG
 * columns and the board sheet, save, reload; every cell the add-in does not own is identical (value,
 * formula, number format, fill and font, note) and a second run on the output changes nothing at all.
 * The same through ExcelHost against the fake Excel for the example workbook.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  OwnedArea,
  WorkbookSnapshot,
  analyse,
  planBoard,
  planRag,
  rangeContains,
  rangeToA1,
  toA1,
} from "../../src/engine";
import { ExcelHost } from "../../src/excel";
import {
  applyPlanToFile,
  loadWorkbook,
  readWorkbookBytes,
  workbookBytes,
  workbookToBuffer,
} from "../../src/xlsx";
import { snapshotFromWorkbook } from "../helpers/exceljs-snapshot";
import { FakeExcel, FakeSheet } from "../helpers/fake-excel";
import { OfficeHost, WEB_1_13 } from "../helpers/office-host/emulator";
import { onlyArea } from "../helpers/grid";
import { SETTINGS } from "./support";
import { dumpWorkbook } from "./workbook-dump";

const ROOT = join(__dirname, "../..");
const WORKBOOKS = ["examples", "test/fixtures"].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => `${dir}/${f}`)
);

/** What one run wrote: the outcome reasons, for the test to know what happened. */
interface RunResult {
  readonly rag: string;
  readonly board: string;
}

/**
 * The driver's two writing steps (as the CLI's rag then board commands do), each on a fresh read,
 * with the file adapter's patching writer; the written bytes come back with what happened.
 */
function writeRagAndBoard(bytes: Uint8Array): { result: RunResult; bytes: Uint8Array } {
  let book = readWorkbookBytes(bytes);
  const first = book.snapshot;
  const rag = planRag(first, analyse(first, SETTINGS), SETTINGS);
  if (rag.ok) book = applyPlanToFile(book, rag.plan);
  const second = book.snapshot;
  const board = planBoard(second, analyse(second, SETTINGS), SETTINGS);
  if (board.ok) book = applyPlanToFile(book, board.plan);
  return {
    result: { rag: rag.ok ? "written" : rag.reason, board: board.ok ? "written" : board.reason },
    bytes: workbookBytes(book),
  };
}

async function saveAndReload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await workbookToBuffer(wb));
}

/** Skip functions for dumpWorkbook: the add-in's sheets, and its status columns (1-based cells). */
function ownedSkips(owned: readonly OwnedArea[]) {
  const boards = new Set(owned.flatMap((a) => (a.kind === "board-sheet" ? [a.sheet] : [])));
  const columns = owned.flatMap((a) => (a.kind === "rag-column" ? [a] : []));
  return {
    skipSheet: (name: string) => boards.has(name),
    skip: (sheet: string, row: number, col: number) =>
      columns.some(
        (a) =>
          a.sheet === sheet &&
          (row === 0
            ? a.range.left <= col - 1 && col - 1 <= a.range.right
            : rangeContains(a.range, row - 1, col - 1))
      ),
  };
}

/**
 * Decorations a user adds around an LAA table: notes on every used cell of the first column,
 * a fill and bold font on the first row, a formula and a currency format just below the grid.
 */
function decorate(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const last = ws.rowCount;
    ws.getColumn(1).eachCell((cell) => (cell.note = `checked by JB (${cell.address})`));
    ws.getRow(1).eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
      cell.font = { bold: true, color: { argb: "FF1F4E79" } };
    });
    const below = ws.getCell(last + 2, 3);
    below.value = { formula: `ROWS(A1:A${last})`, result: last } as ExcelJS.CellFormulaValue;
    below.numFmt = "£#,##0.00";
  }
}

describe.each(WORKBOOKS.flatMap((path) => [[path, false] as const, [path, true] as const]))(
  "%s (decorated: %s)",
  (path, decorated) => {
    let original: ExcelJS.Workbook;
    let output: ExcelJS.Workbook;
    let outputBytes: Uint8Array;
    let first: RunResult;

    beforeAll(async () => {
      original = await loadWorkbook(readFileSync(join(ROOT, path)));
      if (decorated) {
        decorate(original);
        original = await saveAndReload(original);
      }
      const run = writeRagAndBoard(await workbookToBuffer(original));
      first = run.result;
      outputBytes = run.bytes;
      output = await loadWorkbook(outputBytes);
    });

    it("keeps every cell, sheet and name the add-in does not own", () => {
      const owned = snapshotFromWorkbook(output).owned;
      // Fixtures without actuals have nothing to rate: then the whole workbook must be unchanged.
      if (first.rag === "written" || first.board === "written")
        expect(owned.length).toBeGreaterThan(0);
      if (path.startsWith("examples/")) expect(first).toEqual({ rag: "written", board: "written" });
      const skips = ownedSkips(owned);
      const after = dumpWorkbook(output, skips);
      const before = dumpWorkbook(original, skips);
      expect(after.sheets).toEqual(before.sheets);
      expect(after.names).toEqual(before.names);
      // The user's sheets keep their order; the board sheet comes after them.
      expect(after.order.filter((n) => !skips.skipSheet(n))).toEqual(before.order);
    });

    it("a second run on the output changes nothing: every cell of every sheet, and the record", async () => {
      // The board sheet is the add-in's output: never read back as a table to check or rate.
      const tables = analyse(readWorkbookBytes(outputBytes).snapshot, SETTINGS).tables;
      expect(tables.filter((t) => t.sheet.startsWith("Board status"))).toEqual([]);
      const second = writeRagAndBoard(outputBytes);
      expect(second.result).toEqual(first);
      // Not a byte more the second time: same cells, same record, same appended formats.
      expect(second.bytes).toEqual(outputBytes);
      const rerun = await loadWorkbook(second.bytes);
      expect(dumpWorkbook(rerun)).toEqual(dumpWorkbook(output));
      expect(snapshotFromWorkbook(rerun)).toEqual(snapshotFromWorkbook(output));
    });
  }
);

// ---------- the same through ExcelHost, Office.js and the emulated Excel ----------

/** The fake Excel holding the snapshot's sheets, plus fills and a number format on user cells. */
function fakeFrom(snapshot: WorkbookSnapshot): FakeExcel {
  const fake = new FakeExcel(
    snapshot.sheets.map((sheet) => {
      const s = onlyArea(sheet);
      const formats: Record<string, string> = {};
      s.numberFormats?.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== "General") formats[toA1(s.origin.row + i, s.origin.col + j)] = f;
        })
      );
      return {
        name: sheet.name,
        at: toA1(s.origin.row, s.origin.col),
        rows: s.values.map((r) => [...r]),
        formats,
        merges: sheet.merges.map(rangeToA1),
      };
    })
  );
  for (const sheet of fake.sheets) {
    for (const [, row] of sheet.cells) {
      for (const [, cell] of row) if (typeof cell.value === "number") cell.format.fill = "#FFF2CC";
    }
  }
  return fake;
}

/** Every cell of a fake sheet as comparable text; `skip` leaves out owned cells (0-based). */
function fakeCells(
  sheet: FakeSheet,
  skip: (row: number, col: number) => boolean
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [r, row] of sheet.cells) {
    for (const [c, cell] of row) {
      if (skip(r, c)) continue;
      const plain = cell.value === "" && cell.numberFormat === "General" && !cell.formula;
      if (plain && Object.keys(cell.format).length === 0) continue;
      out[toA1(r, c)] = JSON.stringify([
        cell.value,
        cell.numberFormat,
        cell.formula ?? null,
        cell.quotePrefix ?? false,
        cell.format,
      ]);
    }
  }
  return out;
}

function fakeState(fake: FakeExcel, owned: readonly OwnedArea[] = []) {
  const skips = ownedSkips(owned);
  return {
    order: fake.sheets.map((s) => s.name),
    names: [...fake.names.entries()].sort(),
    sheets: Object.fromEntries(
      fake.sheets
        .filter((s) => !skips.skipSheet(s.name))
        .map((s) => [
          s.name,
          {
            cells: fakeCells(s, (r, c) => skips.skip(s.name, r + 1, c + 1)),
            merges: s.merges.map(rangeToA1).sort(),
            widths: [...s.columnWidths].filter(([c]) => !skips.skip(s.name, 0, c + 1)),
            protected: s.protected,
          },
        ])
    ),
  };
}

async function hostRun(host: ExcelHost): Promise<void> {
  const first = await host.readSnapshot();
  const rag = planRag(first, analyse(first, SETTINGS), SETTINGS);
  if (!rag.ok) throw new Error(rag.message);
  await host.applyPlan(rag.plan);
  const second = await host.readSnapshot();
  const board = planBoard(second, analyse(second, SETTINGS), SETTINGS);
  if (!board.ok) throw new Error(board.message);
  await host.applyPlan(board.plan);
}

describe("the example workbook through ExcelHost, Office.js and the emulated Excel", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  it("keeps everything it does not own; a second run changes nothing", async () => {
    const wb = await loadWorkbook(readFileSync(join(ROOT, "examples/sample-partnership.xlsx")));
    const fake = fakeFrom(snapshotFromWorkbook(wb));
    const office = new OfficeHost(fake, WEB_1_13);
    uninstall = office.install();
    const host = new ExcelHost({ runOptions: office.runOptions });
    const before = fakeState(fake);

    await hostRun(host);
    const owned = (await host.readSnapshot()).owned;
    expect(office.requests.length).toBeGreaterThan(0);
    expect(owned.map((a) => a.kind).sort()).toEqual(["board-sheet", "rag-column", "rag-column"]);
    // The owned cells and the board sheet were empty or absent before, so the rest must be equal.
    const after = fakeState(fake, owned);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.order.slice(0, before.order.length)).toEqual(before.order);
    // Status words went in as text (no formulas appeared anywhere).
    for (const s of fake.sheets)
      for (const [, row] of s.cells)
        for (const [, cell] of row) expect(cell.formula).toBeUndefined();

    const afterFirst = JSON.stringify(fakeState(fake));
    await hostRun(host);
    expect(JSON.stringify(fakeState(fake))).toBe(afterFirst);
  });
});
