/**
 * A second reader for tests: ExcelJS workbook → WorkbookSnapshot, with values as Office.js
 * `range.values` would give them. It checks the product's own reader (src/xlsx/read) and reads back
 * what the writer wrote, independently of the code that wrote it.
 */
import ExcelJS from "exceljs";
import {
  CellValue,
  RangeRef,
  SheetSnapshot,
  WorkbookSnapshot,
  ownedFromNames,
  singleArea,
} from "../../src/engine";

/** Days between Excel's epochs (1899-12-30 or, for 1904 workbooks, 1904-01-01) and 1970-01-01. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;
const MS_PER_DAY = 86_400_000;

/** One ExcelJS cell value → an Office.js-style value. */
export function toCellValue(value: ExcelJS.CellValue, date1904 = false): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  // ExcelJS turns date-formatted numbers into Dates (as UTC); Office.js gives the serial number back.
  if (value instanceof Date)
    return value.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return toCellValue(value.text as ExcelJS.CellValue, date1904);
  if ("formula" in value || "sharedFormula" in value) {
    // A formula gives its cached result; a workbook saved without results gives "" (as Excel would before recalculating).
    const result = (value as { result?: unknown }).result;
    return toCellValue(result as ExcelJS.CellValue, date1904);
  }
  return "";
}

/** Rectangles of merged cells. ExcelJS keeps them in a private map (1-based); `ws.model` would rebuild every row. */
function merges(ws: ExcelJS.Worksheet): RangeRef[] {
  const map = (ws as unknown as { _merges?: Record<string, { model: RangeModel }> })._merges ?? {};
  return Object.values(map).map(({ model: m }) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}

interface RangeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel tables with their full range (header row included). */
function tables(ws: ExcelJS.Worksheet): { name: string; range: RangeRef }[] {
  const out: { name: string; range: RangeRef }[] = [];
  for (const t of ws.getTables()) {
    const model = (t as unknown as { table?: { name?: string; tableRef?: string; ref?: string } })
      .table;
    const ref = model?.tableRef ?? model?.ref;
    if (!model?.name || !ref) continue;
    const [a, b] = ref.split(":");
    const tl = ws.getCell(a ?? "A1");
    const br = ws.getCell(b ?? a ?? "A1");
    out.push({
      name: model.name,
      range: {
        top: Number(tl.row) - 1,
        left: Number(tl.col) - 1,
        bottom: Number(br.row) - 1,
        right: Number(br.col) - 1,
      },
    });
  }
  return out;
}

/** ExcelJS keeps sheet protection (read or set by protect()) in an untyped property. */
export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(p?.sheet);
}

/** A cell holds something Office.js's valuesOnly used range would count. Merge followers are empty. */
function hasValue(cell: ExcelJS.Cell): boolean {
  return cell.type !== ExcelJS.ValueType.Null && cell.type !== ExcelJS.ValueType.Merge;
}

/** One sheet: the used range (values only, like getUsedRangeOrNullObject(true)) with its formats. */
export function snapshotSheet(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (!hasValue(cell)) return;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const base = {
    name: ws.name,
    merges: merges(ws),
    tables: tables(ws),
    protected: isProtected(ws),
    visibility: ws.state,
  };
  if (bottom < 0) return { ...base, areas: [] };
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: (readonly string[])[] = [];
  // Rows whose cells all have the General format share one read-only row of formats: most rows of
  // a long table have none of their own, and 50k rows would otherwise make 50k arrays of "General".
  const general: readonly string[] = Object.freeze(new Array<string>(width).fill("General"));
  for (let r = top; r <= bottom; r++) {
    const vals = new Array<CellValue>(width).fill("");
    let fmts: string[] | undefined;
    const row = ws.findRow(r);
    row?.eachCell((cell, c) => {
      if (c < left || c > right) return;
      if (hasValue(cell)) vals[c - left] = toCellValue(cell.value, date1904);
      const numFmt = cell.numFmt;
      if (numFmt && numFmt !== "General") {
        fmts ??= new Array<string>(width).fill("General");
        fmts[c - left] = numFmt;
      }
    });
    values.push(vals);
    numberFormats.push(fmts ?? general);
  }
  return { ...base, areas: singleArea({ row: top - 1, col: left - 1 }, values, numberFormats) };
}

/** The whole workbook: every sheet in tab order and the ownership record from `LAAMonitor_*` names. */
export function snapshotFromWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = Boolean(wb.properties?.date1904);
  const names = wb.definedNames.model.flatMap((d) =>
    d.ranges.map((ref) => ({ name: d.name, ref }))
  );
  return {
    sheets: wb.worksheets.map((ws) => snapshotSheet(ws, date1904)),
    owned: ownedFromNames(names),
  };
}
