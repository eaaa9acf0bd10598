import { IndicatorRow, LaaTable } from "../model/table";
import { addRowKinds, recordKinds } from "./kinds";
import { readRow, ROWS_PER_LIST, RowContext, YearWriter } from "./row";

type Priority = IndicatorRow["priority"];

/** Rows noted per block: 16 KB of sheet rows, small enough to be recycled memory, not fresh pages. */
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;

/**
 * What the table reader notes of each row it keeps, in one pass over the sheet: its sheet row, the
 * priority it sits under, whether it has an NI code, and how many Contributes to entries it names.
 * Sheet rows in blocks of typed arrays (nothing copied as a long table grows), and each priority
 * once per run of rows under it: a few bytes a row, where a read row is a hundred and more.
 */
export class RowPlaces {
  count = 0;
  private readonly rows: Int32Array[] = [];
  private readonly contributes: Uint16Array[] | undefined;
  /** The first row (index) of each run of rows that share a priority, and that priority. */
  private readonly runStarts: number[] = [];
  private readonly runPriorities: Priority[] = [];
  /** The run the last priority() call found: rows are mostly asked for in order. */
  private run = 0;
  /** The last sheet row with an NI code; -1 when no row has one. */
  lastCoded = -1;

  constructor(hasContributes: boolean) {
    if (hasContributes) this.contributes = [];
  }

  add(row: number, priority: Priority, coded: boolean, contributes: number): void {
    const i = this.count++;
    const k = i & (BLOCK - 1);
    if (k === 0) {
      this.rows.push(new Int32Array(BLOCK));
      this.contributes?.push(new Uint16Array(BLOCK));
    }
    const b = i >> BLOCK_BITS;
    (this.rows[b] as Int32Array)[k] = row;
    if (this.contributes) (this.contributes[b] as Uint16Array)[k] = Math.min(contributes, 0xffff);
    const runs = this.runPriorities.length;
    if (runs === 0 || this.runPriorities[runs - 1] !== priority) {
      this.runStarts.push(i);
      this.runPriorities.push(priority);
    }
    if (coded) this.lastCoded = row;
  }

  /** Sheet row of row i. */
  row(i: number): number {
    return (this.rows[i >> BLOCK_BITS] as Int32Array)[i & (BLOCK - 1)] as number;
  }

  priority(i: number): Priority {
    const starts = this.runStarts;
    let r = this.run;
    if (!(r < starts.length && (starts[r] as number) <= i && (starts[r + 1] ?? Infinity) > i)) {
      // Not the run of the last row asked for: the last run starting at or before i.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= i) lo = mid;
        else hi = mid - 1;
      }
      r = this.run = lo;
    }
    return this.runPriorities[r];
  }

  /** Contributes to entries of row i. */
  contributesOf(i: number): number {
    const block = this.contributes?.[i >> BLOCK_BITS];
    return block ? (block[i & (BLOCK - 1)] as number) : 0;
  }
}

/** A table the reader found, whose rows it reads when asked. */
interface Source {
  readonly ctx: RowContext;
  readonly places: RowPlaces;
  /** The rows, once `table.rows` has been read (then every read gives these). */
  rows?: readonly IndicatorRow[];
}

const SOURCES = new WeakMap<LaaTable, Source>();

/**
 * The table the reader found: `fields` and a `rows` property that reads every row the first time it
 * is read and then keeps them (for the pane, the board sheet, `--json`). The engine itself reads a
 * long table through rowsIn, a chunk at a time, and keeps none of them.
 */
export function tableOfRows(
  fields: Omit<LaaTable, "rows" | "excelTable">,
  excelTable: string | undefined,
  ctx: RowContext,
  places: RowPlaces
): LaaTable {
  const source: Source = { ctx, places };
  // The fields in the order the reader always gave them, `rows` an accessor among them: spread or
  // written as JSON, the table is what it was (the spread or JSON reads the rows).
  const table = { ...fields } as { -readonly [K in keyof LaaTable]: LaaTable[K] };
  Object.defineProperty(table, "rows", {
    enumerable: true,
    configurable: true,
    get(): readonly IndicatorRow[] {
      if (source.rows === undefined) {
        const rows = read(source, 0, places.count);
        const kinds: [number, number, number] = [0, 0, 0];
        for (let i = 0; i < rows.length; i++) addRowKinds(kinds, rows[i] as IndicatorRow);
        source.rows = rows;
        recordKinds(table, kinds);
      }
      return source.rows;
    },
  });
  if (excelTable !== undefined) table.excelTable = excelTable;
  SOURCES.set(table, source);
  return table;
}

/** Rows `from` to `to` (not included) read afresh: rows that share year lists only with each other. */
function read(source: Source, from: number, to: number): IndicatorRow[] {
  const { ctx, places } = source;
  const n = Math.max(0, to - from);
  const years = new YearWriter(
    ctx.columns.targets.length,
    ctx.columns.actuals.length,
    Math.max(1, Math.min(n, ROWS_PER_LIST))
  );
  const c: RowContext = { ...ctx, years };
  const out = new Array<IndicatorRow>(n);
  for (let i = 0; i < n; i++) out[i] = readRow(c, places.row(from + i), places.priority(from + i));
  return out;
}

/** How many rows the table has, without reading them. */
export function rowCount(table: LaaTable): number {
  const source = SOURCES.get(table);
  return source && source.rows === undefined ? source.places.count : table.rows.length;
}

/**
 * Rows `from` to `to` of the table. A table the reader found whose rows were not asked for reads them
 * now and keeps none: a caller that drops them before reading the next ones never holds a long table.
 */
export function rowsIn(table: LaaTable, from: number, to: number): readonly IndicatorRow[] {
  const source = SOURCES.get(table);
  if (source && source.rows === undefined) {
    const end = Math.min(to, source.places.count);
    return read(source, Math.max(0, from), end);
  }
  return table.rows.slice(from, to);
}

/** What the gaps analysis needs of each row before it sees the rows (see RowPlaces). */
export interface RowOutline {
  readonly row: number;
  readonly priority: Priority;
  readonly contributes: number;
}

/**
 * Calls `fn` with the outline of every row in order, from the reader's notes when it has them (no
 * row read), else from the rows. One outline object is refilled for each row: read it in `fn`, do not
 * keep it.
 */
export function forEachOutline(table: LaaTable, fn: (row: RowOutline) => void): void {
  const source = SOURCES.get(table);
  if (source && source.rows === undefined) {
    const p = source.places;
    const o = { row: 0, priority: undefined as Priority, contributes: 0 };
    for (let i = 0; i < p.count; i++) {
      o.row = p.row(i);
      o.priority = p.priority(i);
      o.contributes = p.contributesOf(i);
      fn(o);
    }
    return;
  }
  const rows = table.rows;
  const o = { row: 0, priority: undefined as Priority, contributes: 0 };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as IndicatorRow;
    o.row = r.row;
    o.priority = r.priority;
    o.contributes = r.contributesTo.length;
    fn(o);
  }
}

/** The last sheet row of the table with an NI code; -1 when none has one. */
export function lastCodedRow(table: LaaTable): number {
  const source = SOURCES.get(table);
  if (source && source.rows === undefined) return source.places.lastCoded;
  let last = -1;
  for (const row of table.rows) if (row.indicator.code && row.row > last) last = row.row;
  return last;
}

/** Whether the table's `rows` have been read and are kept (false for a table read a chunk at a time). */
export function rowsKept(table: LaaTable): boolean {
  const source = SOURCES.get(table);
  return source === undefined || source.rows !== undefined;
}
