/**
 * "Remove LAA Monitor output" in Excel: Write RAG and Build board sheet through Microsoft's Office.js
 * and the emulated host, then the clean plan, and the workbook is as it was before the add-in wrote.
 */
import {
  WorkbookHost,
  analyse,
  planBoard,
  planClean,
  planRag,
  withDefaults,
} from "../../src/engine";
import { ExcelHost } from "../../src/excel";
import { FakeExcel, FakeSheet } from "../helpers/fake-excel";
import { ratedTable } from "../helpers/grid";
import { OfficeHost, WEB_1_9 } from "../helpers/office-host/emulator";

const settings = withDefaults({ asAt: "2010-06-30" });
const ROWS = ratedTable();

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** Everything of the workbook a user could see: sheets, cells (value, number format, format), sizes, names. */
function state(fake: FakeExcel): unknown {
  const sheet = (s: FakeSheet) => {
    const cells: Record<string, unknown> = {};
    for (const [r, row] of s.cells)
      for (const [c, cell] of row) {
        const blank =
          cell.value === "" &&
          cell.numberFormat === "General" &&
          Object.keys(cell.format).length === 0;
        if (!blank) cells[`${r},${c}`] = { ...cell };
      }
    return {
      name: s.name,
      cells,
      widths: [...s.columnWidths],
      heights: [...s.rowHeights],
      merges: s.merges,
      charts: s.charts.length,
    };
  };
  return { sheets: fake.sheets.map(sheet), names: [...fake.names] };
}

async function act(host: WorkbookHost, what: "rag" | "board" | "clean"): Promise<string> {
  const snapshot = await host.readSnapshot();
  const report = analyse(snapshot, settings);
  const outcome =
    what === "rag"
      ? planRag(snapshot, report, settings)
      : what === "board"
        ? planBoard(snapshot, report, settings)
        : planClean(snapshot);
  if (!outcome.ok) throw new Error(outcome.message);
  await host.applyPlan(outcome.plan);
  return outcome.summary;
}

describe("Remove LAA Monitor output, through Office.js", () => {
  it("takes out the status columns, the board sheet and the names, leaving the workbook as before", async () => {
    const fake = new FakeExcel([
      { name: "LAA", rows: ROWS },
      { name: "Notes", rows: [["mine"]] },
    ]);
    fake.names.set("MyRange", "=LAA!$A$1:$B$2");
    const office = new OfficeHost(fake, WEB_1_9);
    uninstall = office.install();
    const host = new ExcelHost({ runOptions: office.runOptions });
    const before = state(fake);

    await act(host, "rag");
    await act(host, "board");
    expect(fake.sheets.map((s) => s.name)).toEqual(["LAA", "Notes", "Board status 2010-06-30"]);
    expect(fake.sheet("LAA").peek(1, 9)?.value).toBe("RAG 2008/09");
    expect([...fake.names.keys()].filter((n) => n.startsWith("LAAMonitor_"))).toHaveLength(3);

    const from = office.requests.length;
    const summary = await act(host, "clean");
    // One read (two round trips) and one write.
    expect(office.requests.length - from).toBe(3);
    expect(state(fake)).toEqual(before);
    expect(summary).toBe(
      "Removed LAA Monitor's 2 status columns and the sheet 'Board status 2010-06-30', and its record."
    );
  });

  it("never deletes a sheet the record does not name, even if a plan asks", async () => {
    const fake = new FakeExcel([
      { name: "LAA", rows: ROWS },
      { name: "Notes", rows: [["mine"]] },
    ]);
    const office = new OfficeHost(fake, WEB_1_9);
    uninstall = office.install();
    const host = new ExcelHost({ runOptions: office.runOptions });
    await host.readSnapshot();
    await expect(
      host.applyPlan({ edits: [], newSheets: [], deleteSheets: ["Notes"], owned: [] })
    ).rejects.toMatchObject({ code: "in-the-way" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["LAA", "Notes"]);
  });
});
