/**
 * Applies a WritePlan to a package by patching it: the cells of the columns the add-in owns, the
 * styles it appends, its own board sheets and `LAAMonitor_*` names. Every other part is left as it
 * was read (the zip writer copies it byte for byte). Everything is checked before anything changes,
 * so a refused plan leaves the package as it was.
 */
import {
  CellFormat,
  FormatGroup,
  HostError,
  NewSheet,
  RangeRef,
  SheetEdit,
  ValueBlock,
  WritePlan,
  WriteValue,
  boardSheetNames,
  rangeContains,
  toA1,
  wouldNotStayText,
} from "../../engine";
import { ReadSheet, ReadWorkbook } from "../read/read-workbook";
import { cellRef } from "../read/sheet";
import { readStyles } from "../read/styles";
import { CellWrite } from "./cells";
import { chartXml, drawingXml } from "./chart";
import { newSheetXml } from "./new-sheet";
import {
  CONTENT,
  REL,
  addContentType,
  addRelationship,
  freePartName,
  hasContentTypes,
  removePartTree,
  removeRelationship,
} from "./parts";
import { patchSheet } from "./patch-sheet";
import { MINIMAL_STYLES, StyleBook } from "./styles";
import { rewriteWorkbook } from "./workbook-part";
import { resolveTarget } from "../package/package";
import { attribute, eachTag, elementEnd } from "../xml/scan";

export interface ApplyOptions {
  /**
   * Write as someone typing would (the demo's "Change a cell"): each cell keeps its own format, and
   * a formatted empty cell is no obstacle. Plans of the add-in's own never set it.
   */
  readonly typed?: boolean;
}

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
function badSheetName(name: string): boolean {
  return name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name);
}

/** The first cell an edit would write that holds a user's format, validation or note. */
function styledCellInTheWay(sheet: ReadSheet, edit: SheetEdit): string | undefined {
  // Only styled ranges in the columns the edit writes can be in its way.
  let left = Infinity;
  let right = -1;
  for (const b of edit.blocks) {
    left = Math.min(left, b.left);
    right = Math.max(right, b.left + (b.values[0]?.length ?? 0) - 1);
  }
  for (const g of edit.formats)
    for (const r of g.ranges) {
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    }
  const styled = sheet.styled.filter((s) => s.right >= left && s.left <= right);
  if (styled.length === 0) return undefined;
  const cleared = (r: number, c: number) => edit.clear.some((x) => rangeContains(x, r, c));
  const hit = (r: number, c: number) =>
    !cleared(r, c) && styled.some((s) => rangeContains(s, r, c));
  for (const b of edit.blocks) {
    for (let i = 0; i < b.values.length; i++) {
      const row = b.values[i] ?? [];
      for (let j = 0; j < row.length; j++)
        if (hit(b.top + i, b.left + j)) return toA1(b.top + i, b.left + j);
    }
  }
  for (const g of edit.formats) {
    for (const r of g.ranges) {
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) if (hit(row, col)) return toA1(row, col);
    }
  }
  return undefined;
}

function validate(book: ReadWorkbook, plan: WritePlan, options: ApplyOptions): void {
  if (!hasContentTypes(book.pkg)) {
    // Excel would not open it either; reading needed none, writing must declare its parts.
    throw new HostError(
      "unreadable",
      `${book.pkg.label} is damaged or incomplete (it has no [Content_Types].xml): open it in Excel, save it again and try again.`
    );
  }
  for (const edit of plan.edits) {
    const sheet = book.sheets.find((s) => s.entry.name === edit.sheet);
    if (!sheet) {
      throw new HostError(
        "not-found",
        `The sheet '${edit.sheet}' is no longer in the workbook: run the check again.`
      );
    }
    if (sheet.snapshot.protected) {
      throw new HostError(
        "protected",
        `The sheet '${edit.sheet}' is protected: unprotect it (Review › Unprotect Sheet) and run again.`
      );
    }
    const cell = options.typed ? undefined : styledCellInTheWay(sheet, edit);
    if (cell) {
      throw new HostError(
        "in-the-way",
        `Cell ${cell} on '${edit.sheet}' is empty but has your formatting, a drop-down or a note: LAA Monitor will not write over it; clear it or move it and run again.`
      );
    }
  }
  const owned = boardSheetNames(book.snapshot);
  for (const name of plan.deleteSheets ?? []) {
    const entry = book.info.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    // Only a sheet the record says the add-in made may go; anything else is a bug, never done.
    if (entry && !owned.has(entry.name.toLowerCase())) {
      throw new HostError(
        "in-the-way",
        `LAA Monitor did not create the sheet '${entry.name}', so it will not delete it: this is a bug in LAA Monitor, please report it.`
      );
    }
    if (entry && book.info.structureLocked) {
      throw new HostError(
        "protected",
        `The workbook's structure is protected, so LAA Monitor cannot remove the sheet '${entry.name}': unprotect it (Review › Protect Workbook) and run again.`
      );
    }
  }
  const seen = new Set<string>();
  for (const ns of plan.newSheets) {
    const key = ns.name.toLowerCase();
    if (badSheetName(ns.name) || seen.has(key)) {
      throw new HostError(
        "unknown",
        `'${ns.name}' cannot be used as a sheet name: this is a bug in LAA Monitor, please report it.`
      );
    }
    seen.add(key);
    // Excel compares sheet names without regard to case; chart sheets have names too.
    const existing = book.info.sheets.find((s) => s.name.toLowerCase() === key);
    if (existing && (!owned.has(key) || existing.kind !== "worksheet")) {
      throw new HostError(
        "in-the-way",
        `A sheet named '${existing.name}' already exists and LAA Monitor did not create it: rename it and run again.`
      );
    }
    if (!existing && book.info.structureLocked) {
      throw new HostError(
        "protected",
        `The workbook's structure is protected, so LAA Monitor cannot add the sheet '${ns.name}': unprotect it (Review › Protect Workbook) and run again.`
      );
    }
  }
}

