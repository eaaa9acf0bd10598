import { CellValue, IndicatorRow, LaaTable, ParsedValue, toA1 } from "../../../src/engine";
import { GOV_HEADER, GridSheet } from "../../helpers/grid";

/**
 * One indicator row as a test writes it: [priority, indicator, lead partners, contributes to?].
 * A priority of "" is carried down from the row above (as a merged cell would be); null means none.
 */
export type Line = [string | null, string, string, string?];

/**
 * A small stand-in for the reader (src/engine/read): the government-format grid AND the LaaTable it
 * stands for, so gap tests do not depend on the reader's progress. Header at A1:G2 (+ H "Contributes to").
 */
export function laaTable(lines: Line[], opts: { sheet?: string; priorityColumn?: boolean } = {}) {
  const sheetName = opts.sheet ?? "LAA";
  const withPriority = opts.priorityColumn ?? true;
  const contributes = lines.some((l) => l[3] !== undefined);
  const header = GOV_HEADER.map((r) => [
    ...r,
    ...(contributes ? [r === GOV_HEADER[0] ? "Contributes to" : ""] : []),
  ]);
  const grid: GridSheet = { name: sheetName, rows: header.map((r) => [...r]) };
  const rows: IndicatorRow[] = [];
  let carried: { text: string; row: number } | undefined;
  lines.forEach(([priority, indicator, lead, contrib], i) => {
    const row = 2 + i;
    grid.rows.push([
      withPriority ? (priority ?? "") : "",
      indicator,
      100,
      110,
      120,
      130,
      lead,
      ...(contributes ? [contrib ?? ""] : []),
    ]);
    if (priority) carried = { text: priority, row };
    else if (priority === null) carried = undefined;
    const cell = (col: number) => ({ sheet: sheetName, row, col });
    const m = /^NI\s*(\d+)([a-z]?)\s*(.*)$/i.exec(indicator);
    const code = m
      ? { number: Number(m[1]), ...(m[2] ? { part: m[2] } : {}), label: `NI ${m[1]}${m[2] ?? ""}` }
      : undefined;
    const num = (col: number, v: number): ParsedValue => ({
      kind: "number",
      value: v,
      unit: "number",
      cell: cell(col),
      raw: v,
    });
    const p = withPriority && carried ? carried : undefined;
    rows.push({
      row,
      ...(p
        ? {
            priority: {
              text: p.text,
              cell: { sheet: sheetName, row: p.row, col: 0 },
              carried: p.row !== row,
            },
          }
        : {}),
      indicator: {
        cell: cell(1),
        raw: indicator,
        ...(code ? { code } : {}),
        ...((m?.[3] ?? indicator) ? { title: m ? m[3] : indicator } : {}),
      },
      baseline: num(2, 100),
      targets: [2008, 2009, 2010].map((year, k) => ({ year, value: num(3 + k, 110 + 10 * k) })),
      actuals: [],
      partners: {
        cell: cell(6),
        raw: lead,
        names: lead
          .split(/;|,|\/|&| and /)
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      },
      contributesTo: (contrib ?? "")
        .split(/;|\n/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    });
  });
  const bottom = 1 + lines.length;
  const table: LaaTable = {
    id: `${sheetName}!A1:${toA1(bottom, contributes ? 7 : 6)}`,
    sheet: sheetName,
    range: { top: 0, left: 0, bottom, right: contributes ? 7 : 6 },
    headerRows: [0, 1],
    columns: {
      ...(withPriority ? { priority: 0 } : {}),
      indicator: 1,
      baseline: 2,
      leadPartners: 6,
      ...(contributes ? { contributesTo: 7 } : {}),
      targets: [2008, 2009, 2010].map((year, k) => ({
        year,
        col: 3 + k,
        header: String(GOV_HEADER[1]?.[3 + k]),
      })),
      actuals: [],
      rag: [],
    },
    rows,
  };
  return { grid, table };
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
