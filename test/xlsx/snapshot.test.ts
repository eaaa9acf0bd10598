import ExcelJS from "exceljs";
import { loadWorkbook, workbookToBuffer } from "../../src/xlsx";
import { snapshotFromWorkbook, toCellValue } from "../helpers/exceljs-snapshot";
import { onlyArea } from "../helpers/grid";
import { richWorkbook } from "./workbooks";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await workbookToBuffer(wb));
}

describe("snapshotFromWorkbook", () => {
  it("gives the used range as Office.js range.values would (after a save and reload)", async () => {
    const snap = snapshotFromWorkbook(await roundTrip(richWorkbook()));
    const sheet = snap.sheets[0]!;
    const laa = onlyArea(sheet);
    expect(sheet.name).toBe("LAA");
    expect(laa.origin).toEqual({ row: 2, col: 1 });
    expect(laa.values).toEqual([
      ["Priority", "Indicator", "Baseline", "08/09", "", ""],
      ["Safer communities", "NI 16", 0.452, 0.904, "", ""],
      ["", "NI 154", "#N/A", true, 40359, ""],
    ]);
    expect(laa.numberFormats?.[1]?.[2]).toBe("0.0%");
    expect(laa.numberFormats?.[2]?.[4]).toBe("dd/mm/yyyy");
    expect(laa.numberFormats?.[0]?.[0]).toBe("General");
    expect(sheet.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(sheet.protected).toBe(false);
    expect(sheet.visibility).toBe("visible");
    expect(snap.sheets[1]).toMatchObject({
      name: "Notes",
      visibility: "hidden",
      areas: [{ values: [["private"]] }],
    });
  });

  it("keeps every row the same length (rectangular) and formats the same shape", () => {
    const laa = onlyArea(snapshotFromWorkbook(richWorkbook()).sheets[0]);
    const widths = new Set(laa.values.map((r) => r.length));
    expect(widths.size).toBe(1);
    expect(laa.numberFormats?.map((r) => r.length)).toEqual(laa.values.map((r) => r.length));
  });

  it("shares one read-only row of General formats between rows with no format of their own", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("LAA");
    ws.addRows([
      ["Indicator", "Baseline"],
      ["NI 1", 5],
      ["NI 2", 0.5],
      ["NI 3", 7],
    ]);
    ws.getCell("B3").numFmt = "0%";
    const formats = onlyArea(snapshotFromWorkbook(wb).sheets[0]).numberFormats!;
    expect(formats).toEqual([
      ["General", "General"],
      ["General", "General"],
      ["General", "0%"],
      ["General", "General"],
    ]);
    expect(formats[0]).toBe(formats[3]);
    expect(Object.isFrozen(formats[0])).toBe(true);
    expect(formats[2]).not.toBe(formats[0]);
  });

  it("reads Excel tables, protection and an empty sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addTable({
      name: "Targets",
      ref: "B2",
      columns: [{ name: "Indicator" }, { name: "Target" }],
      rows: [
        ["NI 1", 5],
        ["NI 2", 6],
      ],
    });
    await ws.protect("", {});
    wb.addWorksheet("Empty");
    const snap = snapshotFromWorkbook(await roundTrip(wb));
    expect(snap.sheets[0]!.tables).toEqual([
      { name: "Targets", range: { top: 1, left: 1, bottom: 3, right: 2 } },
    ]);
    expect(snap.sheets[0]!.protected).toBe(true);
    expect(snap.sheets[1]).toMatchObject({ name: "Empty", areas: [] });
  });

  it.each<[ExcelJS.CellValue, string | number | boolean]>([
    [null, ""],
    [42, 42],
    ["text", "text"],
    [false, false],
    [{ richText: [{ text: "a" }, { text: "b" }] }, "ab"],
    [{ text: "link", hyperlink: "https://x" }, "link"],
    [{ formula: "A1", result: 3 } as ExcelJS.CellFormulaValue, 3],
    [{ formula: "A1", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue, "#DIV/0!"],
    [{ formula: "A1" } as ExcelJS.CellFormulaValue, ""],
    [{ error: "#REF!" } as ExcelJS.CellErrorValue, "#REF!"],
    [new Date(Date.UTC(2008, 3, 1)), 39539],
  ])("converts %p to %p", (value, expected) => {
    expect(toCellValue(value)).toEqual(expected);
  });
});