/** Sheet columns: a cell's key is row × COLS + col, exact in a double for every cell of a sheet. */
const COLS = 16_384;

/** The cell format (`s`) of each of these cells (keys as in plannedCells) as the sheet part has it. */
function cellStyles(xml: string, keys: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  let row = -1;
  let col = -1;
  eachTag(xml, (t) => {
    if (t.kind === "close") return undefined;
    if (t.local === "row") {
      const r = attribute(xml, t, "r");
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
      return undefined;
    }
    if (t.local !== "c") return undefined;
    const r = attribute(xml, t, "r");
    const at = r !== undefined ? cellRef(r) : undefined;
    if (at) [row, col] = at;
    else col++;
    if (keys.has(row * COLS + col)) out.set(row * COLS + col, Number(attribute(xml, t, "s") ?? 0));
    return elementEnd(xml, t);
  });
  return out;
}

type PlannedCells = Map<number, { value: WriteValue; formats: CellFormat[] }>;

/** The cells of a sheet the plan writes, by key: cleared cells emptied, then values and formats laid on. */
function plannedCells(part: {
  clear: readonly RangeRef[];
  blocks: readonly ValueBlock[];
  formats: readonly FormatGroup[];
}): PlannedCells {
  const cells: PlannedCells = new Map();
  const at = (row: number, col: number) => {
    const key = row * COLS + col;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { value: null, formats: [] }));
    return c;
  };
  for (const r of part.clear)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) at(row, col);
  for (const b of part.blocks)
    b.values.forEach((vals, i) => vals.forEach((v, j) => (at(b.top + i, b.left + j).value = v)));
  for (const g of part.formats)
    for (const r of g.ranges)
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) at(row, col).formats.push(g.format);
  return cells;
}

/**
 * The planned cells as writes, each with its cell format. `kept` gives the format a cell keeps
 * under the plan's (typed writes); otherwise it is the default.
 */
function cellWrites(
  styles: StyleBook,
  cells: PlannedCells,
  kept?: ReadonlyMap<number, number>
): CellWrite[] {
  const out: CellWrite[] = [];
  for (const [key, c] of cells) {
    // Text that would turn into something else once the cell is edited keeps Excel's quote prefix.
    const quotePrefix = typeof c.value === "string" && wouldNotStayText(c.value);
    const base = kept?.get(key) ?? 0;
    const style =
      c.formats.length === 0 && !quotePrefix
        ? base
        : styles.xfFor({ base, formats: c.formats, quotePrefix });
    out.push({ row: Math.floor(key / COLS), col: key % COLS, value: c.value, style });
  }
  return out;
}

function widthMap(widths: Readonly<Record<number, number>> | undefined): Map<number, number> {
  return new Map(Object.entries(widths ?? {}).map(([c, w]) => [Number(c), w]));
}

