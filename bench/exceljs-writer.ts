/**
 * The file writer LAA Monitor used before it patched packages: the plan applied to an ExcelJS
 * workbook, which is then serialised whole (losing what ExcelJS does not model). Kept only so that
 * `npm run bench` can show the patching writer's time beside it.
 */
import ExcelJS from "exceljs";
import {
  CellFormat,
  FormatGroup,
  HostError,
  NewSheet,
  RangeRef,
  SheetEdit,
  ValueBlock,
  WritePlan,
  rangeToA1,
} from "../src/engine";
import { isOwnedName, ownedFromNames, ownedToNames } from "../src/engine";
import { isProtected } from "../test/helpers/exceljs-snapshot";

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
function badSheetName(name: string): boolean {
  return name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name);
}

function ownedRecord(wb: ExcelJS.Workbook) {
  return ownedFromNames(
    wb.definedNames.model.flatMap((d) => d.ranges.map((ref) => ({ name: d.name, ref })))
  );
}

/** Every reason to refuse the plan, checked before anything changes. */
function validate(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const edit of plan.edits) {
    const ws = wb.getWorksheet(edit.sheet);
    if (!ws) {
      throw new HostError(
        "not-found",
        `The sheet '${edit.sheet}' is no longer in the workbook: run the check again.`
      );
    }
    if (isProtected(ws)) {
      throw new HostError(
        "protected",
        `The sheet '${edit.sheet}' is protected: unprotect it (Review › Unprotect Sheet) and run again.`
      );
    }
  }
  const ownSheets = new Set(
    ownedRecord(wb).flatMap((a) => (a.kind === "board-sheet" ? [a.sheet] : []))
  );
  for (const name of plan.deleteSheets ?? []) {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    // Only a sheet the record says the add-in made may go; anything else is a bug, never done.
    if (ws && !ownSheets.has(ws.name)) {
      throw new HostError(
        "in-the-way",
        `LAA Monitor did not create the sheet '${ws.name}', so it will not delete it: this is a bug in LAA Monitor, please report it.`
      );
    }
  }
  const seen = new Set<string>();
  for (const ns of plan.newSheets) {
    if (badSheetName(ns.name) || seen.has(ns.name.toLowerCase())) {
      throw new HostError(
        "unknown",
        `'${ns.name}' cannot be used as a sheet name: this is a bug in LAA Monitor, please report it.`
      );
    }
    seen.add(ns.name.toLowerCase());
    // Excel compares sheet names without regard to case.
    const existing = wb.worksheets.find((w) => w.name.toLowerCase() === ns.name.toLowerCase());
    if (existing && !ownSheets.has(existing.name)) {
      throw new HostError(
        "in-the-way",
        `A sheet named '${existing.name}' already exists and LAA Monitor did not create it: rename it and run again.`
      );
    }
  }
}

function eachCell(ws: ExcelJS.Worksheet, range: RangeRef, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = range.top; r <= range.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = range.left; c <= range.right; c++) fn(row.getCell(c + 1));
  }
}

function writeBlock(ws: ExcelJS.Worksheet, block: ValueBlock): void {
  block.values.forEach((vals, i) => {
    const row = ws.getRow(block.top + i + 1);
    // A string stays a string: ExcelJS writes it as text (a shared string), never as a formula.
    vals.forEach((v, j) => (row.getCell(block.left + j + 1).value = v));
  });
}

function applyFormats(ws: ExcelJS.Worksheet, groups: readonly FormatGroup[]): void {
  for (const g of groups) {
    for (const range of g.ranges) {
      // A new style object per cell: ExcelJS shares one style object between cells read from a file,
      // so mutating `cell.font` in place would recolour every cell of that style.
      eachCell(ws, range, (cell) => (cell.style = formatToStyle(cell.style, g.format)));
    }
  }
}

function setWidths(
  ws: ExcelJS.Worksheet,
  widths: Readonly<Record<number, number>> | undefined
): void {
  for (const [col, width] of Object.entries(widths ?? {}))
    ws.getColumn(Number(col) + 1).width = width;
}

function applyEdit(wb: ExcelJS.Workbook, edit: SheetEdit): void {
  const ws = wb.getWorksheet(edit.sheet) as ExcelJS.Worksheet;
  for (const range of edit.clear) {
    eachCell(ws, range, (cell) => {
      cell.value = null;
      cell.style = {};
    });
  }
  edit.blocks.forEach((b) => writeBlock(ws, b));
  applyFormats(ws, edit.formats);
  setWidths(ws, edit.columnWidths);
  // No width of its own: the column takes the sheet's standard width again.
  for (const col of edit.standardWidths ?? [])
    ws.getColumn(col + 1).width = undefined as unknown as number;
}

