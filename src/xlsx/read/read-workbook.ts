/**
 * An .xlsx/.xlsm package → WorkbookSnapshot, reading the parts' XML directly: cells sparsely,
 * merges in one sweep, nothing the engine does not need. The writer reuses what was read.
 */
import { OwnedArea, RangeRef, SheetSnapshot, WorkbookSnapshot, ownedFromNames } from "../../engine";
import { Relationship, XlsxPackage, readingXml, resolveTarget } from "../package/package";
import { attribute, eachTag } from "../xml/scan";
import { sheetAreas } from "./areas";
import { mergeFollowers } from "./merges";
import { SheetCells, cellRef, rangeRef, readSheetCells } from "./sheet";
import { readSharedStrings } from "./strings";
import { Styles, readStyles } from "./styles";
import { DefinedName, SheetEntry, WorkbookInfo, notAWorkbook, readWorkbookInfo } from "./workbook";

/** What was read of one worksheet, kept for the writer. */
export interface ReadSheet {
  readonly entry: SheetEntry;
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

function tableRanges(
  pkg: XlsxPackage,
  sheetPart: string,
  rels: readonly Relationship[],
  ids: readonly string[]
) {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const out: { name: string; range: RangeRef }[] = [];
  for (const id of ids) {
    const rel = byId.get(id);
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
function commentCells(
  pkg: XlsxPackage,
  sheetPart: string,
  rels: readonly Relationship[]
): RangeRef[] {
  const out: RangeRef[] = [];
  for (const rel of rels) {
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

/** Ranges covering the given cells: runs down each column, then equal runs side by side joined. */
function runs(cells: readonly RangeRef[]): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.left - b.left || a.top - b.top);
  const down: RangeRef[] = [];
  for (const c of sorted) {
    const last = down[down.length - 1];
    if (last && last.left === c.left && last.right === c.right && last.bottom + 1 === c.top)
      down[down.length - 1] = { ...last, bottom: c.bottom };
    else down.push(c);
  }
  const across: RangeRef[] = [];
  for (const r of down.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left)) {
    const last = across[across.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && last.right + 1 === r.left)
      across[across.length - 1] = { ...last, right: r.right };
    else across.push(r);
  }
  return across;
}

/**
 * Notes, validations and formatted empty cells: where the user has put something though no value.
 * The add-in's own status columns are not the user's, so formatted cells inside them are left out.
 */
function styledRanges(
  cells: SheetCells,
  comments: readonly RangeRef[],
  owned: readonly RangeRef[]
): RangeRef[] {
  const inside = (r: RangeRef) =>
    owned.some(
      (o) => o.top <= r.top && r.bottom <= o.bottom && o.left <= r.left && r.right <= o.right
    );
  return runs([...cells.formatted, ...cells.validations, ...comments].filter((r) => !inside(r)));
}

function readSheet(
  pkg: XlsxPackage,
  entry: SheetEntry,
  ctx: { strings: string[]; styles: Styles; date1904: boolean; owned: readonly OwnedArea[] }
): ReadSheet {
  const xml = pkg.text(entry.part) ?? "";
  const cells = readSheetCells(xml, ctx);
  const blank = mergeFollowers(cells.rows, cells.cols, cells.merges);
  const kept: number[] = [];
  for (let i = 0; i < cells.rows.length; i++) if (!blank[i]) kept.push(i);
  const { areas, tooLarge } = sheetAreas(cells, kept);
  const owned = ctx.owned.flatMap((a) =>
    a.kind === "rag-column" && a.sheet === entry.name ? [a.range] : []
  );
  const rels = pkg.relationships(entry.part);
  const styled = styledRanges(cells, commentCells(pkg, entry.part, rels), owned);
  const snapshot: SheetSnapshot = {
    name: entry.name,
    areas,
    merges: cells.merges,
    tables: tableRanges(pkg, entry.part, rels, cells.tableIds),
    protected: cells.protected,
    visibility: entry.state,
    ...(styled.length ? { styled } : {}),
    ...(tooLarge
      ? {
          unread: `Part of the sheet '${entry.name}' was not read: its cells spread over ${tooLarge.rows} rows and ${tooLarge.cols} columns with no empty band between them, more than LAA Monitor reads at once.`,
        }
      : {}),
  };
  return { entry, styled, snapshot };
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
    const owned = ownedFromNames(workbookNames(info.names));
    const ctx = { strings, styles, date1904: info.date1904, owned };
    const sheets = info.sheets
      .filter((s) => s.kind === "worksheet")
      .map((entry) => readSheet(pkg, entry, ctx));
    if (info.sheets.length === 0) throw notAWorkbook(pkg.label);
    const snapshot: WorkbookSnapshot = {
      sheets: sheets.map((s) => s.snapshot),
      owned,
    };
    return { pkg, info, styles, sheets, snapshot };
  });
}
