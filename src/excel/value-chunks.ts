/**
 * Request-sized pieces of a plan: rectangles of values (`range.values`) or of cell properties
 * (`range.setCellProperties`, with an optional number-format matrix). The payload of a piece is
 * estimated per row from the length its JSON takes, without building the JSON, so pieces of both kinds
 * are chunked by rows in the same way.
 */
import { ValueBlock, WriteValue } from "../engine";

interface PieceBase {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  /** Estimated JSON length of each row (both matrices for a cells piece). */
  readonly rowSizes: readonly number[];
  /** Estimated JSON length of the whole piece: the sum of `rowSizes`. */
  readonly size: number;
}

/** Values written with `range.values`. */
export interface ValuePiece extends PieceBase {
  readonly kind: "values";
  readonly rows: (string | number)[][];
}

/** Formats written with `range.setCellProperties`; `{}` leaves a cell as it is, as null does a number format. */
export interface CellsPiece extends PieceBase {
  readonly kind: "cells";
  readonly rows: Excel.SettableCellProperties[][];
  /** Set when any cell gets a number format (setCellProperties has none). */
  readonly numberFormat?: (string | null)[][];
}

export type Piece = ValuePiece | CellsPiece;

function cellSize(v: string | number): number {
  // A string costs its characters, two quotes and a comma (escapes are rare in cell text); a number up to ~17 digits.
  return typeof v === "string" ? v.length + 3 : 18;
}

/** A value block converted (text forced) into one piece. */
export function toPieces(
  sheet: string,
  block: ValueBlock,
  convert: (v: WriteValue) => string | number
): ValuePiece[] {
  const rows: (string | number)[][] = [];
  const rowSizes: number[] = [];
  let size = 0;
  for (const raw of block.values) {
    const row = raw.map(convert);
    const rowSize = row.reduce<number>((n, v) => n + cellSize(v), 2);
    rows.push(row);
    rowSizes.push(rowSize);
    size += rowSize;
  }
  return rows.length
    ? [{ kind: "values", sheet, top: block.top, left: block.left, rows, rowSizes, size }]
    : [];
}

/** Rows [start, end) of a piece, as a piece of its own. */
export function slicePiece<P extends Piece>(piece: P, start: number, end: number, size: number): P {
  const part = {
    ...piece,
    top: piece.top + start,
    rows: piece.rows.slice(start, end),
    rowSizes: piece.rowSizes.slice(start, end),
    size,
  };
  if (part.kind === "cells" && part.numberFormat)
    return { ...part, numberFormat: part.numberFormat.slice(start, end) } as P;
  return part as P;
}

/**
 * Groups pieces into request-sized chunks: all in one chunk when they fit the budget, else row slices
 * filling each chunk up to the budget (a single row larger than the budget gets a chunk of its own).
 * `reserved` is what the first request carries besides the pieces (layout calls, clears, names).
 */
export function chunkPieces(pieces: readonly Piece[], budget: number, reserved = 0): Piece[][] {
  const total = pieces.reduce((n, p) => n + p.size, 0);
  if (total + reserved <= budget) return [pieces.slice()];
  const chunks: Piece[][] = [];
  let chunk: Piece[] = [];
  let room = Math.max(0, budget - reserved);
  for (const piece of pieces) {
    for (const part of splitPiece(piece, room, budget)) {
      if (part.size > room && chunk.length) {
        chunks.push(chunk);
        chunk = [];
        room = budget;
      }
      chunk.push(part);
      room -= part.size;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** Splits a piece so that its first part fits `room` and the others fit `budget`. */
function splitPiece(piece: Piece, room: number, budget: number): Piece[] {
  if (piece.size <= room) return [piece];
  const parts: Piece[] = [];
  let start = 0;
  let size = 0;
  let limit = room;
  piece.rowSizes.forEach((rowSize, i) => {
    if (size + rowSize > limit && (i > start || limit < budget)) {
      if (i > start) parts.push(slicePiece(piece, start, i, size));
      start = i;
      size = 0;
      limit = budget;
    }
    size += rowSize;
  });
  if (piece.rowSizes.length > start)
    parts.push(slicePiece(piece, start, piece.rowSizes.length, size));
  return parts;
}
