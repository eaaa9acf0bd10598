import {
  CellValue,
  DEFAULT_SETTINGS,
  Finding,
  LaaTable,
  Settings,
  TableColumns,
} from "../../../src/engine";
import { analyseGaps } from "../../../src/engine/gaps";
import { GOV_HEADER, GridSheet, workbook } from "../../helpers/grid";
import { GOV_COLUMNS, RowSpec, indicatorRow, laaTable as tableOfRows } from "../../helpers/rows";

/**
 * One indicator row as a test writes it: [priority, indicator, lead partners, contributes to?].
 * A priority of "" is carried down from the row above (as a merged cell would be); null means none.
 */
export type Line = [string | null, string, string, string?];

/**
 * The government-format grid of `lines` AND the LaaTable a reader would make of it, built by hand so
 * that gap tests get partner names exactly as typed. Header at A1:G2 (+ H "Contributes to");
 * baseline 100 and targets 110, 120, 130 on every row.
 */
export function laaTable(lines: Line[], opts: { sheet?: string; priorityColumn?: boolean } = {}) {
  const sheet = opts.sheet ?? "LAA";
  const withPriority = opts.priorityColumn ?? true;
  const contributes = lines.some((l) => l[3] !== undefined);
  const header = GOV_HEADER.map((r) => [
    ...r,
    ...(contributes ? [r === GOV_HEADER[0] ? "Contributes to" : ""] : []),
  ]);
  const { priority: _, ...noPriority } = GOV_COLUMNS;
  const columns: TableColumns = {
    ...(withPriority ? GOV_COLUMNS : noPriority),
    ...(contributes ? { contributesTo: 7 } : {}),
  };
  const grid: GridSheet = { name: sheet, rows: header };
  let carried: { text: string; from: number } | undefined;
  const rows = lines.map(([priority, indicator, partners, contributesTo], i) => {
    const row = 2 + i;
    const written = withPriority ? (priority ?? "") : "";
    const more = contributes ? [contributesTo ?? ""] : [];
    grid.rows.push([written, indicator, 100, 110, 120, 130, partners, ...more]);
    if (priority) carried = { text: priority, from: row };
    else if (priority === null) carried = undefined;
    const spec: RowSpec = {
      indicator,
      ...(withPriority && carried ? { priority: carried } : {}),
      baseline: 100,
      targets: { 2008: 110, 2009: 120, 2010: 130 },
      partners,
      ...(contributes ? { contributesTo: contributesTo ?? "" } : {}),
    };
    return indicatorRow(spec, row, columns, sheet);
  });
  return { grid, table: tableOfRows(rows, columns, { sheet }) };
}

/** A matrix sheet: `header` across (after a corner title), then [row label, ...cells] rows. */
export function matrixSheet(
  header: string[],
  body: CellValue[][],
  opts: { name?: string; at?: string } = {}
): GridSheet {
  return {
    name: opts.name ?? "Matrix",
    ...(opts.at ? { at: opts.at } : {}),
    rows: [["Cross cutting support between ambitions", ...header], ...body],
  };
}

/** The gaps of `sheets` with `tables` as read from them, under the default settings changed by `settings`. */
export function run(sheets: GridSheet[], tables: LaaTable[], settings: Partial<Settings> = {}) {
  return analyseGaps(workbook(sheets), tables, { ...DEFAULT_SETTINGS, ...settings });
}

/** `[code, "Sheet!A1"]` of each finding, in order. */
export const where = (findings: Finding[]) => findings.map((f) => [f.code, `${f.sheet}!${f.cell}`]);
