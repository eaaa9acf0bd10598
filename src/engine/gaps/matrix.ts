import { CellRef, CellValue, RangeRef } from "../model/cell";
import { SheetGrid, WorkbookSnapshot, sheetGrids } from "../model/snapshot";
import { LaaTable } from "../model/table";

/** A labelled cell of the matrix (a column header or a row label). */
export interface MatrixLabel {
  readonly text: string;
  readonly cell: CellRef;
}

/** The cross-cutting matrix as found: labels across and down, and which cells hold a mark. */
export interface RawMatrix {
  readonly sheet: string;
  readonly range: RangeRef;
  readonly columns: readonly MatrixLabel[];
  readonly rows: readonly (MatrixLabel & { readonly marked: readonly boolean[] })[];
}

type BodyKind = "mark" | "blank" | "other";

const MARKS = new Set(["yes", "y", "x", "true", "1", "✓", "✔"]);
const NOT_MARK = /^(no|n|-|–|—|0|false|n\/a)$/i;
// Header words of an LAA table, which must never be taken for ambition names.
const LAA_HEADER =
  /\b(indicator|baseline|lead partner|target|outturn|actual|polarity)s?\b|^ni\b|\b(19|20)?\d\d\s*[/-]\s*\d\d/i;

/** Classifies a body cell: a mark, nothing, or anything else (which makes a grid unlikely to be a matrix). */
export function bodyKind(value: CellValue): BodyKind {
  if (value === true || value === 1) return "mark";
  if (value === "" || value === false || value === 0) return "blank";
  if (typeof value !== "string") return "other";
  const text = value.trim();
  if (text === "" || NOT_MARK.test(text)) return "blank";
  // "Yes – through the housing strategy" is still a yes.
  return MARKS.has(text.toLowerCase()) || /^(yes\b|[✓✔])/i.test(text) ? "mark" : "other";
}

/** A row or column label: text that is not a number and not a mark. */
function isLabel(value: CellValue): value is string {
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text !== "" && !/^[\d\s.,%()+-]+$/.test(text) && bodyKind(text) === "other";
}

/** Finds the first cross-cutting matrix in the workbook (sheet order, then top to bottom). */
export function findMatrix(
  snapshot: WorkbookSnapshot,
  tables: readonly LaaTable[]
): RawMatrix | undefined {
  for (const sheet of snapshot.sheets) {
    const inTables = tables.filter((t) => t.sheet === sheet.name).map(codedRows);
    for (const grid of sheetGrids(sheet)) {
      for (let r = 0; r < grid.values.length; r++) {
        const row = grid.origin.row + r;
        if (inTables.some((t) => row >= t.top && row <= t.bottom)) continue;
        const found = matrixAt(grid, r);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Tries the grid row `r` (0-based in the grid) as the matrix header. */
function matrixAt(sheet: SheetGrid, r: number): RawMatrix | undefined {
  const values = sheet.values[r] ?? [];
  const texts: number[] = [];
  for (let c = 0; c < values.length; c++) {
    const v = values[c] ?? "";
    if (isLabel(v)) texts.push(c);
  }
  if (texts.length < 3) return undefined;
  if (texts.some((c) => LAA_HEADER.test(String(values[c])))) return undefined;
  const first = texts[0] ?? 0;
  // Either the first text is a corner title over the row labels, or the corner is empty and the row
  // labels sit one column left of the first ambition name.
  if (texts.length >= 4) {
    const withCorner = readBody(sheet, r, first, texts.slice(1));
    if (withCorner) return withCorner;
  }
  return first > 0 ? readBody(sheet, r, first - 1, texts) : undefined;
}

/** Reads rows below the header while they have a label; undefined unless it looks like a matrix. */
function readBody(
  sheet: SheetGrid,
  r: number,
  labelCol: number,
  headerCols: readonly number[]
): RawMatrix | undefined {
  const { origin } = sheet;
  const rows: RawMatrix["rows"][number][] = [];
  let marks = 0;
  let others = 0;
  for (let rr = r + 1; rr < sheet.values.length; rr++) {
    const line = sheet.values[rr] ?? [];
    const label = line[labelCol] ?? "";
    if (!isLabel(label)) break;
    const marked = headerCols.map((c) => {
      const kind = bodyKind(line[c] ?? "");
      if (kind === "mark") marks++;
      else if (kind === "other") others++;
      return kind === "mark";
    });
    // A grid of free text or numbers is some other table; stop reading it early.
    if (others > 3 && others > marks) return undefined;
    rows.push({ text: label.trim(), cell: at(sheet, rr, labelCol), marked });
  }
  if (rows.length < 2 || marks === 0 || others > marks) return undefined;
  const header = sheet.values[r] ?? [];
  const lastCol = headerCols[headerCols.length - 1] ?? labelCol;
  return {
    sheet: sheet.name,
    range: {
      top: origin.row + r,
      left: origin.col + labelCol,
      bottom: origin.row + r + rows.length,
      right: origin.col + lastCol,
    },
    columns: headerCols.map((c) => ({ text: String(header[c]).trim(), cell: at(sheet, r, c) })),
    rows,
  };
}

/**
 * The rows of a table that are surely the table: its header through its last row with an NI code. A
 * reader may run on past blank rows into a matrix written below the table; those rows stay searchable.
 */
function codedRows(table: LaaTable): { top: number; bottom: number } {
  let bottom = Math.max(table.range.top, ...table.headerRows);
  for (const row of table.rows) if (row.indicator.code && row.row > bottom) bottom = row.row;
  return { top: table.range.top, bottom };
}

/** True when a table row lies inside the matrix (a reader took matrix rows for indicator rows). */
export function inMatrix(matrix: RawMatrix | undefined, sheet: string, row: number): boolean {
  return (
    matrix !== undefined &&
    matrix.sheet === sheet &&
    row >= matrix.range.top &&
    row <= matrix.range.bottom
  );
}

function at(sheet: SheetGrid, r: number, c: number): CellRef {
  return { sheet: sheet.name, row: sheet.origin.row + r, col: sheet.origin.col + c };
}
