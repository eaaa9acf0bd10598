import { RangeRef } from "../model/cell";
import { ratedYearsOf } from "../model/in-year";
import { OwnedArea, SheetSnapshot } from "../model/snapshot";
import { LaaTable, yearLabel } from "../model/table";
import { isEmptyColumn, sameHeader } from "./occupancy";
import { sheetCell } from "../model/snapshot";

export type RagColumnArea = Extract<OwnedArea, { kind: "rag-column" }>;

/** Where one year's status column goes. */
export interface Placement {
  readonly table: LaaTable;
  readonly year: number;
  /** "RAG 2009/10" */
  readonly header: string;
  readonly col: number;
  /** The table's last header row (where the header is written). */
  readonly top: number;
  /** The table's last data row. */
  readonly bottom: number;
  /** The area the add-in owns already and is rewriting, when the column is reused. */
  readonly previous?: RagColumnArea;
}

/** Columns already given out in this plan, so two years or tables never share cells. */
export type Claims = RangeRef[];

/**
 * Places a status column for every year with an actual column (the first column of that year) or
 * in-year columns: the column the add-in already owns for the year; else the column right after the
 * year's actual column, or after its last in-year column when it has them, if it is completely
 * empty; else the first completely empty column to the right of the table.
 */
export function placeTable(
  sheet: SheetSnapshot,
  table: LaaTable,
  owned: readonly RagColumnArea[],
  claims: Claims
): Placement[] {
  const top = table.headerRows[table.headerRows.length - 1] ?? table.range.top;
  const bottom = Math.max(table.range.bottom, top);
  const out: Placement[] = [];
  // A year with in-year columns is placed first: its column belongs right after them.
  const years = ratedYearsOf(table.columns);
  const ordered = [
    ...years.filter((y) => y.lastInYearCol !== undefined),
    ...years.filter((y) => y.lastInYearCol === undefined),
  ];
  for (const rated of ordered) {
    const after = Math.max(rated.actualCol ?? -1, rated.lastInYearCol ?? -1);
    const header = `RAG ${yearLabel(rated.year)}`;
    const previous = ownedColumn(sheet, owned, header, top, after, claims);
    // A table with no indicator rows gets no new status column (only the header would be written);
    // a column this add-in wrote for it before is still placed, so its old statuses are cleared.
    if (table.rows.length === 0 && !previous) continue;
    const col = previous?.range.left ?? freeColumn(sheet, table, after, claims);
    const bottomRow = Math.max(bottom, previous?.range.bottom ?? bottom);
    claims.push({
      top: Math.min(table.range.top, previous?.range.top ?? top),
      left: col,
      bottom: bottomRow,
      right: col,
    });
    out.push({ table, year: rated.year, header, col, top, bottom, previous });
  }
  return out;
}

/**
 * The owned column for this year: on the table's header row, headed "RAG <year>", not yet claimed.
 * Of several (two tables side by side), the nearest one to the right of the actual column.
 */
function ownedColumn(
  sheet: SheetSnapshot,
  owned: readonly RagColumnArea[],
  header: string,
  top: number,
  afterCol: number,
  claims: Claims
): RagColumnArea | undefined {
  const candidates = owned.filter(
    (a) =>
      a.range.top === top &&
      sameHeader(sheetCell(sheet, a.range.top, a.range.left), header) &&
      !claimed(claims, a.range.left, a.range.top, a.range.bottom)
  );
  const distance = (a: RagColumnArea): number =>
    a.range.left > afterCol ? a.range.left - afterCol : 1e6 + afterCol - a.range.left;
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

function freeColumn(
  sheet: SheetSnapshot,
  table: LaaTable,
  afterCol: number,
  claims: Claims
): number {
  const { top, bottom } = table.range;
  const free = (col: number): boolean =>
    !claimed(claims, col, top, bottom) && isEmptyColumn(sheet, col, top, bottom);
  if (free(afterCol + 1)) return afterCol + 1;
  let col = table.range.right + 1;
  while (!free(col)) col++;
  return col;
}

function claimed(claims: Claims, col: number, top: number, bottom: number): boolean {
  return claims.some((c) => c.left <= col && c.right >= col && c.top <= bottom && c.bottom >= top);
}
