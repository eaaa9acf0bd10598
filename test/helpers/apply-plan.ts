import {
  CellFormat,
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
  WritePlan,
  sheetCell,
  sheetExtent,
  sheetFormat,
  singleArea,
  toA1,
} from "../../src/engine";
import { parseA1 } from "../../src/engine/model/address";

/** Cell formats by "Sheet!A1" (fills, fonts, bold...): what a snapshot does not carry. */
export type FormatMap = ReadonlyMap<string, CellFormat>;

/** A workbook as the tests see it after writing: the snapshot plus the formats written. */
export interface AppliedWorkbook {
  readonly snapshot: WorkbookSnapshot;
  readonly formats: FormatMap;
}

interface MutableSheet {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  numberFormats: string[][];
  base: SheetSnapshot;
}

/**
 * Applies a WritePlan to a snapshot the way an adapter would (clear, then values, then formats;
 * new sheets replace sheets of the same name; deleted sheets go; the ownership record is replaced),
 * purely: the input
 * is not changed. Throws like an adapter when the plan touches a protected sheet.
 */
export function applyPlan(
  input: WorkbookSnapshot | AppliedWorkbook,
  plan: WritePlan
): AppliedWorkbook {
  const before = "snapshot" in input ? input : { snapshot: input, formats: new Map() };
  const formats = new Map(before.formats);
  const sheets = before.snapshot.sheets.map(toMutable);
  for (const edit of plan.edits) {
    const sheet = sheets.find((s) => s.name === edit.sheet);
    if (!sheet) throw new Error(`no sheet ${edit.sheet}`);
    if (sheet.base.protected) throw new Error(`sheet ${edit.sheet} is protected`);
    for (const r of edit.clear) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          formats.delete(key(sheet.name, row, col));
          if (inside(sheet, row, col)) setCell(sheet, row, col, "", "General");
        }
      }
    }
    writeBlocks(sheet, edit.blocks);
    applyFormats(formats, sheet.name, edit.formats);
  }
  for (const ns of plan.newSheets) {
    for (const k of [...formats.keys()]) if (k.startsWith(`${ns.name}!`)) formats.delete(k);
    const fresh = toMutable({
      name: ns.name,
      areas: [],
      merges: ns.merges,
      tables: [],
      protected: false,
    });
    writeBlocks(fresh, ns.blocks);
    applyFormats(formats, ns.name, ns.formats);
    const at = sheets.findIndex((s) => s.name === ns.name);
    if (at >= 0) sheets[at] = fresh;
    else sheets.push(fresh);
  }
  for (const name of plan.deleteSheets ?? []) {
    const at = sheets.findIndex((s) => s.name === name);
    if (at < 0) throw new Error(`no sheet ${name} to delete`);
    sheets.splice(at, 1);
    for (const k of [...formats.keys()]) if (k.startsWith(`${name}!`)) formats.delete(k);
  }
  const snapshot: WorkbookSnapshot = {
    sheets: sheets.map((s) => ({
      ...s.base,
      name: s.name,
      areas: singleArea(s.origin, s.values, s.numberFormats),
    })),
    owned: plan.owned,
  };
  return { snapshot, formats };
}

/**
 * Every cell ("Sheet!A1") whose value, number format or written format differs between two
 * workbooks; cells outside a grid read as empty, so grids of different sizes compare fairly.
 */
export function changedCells(
  a: AppliedWorkbook | WorkbookSnapshot,
  b: AppliedWorkbook | WorkbookSnapshot
): string[] {
  const [wa, wb] = [a, b].map((w) =>
    "snapshot" in w ? w : { snapshot: w, formats: new Map() }
  ) as [AppliedWorkbook, AppliedWorkbook];
  const out: string[] = [];
  const names = [...new Set([...wa.snapshot.sheets, ...wb.snapshot.sheets].map((s) => s.name))];
  for (const name of names) {
    const sa = wa.snapshot.sheets.find((s) => s.name === name);
    const sb = wb.snapshot.sheets.find((s) => s.name === name);
    const extents = [sa, sb]
      .flatMap((s) => (s ? [sheetExtent(s)] : []))
      .flatMap((e) => (e ? [e] : []));
    const keys = [...wa.formats.keys(), ...wb.formats.keys()].filter((k) =>
      k.startsWith(`${name}!`)
    );
    const cells = new Set(keys);
    for (const e of extents) {
      for (let row = e.top; row <= e.bottom; row++)
        for (let col = e.left; col <= e.right; col++) cells.add(key(name, row, col));
    }
    for (const k of cells) {
      const pos = parseKey(k, name);
      const va = sa ? sheetCell(sa, pos.row, pos.col) : "";
      const vb = sb ? sheetCell(sb, pos.row, pos.col) : "";
      const fa = sa ? sheetFormat(sa, pos.row, pos.col) : "General";
      const fb = sb ? sheetFormat(sb, pos.row, pos.col) : "General";
      const same =
        va === vb &&
        fa === fb &&
        JSON.stringify(wa.formats.get(k)) === JSON.stringify(wb.formats.get(k));
      if (!same) out.push(k);
    }
  }
  return out.sort();
}

