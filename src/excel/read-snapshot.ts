/** Reads the open workbook into a WorkbookSnapshot: two syncs for a normal workbook, three at most. */
import {
  CellValue,
  RangeRef,
  SheetArea,
  SheetSnapshot,
  WorkbookSnapshot,
  parseRangeA1,
} from "../engine";
import { ownedFromNames, isOwnedName } from "../engine";
import { officeErrorCode } from "./errors";
import {
  FALLBACK_SHARE,
  READ_BYTES,
  bytesPerCell,
  cellCount,
  clusterAreas,
  contains,
  cropArea,
  formattedEmpties,
  outside,
  unreadSentence,
  valueBox,
  windowOf,
} from "./read-areas";

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

/** What the second read asks of one sheet. */
interface SheetProbe {
  /** The used range, values only: where the sheet's content ends. */
  readonly used: Excel.Range;
  /** The window at the top left (values, number formats), trimmed to what is used there. */
  readonly window?: Excel.Range;
  /** Constants and formulas outside the window: where the rest of the content is. */
  readonly beyond: readonly Excel.RangeAreas[];
  readonly merged?: Excel.RangeAreas;
  readonly validated?: Excel.RangeAreas;
}

/** A grid as loaded: its position, values and number formats. */
interface Grid {
  readonly at: RangeRef;
  readonly values: CellValue[][];
  readonly formats: string[][];
}

function gridOf(r: Excel.Range): Grid | undefined {
  if (r.isNullObject) return undefined;
  return {
    at: rangeOf(r),
    values: r.values as CellValue[][],
    formats: r.numberFormat as string[][],
  };
}

const addressOf = (r: Excel.RangeAreas | undefined): RangeRef[] =>
  r && !r.isNullObject ? parseAreas(r.address) : [];

/**
 * Queues the second read of every sheet: its used range, merges and window, and unless `lean` (the
 * fallback after a read too large) where content and validation lie outside the window.
 */
function probe(
  worksheets: readonly Excel.Worksheet[],
  window: RangeRef,
  withMerges: boolean,
  lean = false
): SheetProbe[] {
  return worksheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    const w = ws
      .getRangeByIndexes(window.top, window.left, window.bottom + 1, window.right + 1)
      .getUsedRangeOrNullObject(false);
    w.load("values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
    if (lean) return { used, window: w, beyond: [], merged };
    const beyond = outside(window).flatMap((o) => {
      const region = ws.getRangeByIndexes(
        o.top,
        o.left,
        o.bottom - o.top + 1,
        o.right - o.left + 1
      );
      return (["Constants", "Formulas"] as const).map((type) => {
        const found = region.getSpecialCellsOrNullObject(type);
        found.load("address");
        return found;
      });
    });
    const validated = ws.getRange().getSpecialCellsOrNullObject("DataValidations");
    validated.load("address");
    return { used, window: w, beyond, merged, validated };
  });
}

/** What is known of a sheet after the second read, and which of its areas still need reading. */
interface SheetPlan {
  areas: SheetArea[];
  styled: RangeRef[];
  /** Areas to read in the third sync. */
  pending: RangeRef[];
  skipped: RangeRef[];
}

function planSheet(
  p: SheetProbe,
  window: RangeRef,
  budget: { bytes: number },
  lean: boolean
): SheetPlan {
  const plan: SheetPlan = { areas: [], styled: addressOf(p.validated), pending: [], skipped: [] };
  if (p.used.isNullObject) return plan;
  const used = rangeOf(p.used);
  const grid = p.window ? gridOf(p.window) : undefined;
  if (grid) plan.styled.push(...formattedEmpties(grid.at, grid.values, grid.formats));
  if (grid && contains(window, used)) {
    plan.areas.push(cropArea(grid.at, grid.values, grid.formats, used));
    return plan;
  }
  if (lean) {
    // No read is left to find where the rest of the content is.
    plan.skipped.push(used);
    return plan;
  }
  // Content beyond the window: group it (with what the window holds) into areas, and read those.
  const inWindow = grid ? valueBox(grid.at, grid.values) : undefined;
  const rects = [...(inWindow ? [inWindow] : []), ...p.beyond.flatMap(addressOf)];
  const areas = clusterAreas(rects);
  const perCell = grid ? bytesPerCell(grid.values, grid.formats) : undefined;
  for (const a of areas) {
    const bytes = cellCount(a) * (perCell ?? 16);
    if (bytes <= budget.bytes) {
      plan.pending.push(a);
      budget.bytes -= bytes;
    } else plan.skipped.push(a);
  }
  return plan;
}

/**
 * Two syncs for a normal workbook, three at most. Sync 1 enumerates worksheets (protection,
 * visibility), the workbook's names and its tables; only then can anything of a sheet be loaded. Sync 2
 * loads, for every sheet at once, its used range, merged areas, validated cells, a window at the top
 * left (values and number formats) and where any content outside the window is. A sheet whose content
 * lies within its window is then complete. Sync 3, only when some sheet reaches beyond its window,
 * reads the areas that hold that content, as many as one response can carry; a sheet (or part) left
 * over is named in `unread`. Should sync 2 itself exceed Excel on the web's 5 MB, sync 3 instead reads
 * smaller windows without looking beyond them, and a sheet reaching beyond its window is named unread.
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

  const sheetsOf = worksheets.items;
  const tableRanges = tables.items.map((t) => {
    const r = t.getRange();
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  let window = windowOf(sheetsOf.length);
  let probes = probe(sheetsOf, window, withMerges);
  let lean = false;
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    // Too much for one response even in windows: smaller windows, and no read after this one.
    lean = true;
    window = windowOf(sheetsOf.length, FALLBACK_SHARE);
    probes = probe(sheetsOf, window, withMerges, true);
    tableRanges.forEach((r) => r.load("rowIndex,columnIndex,rowCount,columnCount"));
    await context.sync();
  }

  const budget = { bytes: lean ? 0 : READ_BYTES };
  const plans = probes.map((p) => planSheet(p, window, budget, lean));
  const reads = plans.map((plan, i) =>
    plan.pending.map((a) => {
      const r = (sheetsOf[i] as Excel.Worksheet).getRangeByIndexes(
        a.top,
        a.left,
        a.bottom - a.top + 1,
        a.right - a.left + 1
      );
      r.load("values,numberFormat");
      return r;
    })
  );
  if (reads.some((r) => r.length)) await context.sync();

  const sheets = sheetsOf.map((ws, i): SheetSnapshot => {
    const plan = plans[i] as SheetPlan;
    plan.pending.forEach((a, j) => {
      const r = (reads[i] as Excel.Range[])[j] as Excel.Range;
      const values = r.values as CellValue[][];
      const numberFormats = r.numberFormat as string[][];
      plan.areas.push({ origin: { row: a.top, col: a.left }, values, numberFormats });
      plan.styled.push(...formattedEmpties(a, values, numberFormats));
    });
    const m = probes[i]?.merged;
    return {
      name: ws.name,
      areas: plan.areas.filter((a) => a.values.length > 0),
      merges: addressOf(m),
      tables: tables.items.flatMap((t, j) =>
        t.worksheet.name === ws.name
          ? [{ name: t.name, range: rangeOf(tableRanges[j] as Excel.Range) }]
          : []
      ),
      protected: ws.protection.protected,
      visibility: VISIBILITY[ws.visibility] ?? "visible",
      ...(plan.styled.length ? { styled: plan.styled } : {}),
      ...(plan.skipped.length
        ? { unread: unreadSentence(ws.name, plan.skipped, plan.areas.length > 0) }
        : {}),
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
