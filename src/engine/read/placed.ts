import { CellRef, CellValue } from "../model/cell";
import { ParsedValue } from "../model/table";

/** Sheet and column shared by every value read from one column of a table. */
export interface ColumnAt {
  readonly sheet: string;
  readonly col: number;
}

// Symbol keys: not listed by Object.keys or JSON, so a value still reads as a plain ParsedValue.
const AT = Symbol("at");
const ROW = Symbol("row");

/**
 * A ParsedValue as the reader makes it. A 100k-row table has 600k values, and almost none of their
 * cells are ever read (only for a finding): the cell is kept as the column's shared sheet-and-column
 * plus a row number, and `cell` builds the CellRef when read. JSON shows `cell` in its usual place.
 */
class PlacedValue {
  readonly [AT]: ColumnAt;
  readonly [ROW]: number;

  constructor(
    readonly kind: ParsedValue["kind"],
    readonly raw: CellValue,
    at: ColumnAt,
    row: number
  ) {
    this[AT] = at;
    this[ROW] = row;
  }

  get cell(): CellRef {
    return { sheet: this[AT].sheet, row: this[ROW], col: this[AT].col };
  }

  /** The plain object JSON shows: kind, cell, raw, then the kind's own fields. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { kind: this.kind, cell: this.cell, raw: this.raw };
    const fields = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(this)) if (!(key in out)) out[key] = fields[key];
    return out;
  }
}

/**
 * The same for the parts of a row that carry a cell (indicator, lead partners, polarity cell): the
 * cell is built when read, and JSON shows it first, where a plain object has it.
 */
class PlacedPart {
  readonly [AT]: ColumnAt;
  readonly [ROW]: number;

  constructor(at: ColumnAt, row: number) {
    this[AT] = at;
    this[ROW] = row;
  }

  get cell(): CellRef {
    return { sheet: this[AT].sheet, row: this[ROW], col: this[AT].col };
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { cell: this.cell };
    const fields = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(this)) out[key] = fields[key];
    return out;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type ValueOf<K extends ParsedValue["kind"]> = Mutable<Extract<ParsedValue, { kind: K }>>;

/** A value of `kind` at `place`; the caller sets the kind's own fields, in their usual order. */
export function placed<K extends ParsedValue["kind"]>(
  kind: K,
  raw: CellValue,
  at: ColumnAt,
  row: number
): ValueOf<K> {
  return new PlacedValue(kind, raw, at, row) as unknown as ValueOf<K>;
}

/** A row part at `at`, `row` with no fields yet; the caller sets them in their usual order. */
export function placedPart<T extends { readonly cell: CellRef }>(
  at: ColumnAt,
  row: number
): Mutable<Omit<T, "cell">> & Pick<T, "cell"> {
  return new PlacedPart(at, row) as unknown as Mutable<Omit<T, "cell">> & Pick<T, "cell">;
}
