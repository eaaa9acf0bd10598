/**
 * Value blocks as request-sized pieces. The payload of a block is estimated from the length its values
 * take in JSON, without building the JSON.
 */
import { ValueBlock, WriteValue } from "../engine";

export interface Piece {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: (string | number)[][];
  /** Estimated JSON length of `values`. */
  readonly size: number;
}

function cellSize(v: string | number): number {
  // A string costs its characters, two quotes and a comma (escapes are rare in cell text); a number up to ~17 digits.
  return typeof v === "string" ? v.length + 3 : 18;
}

/** A block converted (text forced) and split into pieces of at most `budget` estimated characters. */
export function toPieces(
  sheet: string,
  block: ValueBlock,
  convert: (v: WriteValue) => string | number,
  budget = Infinity
): Piece[] {
  const pieces: Piece[] = [];
  let rows: (string | number)[][] = [];
  let size = 0;
  let top = block.top;
  block.values.forEach((raw, i) => {
    const row = raw.map(convert);
    const rowSize = row.reduce<number>((n, v) => n + cellSize(v), 2);
    if (rows.length && size + rowSize > budget) {
      pieces.push({ sheet, top, left: block.left, values: rows, size });
      rows = [];
      size = 0;
      top = block.top + i;
    }
    rows.push(row);
    size += rowSize;
  });
  if (rows.length) pieces.push({ sheet, top, left: block.left, values: rows, size });
  return pieces;
}

/**
 * Groups pieces into request-sized chunks: all in one chunk when they fit the budget, else row slices
 * filling each chunk up to the budget (a single row larger than the budget gets a chunk of its own).
 */
export function chunkPieces(pieces: readonly Piece[], budget: number): Piece[][] {
  const total = pieces.reduce((n, p) => n + p.size, 0);
  if (total <= budget) return [pieces.slice()];
  const chunks: Piece[][] = [];
  let chunk: Piece[] = [];
  let room = budget;
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
  let rows: (string | number)[][] = [];
  let size = 0;
  let top = piece.top;
  let limit = room;
  piece.values.forEach((row, i) => {
    const rowSize = row.reduce<number>((n, v) => n + cellSize(v), 2);
    if (size + rowSize > limit && (rows.length || limit < budget)) {
      if (rows.length) parts.push({ ...piece, top, values: rows, size });
      rows = [];
      size = 0;
      top = piece.top + i;
      limit = budget;
    }
    rows.push(row);
    size += rowSize;
  });
  if (rows.length) parts.push({ ...piece, top, values: rows, size });
  return parts;
}
