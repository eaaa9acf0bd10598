/**
 * An .xlsx/.xlsm package → WorkbookSnapshot, reading the parts' XML directly: cells sparsely,
 * merges in one sweep, nothing the engine does not need. The writer reuses what was read.
 */
import {
  CellValue,
  HostError,
  RangeRef,
  SheetSnapshot,
  WorkbookSnapshot,
  ownedFromNames,
} from "../../engine";
import { XlsxPackage, readingXml, resolveTarget } from "../package/package";
import { attribute, eachTag } from "../xml/scan";
import { mergeFollowers } from "./merges";
import { SheetCells, cellRef, rangeRef, readSheetCells } from "./sheet";
import { readSharedStrings } from "./strings";
import { Styles, readStyles } from "./styles";
import { DefinedName, SheetEntry, WorkbookInfo, readWorkbookInfo } from "./workbook";

/** What was read of one worksheet, kept for the writer. */
export interface ReadSheet {
  readonly entry: SheetEntry;
  readonly cells: SheetCells;
  /** Cells without a value that hold a user's format, validation, note or comment. */
  readonly styled: readonly RangeRef[];
  readonly snapshot: SheetSnapshot;
}

export interface ReadWorkbook {
  readonly pkg: XlsxPackage;
  readonly info: WorkbookInfo;
  readonly styles: Styles;
  /** Worksheets in tab order (chart sheets and others are not in the snapshot). */
  readonly sheets: readonly ReadSheet[];
  readonly snapshot: WorkbookSnapshot;
}

/** Cells a dense grid may hold before a sheet is refused (about 400 MB of values). */
const MAX_GRID_CELLS = 50_000_000;

function tableRanges(pkg: XlsxPackage, sheetPart: string, ids: readonly string[]) {
  const rels = new Map(pkg.relationships(sheetPart).map((r) => [r.id, r]));
  const out: { name: string; range: RangeRef }[] = [];
  for (const id of ids) {
    const rel = rels.get(id);
    if (!rel || rel.external) continue;
    const xml = pkg.text(resolveTarget(sheetPart, rel.target));
    if (xml === undefined) continue;
    eachTag(xml, (t) => {
      if (t.local !== "table" || t.kind === "close") return undefined;
      const name = attribute(xml, t, "displayName") ?? attribute(xml, t, "name");
      const range = rangeRef(attribute(xml, t, "ref") ?? "");
      if (name && range) out.push({ name, range });
      return xml.length;
    });
  }
  return out;
}

/** Cells with a note (legacy comment) or a threaded comment. */
function commentCells(pkg: XlsxPackage, sheetPart: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const rel of pkg.relationships(sheetPart)) {
    if (rel.external || !/\/(comments|threadedComment)$/.test(rel.type)) continue;
    const xml = pkg.text(resolveTarget(sheetPart, rel.target));
    if (xml === undefined) continue;
    eachTag(xml, (t) => {
      if (t.kind === "close" || (t.local !== "comment" && t.local !== "threadedComment"))
        return undefined;
      const at = cellRef(attribute(xml, t, "ref") ?? "");
      if (at) out.push({ top: at[0], left: at[1], bottom: at[0], right: at[1] });
      return undefined;
    });
  }
  return out;
}

function denseGrid(name: string, label: string, cells: SheetCells, blank: readonly boolean[]) {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < cells.rows.length; i++) {
    if (blank[i]) continue;
    const r = cells.rows[i] as number;
    const c = cells.cols[i] as number;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (bottom < 0) return { origin: { row: 0, col: 0 }, values: [], numberFormats: [] };
  const width = right - left + 1;
  const height = bottom - top + 1;
  if (width * height > MAX_GRID_CELLS) {
    throw new HostError(
      "unreadable",
      `${label} has a sheet '${name}' whose cells spread over ${height} rows and ${width} columns, more than LAA Monitor can read: delete the stray cells far from the table and save it again.`
    );
  }
  const values: CellValue[][] = [];
  const numberFormats: (readonly string[])[] = [];
  const general: readonly string[] = Object.freeze(new Array<string>(width).fill("General"));
  const own: (string[] | undefined)[] = [];
  for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(""));
  for (let i = 0; i < cells.rows.length; i++) {
    if (blank[i]) continue;
    const r = (cells.rows[i] as number) - top;
    const c = (cells.cols[i] as number) - left;
    (values[r] as CellValue[])[c] = cells.values[i] as CellValue;
    const f = cells.formats[i] as string;
    if (f !== "General") {
      const row = (own[r] ??= new Array<string>(width).fill("General"));
      row[c] = f;
    }
  }
  for (let r = 0; r < height; r++) numberFormats.push(own[r] ?? general);
  return { origin: { row: top, col: left }, values, numberFormats };
}

/** Notes, validations and formatted empty cells, with cells that hold a value left out. */
function styledRanges(cells: SheetCells, comments: readonly RangeRef[]): RangeRef[] {
  return [...cells.formatted, ...cells.validations, ...comments];
}

function readSheet(
  pkg: XlsxPackage,
  entry: SheetEntry,
  ctx: { strings: string[]; styles: Styles; date1904: boolean }
): ReadSheet {
  const xml = pkg.text(entry.part) ?? "";
  const cells = readSheetCells(xml, ctx);
  const blank = mergeFollowers(cells.rows, cells.cols, cells.merges);
  const grid = denseGrid(entry.name, pkg.label, cells, blank);
  const snapshot: SheetSnapshot = {
    name: entry.name,
    ...grid,
    merges: cells.merges,
    tables: tableRanges(pkg, entry.part, cells.tableIds),
    protected: cells.protected,
    visibility: entry.state,
  };
  return { entry, cells, styled: styledRanges(cells, commentCells(pkg, entry.part)), snapshot };
}

/** Workbook-level names as "Sheet!$A$1" references, for the ownership record. */
function workbookNames(names: readonly DefinedName[]) {
  return names
    .filter((n) => n.localSheetId === undefined)
    .map((n) => ({ name: n.name, ref: n.ref }));
}

/** Reads the snapshot (and what the writer needs) from a package; HostError("unreadable") if it cannot. */
export function readWorkbook(pkg: XlsxPackage): ReadWorkbook {
  return readingXml(pkg.label, () => {
    const info = readWorkbookInfo(pkg);
    const rels = pkg.relationships(info.part);
    const partOf = (suffix: string) => {
      const rel = rels.find((r) => r.type.endsWith(suffix) && !r.external);
      return rel ? resolveTarget(info.part, rel.target) : undefined;
    };
    const stringsPart = partOf("/sharedStrings");
    const stylesPart = partOf("/styles");
    const strings = readSharedStrings(stringsPart ? pkg.text(stringsPart) : undefined);
    const styles = readStyles(stylesPart ? pkg.text(stylesPart) : undefined);
    const ctx = { strings, styles, date1904: info.date1904 };
    const sheets = info.sheets
      .filter((s) => s.kind === "worksheet")
      .map((entry) => readSheet(pkg, entry, ctx));
    if (info.sheets.length === 0) {
      throw new HostError(
        "unreadable",
        `${pkg.label} is not an Excel workbook (.xlsx) but another kind of zip file: open the workbook in Excel and save it as .xlsx.`
      );
    }
    const snapshot: WorkbookSnapshot = {
      sheets: sheets.map((s) => s.snapshot),
      owned: ownedFromNames(workbookNames(info.names)),
    };
    return { pkg, info, styles, sheets, snapshot };
  });
}
