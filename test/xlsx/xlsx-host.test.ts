/**
 * The demo's host over a workbook file: "Change a cell" writes one cell through the patching writer
 * as someone typing would, keeps everything the add-in owns, and tells the grid and the pane.
 */
import { HostError, OwnedArea, WritePlan, sheetCell } from "../../src/engine";
import {
  DEFAULT_LIMITS,
  XlsxHost,
  loadWorkbook,
  readWorkbookBytes,
  workbookToBuffer,
} from "../../src/xlsx";
import { readZip } from "../../src/xlsx/package/zip";
import { targetWorkbook } from "./workbooks";

const RAG_RANGE = { top: 0, left: 7, bottom: 2, right: 7 };
const RAG: OwnedArea = { kind: "rag-column", sheet: "LAA", range: RAG_RANGE };

/** A host whose workbook already has a small RAG column the add-in wrote. */
async function writtenHost(): Promise<XlsxHost> {
  const wb = targetWorkbook(2);
  wb.getWorksheet("LAA")!.getCell("C2").numFmt = "#,##0";
  const host = XlsxHost.fromBytes(await workbookToBuffer(wb), "'targets.xlsx'");
  const plan: WritePlan = {
    edits: [
      {
        sheet: "LAA",
        clear: [],
        blocks: [{ top: 0, left: 7, values: [["RAG 2008/09"], ["Green ▲"], ["Red ▼"]] }],
        formats: [{ ranges: [RAG_RANGE], format: { bold: true } }],
        columnWidths: { 7: 14 },
      },
    ],
    newSheets: [],
    owned: [RAG],
  };
  await host.applyPlan(plan);
  return host;
}

async function cell(host: XlsxHost, address: string) {
  const wb = await loadWorkbook(host.toBytes());
  return wb.getWorksheet("LAA")!.getCell(address);
}

describe("XlsxHost.setCellValue", () => {
  it("writes a number as a number, other text as text, and an empty box clears the cell", async () => {
    const host = await writtenHost();
    await host.setCellValue("LAA", "C2", " 2500 ");
    await host.setCellValue("LAA", "D2", "TBC");
    await host.setCellValue("LAA", "E2", "");
    await host.setCellValue("LAA", "F2", "-0.5");
    const laa = (await host.readSnapshot()).sheets[0]!;
    expect(sheetCell(laa, 1, 2)).toBe(2500);
    expect(sheetCell(laa, 1, 3)).toBe("TBC");
    expect(sheetCell(laa, 1, 4)).toBe("");
    expect(sheetCell(laa, 1, 5)).toBe(-0.5);
    // The cell keeps its own look, as in Excel.
    expect((await cell(host, "C2")).numFmt).toBe("#,##0");
    expect((await cell(host, "C2")).fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
  });

  it("keeps what the add-in owns: its record, its column's values, formats and width", async () => {
    const host = await writtenHost();
    const before = await loadWorkbook(host.toBytes());
    await host.setCellValue("LAA", "E3", "99");
    const snapshot = await host.readSnapshot();
    expect(snapshot.owned).toEqual([RAG]);
    const after = await loadWorkbook(host.toBytes());
    for (const a of ["H1", "H2", "H3"]) {
      const [was, is] = [before, after].map((wb) => wb.getWorksheet("LAA")!.getCell(a));
      expect(is?.value).toEqual(was?.value);
      expect(is?.font).toEqual(was?.font);
    }
    expect(after.getWorksheet("LAA")!.getColumn(8).width).toBe(14);
    expect(after.getWorksheet("LAA")!.getCell("E3").value).toBe(99);
  });

  it("tells the grid's and the pane's listeners; a plan tells only the grid's", async () => {
    const host = await writtenHost();
    const heard: string[] = [];
    host.subscribe(() => {
      heard.push("grid");
    });
    const stop = host.onChange(() => heard.push("pane"));
    await host.setCellValue("LAA", "C2", "1");
    expect(heard).toEqual(["grid", "pane"]);
    await host.applyPlan({ edits: [], newSheets: [], owned: [RAG] });
    expect(heard).toEqual(["grid", "pane", "grid"]);
    stop();
    await host.setCellValue("LAA", "C2", "2");
    expect(heard).toEqual(["grid", "pane", "grid", "grid"]);
  });

  it("says in one sentence that a cell is not there, and changes nothing", async () => {
    const host = await writtenHost();
    const before = host.toBytes();
    await expect(host.setCellValue("Gone", "A1", "1")).rejects.toThrow(HostError);
    await expect(host.setCellValue("LAA", "not a cell", "1")).rejects.toThrow(
      "There is no cell not a cell on a sheet 'LAA'."
    );
    expect(host.toBytes()).toEqual(before);
  });

  it("reads the workbook again after each change without counting it against the size limit again", async () => {
    const host = await writtenHost();
    const bytes = host.toBytes();
    // The limit on all parts together, set to exactly what this workbook's parts expand to.
    const total = readZip(bytes, DEFAULT_LIMITS, "x").reduce((n, e) => n + e.size, 0);
    const tight = new XlsxHost(
      readWorkbookBytes(bytes, "'targets.xlsx'", { ...DEFAULT_LIMITS, totalBytes: total })
    );
    for (let i = 1; i <= 5; i++) await tight.setCellValue("LAA", "C2", String(i));
    expect(sheetCell((await tight.readSnapshot()).sheets[0]!, 1, 2)).toBe(5);
  });

  it("adds one cell format for typed text that needs Excel's quote prefix over a cell's own format", async () => {
    const host = await writtenHost();
    const formats = () => host.workbook.styles.cellXfs.items.length;
    const before = formats();
    // C2 has its own number format; "1/2" would become a date if edited, so it gets the prefix.
    await host.setCellValue("LAA", "C2", "1/2");
    expect(formats()).toBe(before + 1);
    expect((await cell(host, "C2")).numFmt).toBe("#,##0");
  });
});
