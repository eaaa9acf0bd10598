/** Reads the open workbook into a WorkbookSnapshot in exactly two syncs. */
import {
  CellValue,
  RangeRef,
  SheetSnapshot,
  WorkbookSnapshot,
  parseRangeA1,
  singleArea,
} from "../engine";
import { ownedFromNames, isOwnedName } from "../engine";

/** What the writer needs to know from the last read (it cannot load anything without an extra sync). */
export interface KnownWorkbook {
  readonly sheets: readonly { readonly name: string; readonly protected: boolean }[];
  /** Names of the existing `LAAMonitor_*` defined names (deleted and rewritten by every plan). */
  readonly ownedNames: readonly string[];
  readonly snapshot: WorkbookSnapshot;
}

const VISIBILITY: Readonly<Record<string, SheetSnapshot["visibility"]>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** "Sheet1!A1:B2, 'My sheet'!C3:D4" → ranges (the sheet names are the one sheet's, so they are dropped). */
export function parseAreas(address: string): RangeRef[] {
  const out: RangeRef[] = [];
  const re = /(?:'(?:[^']|'')*'|[^'!,\s]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const range = parseRangeA1((m[1] ?? "").replace(/\$/g, ""));
    if (range) out.push(range);
  }
  return out;
}

function rangeOf(r: Excel.Range): RangeRef {
  return {
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  };
}

/**
 * Two syncs, never more: sync 1 enumerates worksheets (with protection and visibility), the workbook's
 * names and its tables; only then do proxies for each sheet's used range, merged areas and each table's
 * range exist to be loaded, so sync 2 loads all of them at once, whatever the number of sheets.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  withMerges: boolean
): Promise<KnownWorkbook> {
  const { worksheets, names, tables } = context.workbook;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  names.load("items/name,items/formula");
  tables.load("items/name,items/worksheet/name");
  await context.sync();

  const used = worksheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("values,numberFormat,address,rowIndex,columnIndex");
    return r;
  });
  const merged = worksheets.items.map((ws) => {
    if (!withMerges) return undefined;
    // The whole sheet, not the used range: the used range may be a null object, and merges may lie outside the values.
    const m = ws.getRange().getMergedAreasOrNullObject();
    m.load("address");
    return m;
  });
  const tableRanges = tables.items.map((t) => {
    const r = t.getRange();
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await context.sync();

  const sheets = worksheets.items.map((ws, i): SheetSnapshot => {
    const u = used[i] as Excel.Range;
    const m = merged[i];
    const empty = u.isNullObject;
    return {
      name: ws.name,
      areas: empty
        ? []
        : singleArea(
            { row: u.rowIndex, col: u.columnIndex },
            u.values as CellValue[][],
            u.numberFormat as string[][]
          ),
      merges: m && !m.isNullObject ? parseAreas(m.address) : [],
      tables: tables.items.flatMap((t, j) =>
        t.worksheet.name === ws.name
          ? [{ name: t.name, range: rangeOf(tableRanges[j] as Excel.Range) }]
          : []
      ),
      protected: ws.protection.protected,
      visibility: VISIBILITY[ws.visibility] ?? "visible",
    };
  });
  const ourNames = names.items.filter((n) => isOwnedName(n.name));
  const snapshot: WorkbookSnapshot = {
    sheets,
    owned: ownedFromNames(ourNames.map((n) => ({ name: n.name, ref: String(n.formula) }))),
  };
  return {
    snapshot,
    sheets: sheets.map((s) => ({ name: s.name, protected: s.protected })),
    ownedNames: ourNames.map((n) => n.name),
  };
}
