import { cellLabel, columnLetters, rangeContains, toA1 } from "../model/address";
import { CellValue } from "../model/cell";
import { SheetSnapshot, isStyled, sheetCell } from "../model/snapshot";
import { isEmptyCell, lastUsedRow, looksOwned, mergeInColumn, sameHeader } from "./occupancy";
import { Placement, RagColumnArea } from "./placement";

/** A cell the plan would need that holds something the add-in does not own. */
export interface Obstacle {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly message: string;
}

/**
 * Finds the first cell that stops a placement: a user's own "RAG <year>" column in the table, a
 * merged area in the column, or a cell in the column that the add-in did not write. Inside the
 * area the add-in owns, only its own words count as its own; outside it, only empty cells are free.
 */
export function findObstacle(
  sheet: SheetSnapshot,
  p: Placement,
  owned: readonly RagColumnArea[]
): Obstacle | undefined {
  const ownedAt = (row: number, col: number): boolean =>
    owned.some((a) => rangeContains(a.range, row, col));
  for (let col = p.table.range.left; col <= p.table.range.right; col++) {
    const userRag =
      p.table.columns.rag.some((r) => r.col === col && r.year === p.year) ||
      sameHeader(sheetCell(sheet, p.top, col), p.header);
    if (userRag && col !== p.col && !ownedAt(p.top, col)) {
      const cell = toA1(p.top, col);
      return obstacle(
        sheet,
        p.top,
        col,
        `${label(sheet, p.top, col)} already heads a "${p.header}" column that LAA Monitor did not write: rename or delete that column (or its header) and run Write RAG again.`,
        cell
      );
    }
  }
  const merge = mergeInColumn(sheet, p.col, p.top, p.bottom);
  if (merge) {
    return obstacle(
      sheet,
      merge.top,
      merge.left,
      `${label(sheet, merge.top, merge.left)} is merged across column ${columnLetters(p.col)}, where LAA Monitor needs to write "${p.header}": unmerge it and run Write RAG again.`
    );
  }
  const prev = p.previous?.range;
  const top = Math.min(p.top, prev?.top ?? p.top);
  const bottom = Math.max(p.bottom, prev?.bottom ?? p.bottom);
  const last = Math.min(bottom, lastUsedRow(sheet));
  for (let row = top; row <= last; row++) {
    const inOwned = prev !== undefined && row >= prev.top && row <= prev.bottom;
    const value = sheetCell(sheet, row, p.col);
    const free = inOwned ? looksOwned(value, p.header) : isEmptyCell(sheet, row, p.col);
    if (!free) {
      return obstacle(
        sheet,
        row,
        p.col,
        `${label(sheet, row, p.col)} holds ${describe(value, isStyled(sheet, row, p.col))}, which LAA Monitor did not write, where it needs to write the "${p.header}" column: move or clear that cell and run Write RAG again.`
      );
    }
  }
  return undefined;
}

function obstacle(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  message: string,
  cell?: string
): Obstacle {
  return { sheet: sheet.name, cell: cell ?? toA1(row, col), message };
}

function label(sheet: SheetSnapshot, row: number, col: number): string {
  return `Cell ${cellLabel({ sheet: sheet.name, row, col })}`;
}

function describe(value: CellValue, styled: boolean): string {
  if (value === "") return styled ? "formatting, a drop-down or a note" : "a number format";
  const text = String(value);
  return `"${text.length > 30 ? `${text.slice(0, 29)}…` : text}"`;
}