/** The tests' sheets are one area (none when empty), written into as one growing grid. */
function toMutable(s: SheetSnapshot): MutableSheet {
  if (s.areas.length > 1)
    throw new Error(`applyPlan handles sheets of one area, not ${s.areas.length}`);
  const a = s.areas[0];
  return {
    name: s.name,
    origin: { ...(a?.origin ?? { row: 0, col: 0 }) },
    values: (a?.values ?? []).map((r) => [...r]),
    numberFormats: (a?.values ?? []).map((r, i) =>
      r.map((_, j) => a?.numberFormats?.[i]?.[j] ?? "General")
    ),
    base: s,
  };
}

function writeBlocks(sheet: MutableSheet, blocks: WritePlan["edits"][number]["blocks"]): void {
  for (const b of blocks) {
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        const row = b.top + i;
        const col = b.left + j;
        if (v === null && !inside(sheet, row, col)) return;
        setCell(sheet, row, col, v ?? "");
      })
    );
  }
}

function applyFormats(
  formats: Map<string, CellFormat>,
  sheet: string,
  groups: WritePlan["edits"][number]["formats"]
): void {
  for (const g of groups) {
    for (const r of g.ranges) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const k = key(sheet, row, col);
          formats.set(k, { ...formats.get(k), ...g.format });
        }
      }
    }
  }
}

function inside(s: MutableSheet, row: number, col: number): boolean {
  const r = row - s.origin.row;
  const c = col - s.origin.col;
  return r >= 0 && c >= 0 && r < s.values.length && c < (s.values[0]?.length ?? 0);
}

/** Writes one cell, growing the grid (and moving its origin) when the cell lies outside it. */
function setCell(
  s: MutableSheet,
  row: number,
  col: number,
  value: CellValue,
  numberFormat?: string
): void {
  grow(s, row, col);
  const r = row - s.origin.row;
  const c = col - s.origin.col;
  const values = s.values[r];
  const fmts = s.numberFormats[r];
  if (!values || !fmts) throw new Error("grid did not grow");
  values[c] = value;
  if (numberFormat !== undefined) fmts[c] = numberFormat;
}

function grow(s: MutableSheet, row: number, col: number): void {
  if (s.values.length === 0) {
    s.origin = { row, col };
    s.values = [[""]];
    s.numberFormats = [["General"]];
    return;
  }
  const width = s.values[0]?.length ?? 0;
  const addLeft = Math.max(0, s.origin.col - col);
  const addRight = Math.max(0, col - (s.origin.col + width - 1));
  const addTop = Math.max(0, s.origin.row - row);
  const addBottom = Math.max(0, row - (s.origin.row + s.values.length - 1));
  if (addLeft + addRight + addTop + addBottom === 0) return;
  const newWidth = width + addLeft + addRight;
  const pad = <T>(rows: T[][], fill: T): T[][] => [
    ...Array.from({ length: addTop }, () => Array<T>(newWidth).fill(fill)),
    ...rows.map((r) => [...Array<T>(addLeft).fill(fill), ...r, ...Array<T>(addRight).fill(fill)]),
    ...Array.from({ length: addBottom }, () => Array<T>(newWidth).fill(fill)),
  ];
  s.values = pad<CellValue>(s.values, "");
  s.numberFormats = pad(s.numberFormats, "General");
  s.origin = { row: s.origin.row - addTop, col: s.origin.col - addLeft };
}

function key(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}

function parseKey(k: string, sheet: string): { row: number; col: number } {
  const pos = parseA1(k.slice(sheet.length + 1));
  if (!pos) throw new Error(`bad key ${k}`);
  return pos;
}
