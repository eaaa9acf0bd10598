/** Small workbooks built in code for the adapter tests (readable, no binary fixtures). */
import ExcelJS from "exceljs";

/** An LAA-like sheet starting at B3 with every kind of value ExcelJS can hold. */
export function richWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("LAA");
  ws.getCell("B3").value = "Priority";
  ws.getCell("C3").value = "Indicator";
  ws.getCell("D3").value = "Baseline";
  ws.getCell("E3").value = "08/09";
  ws.getCell("B4").value = "Safer communities";
  ws.mergeCells("B4:B5");
  ws.getCell("C4").value = { richText: [{ text: "NI " }, { text: "16", font: { bold: true } }] };
  ws.getCell("D4").value = 0.452;
  ws.getCell("D4").numFmt = "0.0%";
  ws.getCell("E4").value = { formula: "D4*2", result: 0.904 };
  ws.getCell("C5").value = { text: "NI 154", hyperlink: "https://example.org/ni154" };
  ws.getCell("D5").value = { error: "#N/A" };
  ws.getCell("E5").value = true;
  ws.getCell("F5").value = new Date(Date.UTC(2010, 5, 30));
  ws.getCell("F5").numFmt = "dd/mm/yyyy";
  ws.getCell("G5").value = { formula: "1/0" } as ExcelJS.CellFormulaValue;
  // A styled but empty cell outside the values does not widen the used range (valuesOnly).
  ws.getCell("J20").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  const hidden = wb.addWorksheet("Notes", { state: "hidden" });
  hidden.getCell("A1").value = "private";
  return wb;
}

/** A table with actuals and a free column H for RAG, plus a formula the plan must not disturb. */
export function targetWorkbook(rows = 5): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("LAA");
  ws.addRow([
    "Priority",
    "Indicator",
    "Baseline",
    "08/09",
    "Actual 08/09",
    "Lead partners",
    "Total",
  ]);
  for (let i = 0; i < rows; i++) {
    const r = ws.addRow(["Housing", `NI ${150 + i}`, 100 + i, 110 + i, 108 + i, "Council"]);
    r.getCell(7).value = { formula: `C${r.number}+D${r.number}`, result: 210 + 2 * i };
    r.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  }
  return wb;
}
