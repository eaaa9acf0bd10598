/**
 * Everything a user could lose in an ExcelJS workbook, as plain data: per cell its value, formula,
 * number format, fill, font, alignment, border and note; per sheet its state, merges, protection,
 * hidden rows/columns and widths; the workbook's defined names. Two dumps are equal when nothing a
 * user sees has changed (zip timestamps, which differ on every save, are not part of it).
 */
import ExcelJS from "exceljs";
import { isOwnedName } from "../../src/engine";

export interface CellDump {
  readonly value: string;
  readonly numFmt: string;
  readonly style: string;
  readonly note: string;
}

export interface SheetDump {
  readonly state: string;
  readonly merges: string[];
  readonly protected: boolean;
  readonly hiddenRows: number[];
  readonly columns: string;
  readonly cells: Record<string, CellDump>;
}

export interface WorkbookDump {
  /** Tab order. */
  readonly order: string[];
  readonly sheets: Record<string, SheetDump>;
  /** The user's defined names (the add-in's LAAMonitor_* record is compared separately). */
  readonly names: string[];
  readonly ownedNames: string[];
}

function cellDump(cell: ExcelJS.Cell): CellDump {
  const s = cell.style ?? {};
  return {
    value: JSON.stringify(cell.value ?? null),
    numFmt: cell.numFmt ?? "",
    style: JSON.stringify({
      fill: s.fill,
      font: s.font,
      alignment: s.alignment,
      border: s.border,
      protection: s.protection,
    }),
    note: JSON.stringify(cell.note ?? null),
  };
}

/** One sheet; `skip(row, col)` (1-based) leaves out cells the add-in owns. */
export function dumpSheet(
  ws: ExcelJS.Worksheet,
  skip: (row: number, col: number) => boolean = () => false
): SheetDump {
  const cells: Record<string, CellDump> = {};
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (skip(r, c)) return;
      const d = cellDump(cell);
      // A cell ExcelJS materialised without content or style is the same as no cell at all.
      if (d.value === "null" && d.numFmt === "" && d.note === "null" && d.style === "{}") return;
      cells[cell.address] = d;
    });
  });
  // Only columns with a width or hidden flag, keyed by number: ExcelJS pads the list differently
  // before and after a save. Row 0 in `skip` asks about the column itself (its width).
  const columns: Record<number, unknown> = {};
  (ws.columns ?? []).forEach((c, i) => {
    if (skip(0, i + 1) || (c.width === undefined && !c.hidden)) return;
    columns[i + 1] = { width: c.width, hidden: Boolean(c.hidden) };
  });
  const merges = Object.keys(
    (ws as unknown as { _merges?: Record<string, unknown> })._merges ?? {}
  ).sort();
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null })
    .sheetProtection;
  return {
    state: ws.state,
    merges,
    protected: Boolean(protection?.sheet),
    hiddenRows,
    columns: JSON.stringify(columns),
    cells,
  };
}

/** The whole workbook; `skipSheet` names sheets the add-in owns, `skip` cells it owns. */
export function dumpWorkbook(
  wb: ExcelJS.Workbook,
  options: {
    skipSheet?: (name: string) => boolean;
    skip?: (sheet: string, row: number, col: number) => boolean;
  } = {}
): WorkbookDump {
  const sheets: Record<string, SheetDump> = {};
  for (const ws of wb.worksheets) {
    if (options.skipSheet?.(ws.name)) continue;
    sheets[ws.name] = dumpSheet(ws, (r, c) => options.skip?.(ws.name, r, c) ?? false);
  }
  const all = wb.definedNames.model.map((d) => `${d.name}=${[...d.ranges].sort().join(",")}`);
  return {
    order: wb.worksheets.map((ws) => ws.name),
    sheets,
    names: all.filter((n) => !isOwnedName(n)).sort(),
    ownedNames: all.filter((n) => isOwnedName(n)).sort(),
  };
}