/** Deletes the add-in's own sheets; the active tab stays a sheet that still exists. */
function deleteSheets(wb: ExcelJS.Workbook, names: readonly string[]): void {
  if (names.length === 0) return;
  const active = wb.worksheets[wb.views?.[0]?.activeTab ?? 0];
  for (const name of names) {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (ws) wb.removeWorksheet(ws.id);
  }
  const stillThere = active && wb.worksheets.includes(active) ? active : wb.worksheets[0];
  if (stillThere) activate(wb, stillThere);
}

/** ExcelJS orders tabs by this untyped field. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

function addSheet(wb: ExcelJS.Workbook, ns: NewSheet): ExcelJS.Worksheet {
  const old = wb.worksheets.find((w) => w.name.toLowerCase() === ns.name.toLowerCase());
  const orderNo = old ? (old as Ordered).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(ns.name, {
    views: ns.freezeRows ? [{ state: "frozen", xSplit: 0, ySplit: ns.freezeRows }] : undefined,
  });
  // Replacing keeps the tab where the user had it.
  if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
  ns.blocks.forEach((b) => writeBlock(ws, b));
  applyFormats(ws, ns.formats);
  for (const m of ns.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  setWidths(ws, ns.columnWidths);
  // Wrapped text needs taller rows: a file has no autofit, so the plan's estimates are written.
  for (const [row, height] of Object.entries(ns.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;
  if (ns.print) {
    const p = ns.print;
    Object.assign(ws.pageSetup, {
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToPagesWide,
      // 0 = as many pages tall as needed.
      fitToHeight: 0,
      ...(p.paperSize === "A4" ? { paperSize: 9 } : {}),
      ...(p.repeatRows
        ? { printTitlesRow: `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` }
        : {}),
    });
    if (p.footer) ws.headerFooter.oddFooter = p.footer;
  }
  // ExcelJS cannot write charts: the plan's data bars are the file's stand-in for ns.chart.
  for (const bar of ns.dataBars ?? []) {
    ws.addConditionalFormatting({
      ref: rangeToA1(bar.range),
      rules: [
        {
          type: "dataBar",
          priority: 1,
          gradient: false,
          cfvo: [{ type: "num", value: 0 }, { type: "max" }],
          color: { argb: argb(bar.color) },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }
  return ws;
}

function activate(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const index = wb.worksheets.indexOf(ws);
  wb.views = [{ activeTab: index, firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView];
}

/** Replaces every `LAAMonitor_*` name with the plan's record; the user's own names are kept. */
function rewriteNames(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const others = wb.definedNames.model.filter((d) => !isOwnedName(d.name));
  const ours = ownedToNames(plan.owned).map((n) => ({ name: n.name, ranges: [n.ref] }));
  wb.definedNames.model = [...others, ...ours];
}

/**
 * Applies the plan all or nothing: HostError("protected") for an edit on a protected sheet,
 * HostError("in-the-way") when a new sheet's name is taken by a sheet the add-in does not own.
 */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan): void {
  validate(wb, plan);
  plan.edits.forEach((e) => applyEdit(wb, e));
  deleteSheets(wb, plan.deleteSheets ?? []);
  for (const ns of plan.newSheets) {
    const ws = addSheet(wb, ns);
    if (ns.activate) activate(wb, ws);
  }
  rewriteNames(wb, plan);
}

/** "#C6EFCE" → "FFC6EFCE" (ExcelJS wants alpha first). */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** A new style object: `base` with the format's properties laid over it (base is never mutated). */
export function formatToStyle(base: Partial<ExcelJS.Style>, f: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...base };
  if (f.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  if (f.fontColor || f.bold !== undefined || f.italic !== undefined || f.fontSize) {
    style.font = {
      ...base.font,
      ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
      ...(f.fontSize ? { size: f.fontSize } : {}),
    };
  }
  if (f.numberFormat) style.numFmt = f.numberFormat;
  if (f.wrap !== undefined || f.horizontal || f.vertical) {
    style.alignment = {
      ...base.alignment,
      ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
      ...(f.horizontal ? { horizontal: f.horizontal } : {}),
      ...(f.vertical ? { vertical: f.vertical === "center" ? "middle" : f.vertical } : {}),
    };
  }
  if (f.border) {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(f.border) } };
    style.border = { top: side, left: side, bottom: side, right: side };
  }
  return style;
}
