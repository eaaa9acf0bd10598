import {
  IndicatorRow,
  LaaTable,
  NATIONAL_INDICATORS,
  ParsedValue,
  Report,
  Settings,
  SheetSnapshot,
  WorkbookSnapshot,
  YearColumn,
  sheetCell,
  sheetExtent,
} from "../../../src/engine";
import { rateTables } from "../../../src/engine/rag";

/**
 * A deliberately small reader for plan tests, so they do not depend on the real reader's heuristics:
 * two header rows, labels in the second ("Indicator", "Baseline", "Polarity", "Target 2009",
 * "Actual 2009", "RAG 2009/10"); the table ends at the last label and the last indicator.
 */
export function readSimple(sheet: SheetSnapshot): LaaTable {
  const width = (sheetExtent(sheet)?.right ?? -1) + 1;
  const labels: string[] = [];
  for (let col = 0; col < width; col++) labels.push(String(sheetCell(sheet, 1, col)));
  while (labels.length > 0 && labels[labels.length - 1] === "") labels.pop();
  const find = (name: string): number => labels.indexOf(name);
  const years = (re: RegExp): YearColumn[] =>
    labels.flatMap((h, col) => {
      const m = re.exec(h);
      return m ? [{ year: Number(m[1]), col, header: h }] : [];
    });
  const targets = years(/^Target (\d{4})/);
  const actuals = years(/^Actual (\d{4})/);
  let bottom = 1;
  for (let r = 2; r <= (sheetExtent(sheet)?.bottom ?? -1); r++)
    if (sheetCell(sheet, r, 0) !== "") bottom = r;
  const rows: IndicatorRow[] = [];
  for (let r = 2; r <= bottom; r++) {
    const raw = String(sheetCell(sheet, r, 0));
    if (raw === "") continue;
    const value = (col: number): ParsedValue => parse(sheet, r, col);
    const pol = String(sheetCell(sheet, r, find("Polarity")));
    rows.push({
      row: r,
      indicator: { cell: { sheet: sheet.name, row: r, col: 0 }, raw, title: raw },
      baseline: value(find("Baseline")),
      targets: targets.map((t) => ({ year: t.year, value: value(t.col) })),
      actuals: actuals.map((a) => ({ year: a.year, value: value(a.col) })),
      partners: { cell: { sheet: sheet.name, row: r, col: 99 }, raw: "", names: [] },
      polarity:
        pol === "High"
          ? { value: "higher", source: "table" }
          : pol === "Low"
            ? { value: "lower", source: "table" }
            : undefined,
      contributesTo: [],
    });
  }
  return {
    id: `${sheet.name}!A1`,
    sheet: sheet.name,
    range: { top: 0, left: 0, bottom, right: labels.length - 1 },
    headerRows: [0, 1],
    columns: { indicator: 0, targets, actuals, rag: years(/^RAG (\d{4})/) },
    rows,
  };
}

function parse(sheet: SheetSnapshot, row: number, col: number): ParsedValue {
  const raw = sheetCell(sheet, row, col);
  const cell = { sheet: sheet.name, row, col };
  if (typeof raw === "number") return { kind: "number", value: raw, unit: "number", cell, raw };
  return raw === "" ? { kind: "empty", cell, raw } : { kind: "text", text: String(raw), cell, raw };
}

/** The parts of a report planRag reads, from the simple reader and the real rating. */
export function simpleReport(wb: WorkbookSnapshot, settings: Settings): Report {
  const tables = wb.sheets.filter((s) => sheetCell(s, 1, 0) === "Indicator").map(readSimple);
  return {
    tables,
    findings: [],
    rag: rateTables(tables, settings, NATIONAL_INDICATORS),
    forecasts: [],
    reward: { thresholdPercent: 60, capPercent: 100, targets: [] },
    gaps: { ambitions: [], pairs: [] },
    summary: { errors: 0, warnings: 0, info: 0 },
  };
}
