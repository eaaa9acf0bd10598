import {
  CellValue,
  IndicatorRow,
  LaaTable,
  NATIONAL_INDICATORS,
  Report,
  Settings,
  SheetSnapshot,
  TableColumns,
  WorkbookSnapshot,
  YearColumn,
  sheetCell,
  sheetExtent,
} from "../../../src/engine";
import { rateTables } from "../../../src/engine/rag";
import { RowSpec, indicatorRow, laaTable } from "../../helpers/rows";

/**
 * The labels the plan tests' sheets carry in their second row, under a title: F is empty after
 * Actual 2008, and Comments follows Actual 2009.
 */
export const LABELS = [
  "Indicator",
  "Baseline",
  "Polarity",
  "Target 2008",
  "Actual 2008",
  "",
  "Target 2009",
  "Actual 2009",
  "Comments",
];

/** The rows of a plan test's sheet: a title row, then `labels`, then the indicator rows. */
export function simpleRows(
  rows: readonly CellValue[][],
  labels: readonly string[] = LABELS
): CellValue[][] {
  return [["LAA targets"], [...labels], ...rows];
}

/**
 * A deliberately small reader for plan tests, so they do not depend on the real reader's heuristics:
 * two header rows, labels in the second ("Indicator", "Baseline", "Polarity", "Target 2009",
 * "Actual 2009", "RAG 2009/10"); the table ends at the last label and the last indicator. Cells are
 * taken as they are: numbers, text, empty; "High" and "Low" give the polarity.
 */
export function readSimple(sheet: SheetSnapshot): LaaTable {
  const width = (sheetExtent(sheet)?.right ?? -1) + 1;
  const labels: string[] = [];
  for (let col = 0; col < width; col++) labels.push(String(sheetCell(sheet, 1, col)));
  while (labels.length > 0 && labels[labels.length - 1] === "") labels.pop();
  const years = (re: RegExp): YearColumn[] =>
    labels.flatMap((h, col) => {
      const m = re.exec(h);
      return m ? [{ year: Number(m[1]), col, header: h }] : [];
    });
  const baseline = labels.indexOf("Baseline");
  const polarity = labels.indexOf("Polarity");
  const columns: TableColumns = {
    indicator: 0,
    ...(baseline < 0 ? {} : { baseline }),
    ...(polarity < 0 ? {} : { polarity }),
    targets: years(/^Target (\d{4})/),
    actuals: years(/^Actual (\d{4})/),
    rag: years(/^RAG (\d{4})/),
  };
  let bottom = 1;
  for (let r = 2; r <= (sheetExtent(sheet)?.bottom ?? -1); r++)
    if (sheetCell(sheet, r, 0) !== "") bottom = r;
  const rows: IndicatorRow[] = [];
  for (let r = 2; r <= bottom; r++) {
    const cell = (col: number): CellValue => (col < 0 ? "" : sheetCell(sheet, r, col));
    const byYear = (cols: readonly YearColumn[]) =>
      Object.fromEntries(cols.map((c) => [c.year, cell(c.col)]));
    if (cell(0) === "") continue;
    const pol = cell(polarity);
    const spec: RowSpec = {
      indicator: String(cell(0)),
      baseline: baseline < 0 ? undefined : cell(baseline),
      targets: byYear(columns.targets),
      actuals: byYear(columns.actuals),
      polarity: pol === "High" ? "higher" : pol === "Low" ? "lower" : undefined,
    };
    rows.push(indicatorRow(spec, r, columns, sheet.name));
  }
  return laaTable(rows, columns, {
    sheet: sheet.name,
    range: { top: 0, left: 0, bottom, right: labels.length - 1 },
  });
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