/** Writes a board sheet's parts: replaces the owned sheet of that name, or adds a new one. */
function writeNewSheet(
  book: ReadWorkbook,
  styles: StyleBook,
  ns: NewSheet
): { part: string; rId?: string } {
  const { pkg } = book;
  const cells = cellWrites(
    styles,
    plannedCells({ clear: [], blocks: ns.blocks, formats: ns.formats })
  );
  const old = book.info.sheets.find((s) => s.name.toLowerCase() === ns.name.toLowerCase());
  let part: string;
  let rId: string | undefined;
  if (old) {
    // The old board's drawing, chart and whatever else only it reached go; its part is rewritten.
    part = old.part;
    removePartTree(pkg, part, true);
  } else {
    part = freePartName(pkg, "xl/worksheets/sheet");
    // Declared before its drawing and chart, so a re-run that replaces them lists them in the same order.
    addContentType(pkg, part, CONTENT.worksheet);
    rId = addRelationship(pkg, book.info.part, REL.worksheet, part);
  }
  let drawingId: string | undefined;
  if (ns.chart) {
    const drawing = freePartName(pkg, "xl/drawings/drawing");
    const chart = freePartName(pkg, "xl/charts/chart");
    const values = new Map(cells.map((c) => [c.row * COLS + c.col, c.value]));
    pkg.set(
      chart,
      chartXml(ns.chart, ns.name, (r, c) => values.get(r * COLS + c) ?? null)
    );
    addContentType(pkg, chart, CONTENT.chart);
    const chartId = addRelationship(pkg, drawing, REL.chart, chart);
    pkg.set(drawing, drawingXml(ns.chart, chartId));
    addContentType(pkg, drawing, CONTENT.drawing);
    drawingId = addRelationship(pkg, part, REL.drawing, drawing);
  }
  pkg.set(part, newSheetXml(ns, cells, drawingId));
  return { part, ...(rId ? { rId } : {}) };
}

/**
 * Removes the add-in's own sheets named (checked by validate): each sheet's part with what only it
 * reaches (a board's drawing and chart) and its relationship; workbook.xml is rewritten after.
 * Returns the names removed, in lower case.
 */
function deleteSheets(book: ReadWorkbook, names: readonly string[]): Set<string> {
  const gone = new Set<string>();
  for (const name of names) {
    const entry = book.info.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!entry || gone.has(entry.name.toLowerCase())) continue;
    if (entry.part) removePartTree(book.pkg, entry.part);
    removeRelationship(book.pkg, book.info.part, entry.rId);
    gone.add(entry.name.toLowerCase());
  }
  return gone;
}

function stylesPart(book: ReadWorkbook): string {
  const rel = book.pkg
    .relationships(book.info.part)
    .find((r) => r.type.endsWith("/styles") && !r.external);
  if (rel) return resolveTarget(book.info.part, rel.target);
  const part = freePartName(book.pkg, "xl/styles");
  book.pkg.set(part, MINIMAL_STYLES);
  addContentType(book.pkg, part, CONTENT.styles);
  addRelationship(book.pkg, book.info.part, REL.styles, part);
  return part;
}

/**
 * Applies the plan to the package all or nothing: HostError("protected") for a protected sheet or
 * a structure-locked workbook, HostError("in-the-way") for a cell of the user's or a sheet name taken.
 */
export function applyPlanToPackage(
  book: ReadWorkbook,
  plan: WritePlan,
  options: ApplyOptions = {}
): void {
  validate(book, plan, options);
  const { pkg } = book;
  const hadStyles = book.styles.xml !== "";
  const styleXmlPart = stylesPart(book);
  const styles = new StyleBook(hadStyles ? book.styles : readStyles(MINIMAL_STYLES));
  for (const edit of plan.edits) {
    const sheet = book.sheets.find((s) => s.entry.name === edit.sheet) as ReadSheet;
    const xml = pkg.text(sheet.entry.part) as string;
    const cells = plannedCells(edit);
    const kept = options.typed ? cellStyles(xml, new Set(cells.keys())) : undefined;
    const writes = cellWrites(styles, cells, kept);
    const patched = patchSheet(
      xml,
      writes,
      widthMap(edit.columnWidths),
      new Set(edit.standardWidths ?? [])
    );
    if (patched !== xml) pkg.set(sheet.entry.part, patched);
  }
  const deleted = deleteSheets(book, plan.deleteSheets ?? []);
  const added: { name: string; rId: string }[] = [];
  for (const ns of plan.newSheets) {
    const { rId } = writeNewSheet(book, styles, ns);
    if (rId) added.push({ name: ns.name, rId });
  }
  if (!styles.unchanged || !hadStyles) pkg.set(styleXmlPart, styles.toXml());
  rewriteWorkbook(book, plan, added, deleted);
}
