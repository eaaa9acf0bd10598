import { Catalog } from "../catalog";
import { CellRef } from "../model/cell";
import { SheetSnapshot, sheetCell, sheetFormat } from "../model/snapshot";
import {
  actualValues,
  IndicatorCode,
  IndicatorRow,
  ParsedValue,
  TableColumns,
  targetValues,
  YearColumn,
  YearValues,
} from "../model/table";
import { hasCode, parseIndicator } from "./indicator";
import { splitList } from "./lists";
import { parsePolarity, resolvePolarity, resolveRelatives } from "./resolve";
import { cellText, normalise } from "./text";
import { emptyValue, parseValue, parseValueCached, ValueCache } from "./values";

/** What a table tells the row reader besides the row: where things are and the header's baseline period. */
export interface RowContext {
  readonly sheet: SheetSnapshot;
  readonly columns: TableColumns;
  readonly baselineHeaderPeriod?: string;
  readonly catalog: Catalog;
  /** Split lists by cell text: a table repeats the same few partner cells, so each is split once. */
  readonly lists?: Map<string, readonly string[]>;
  /** Lead partners and polarity cells read so far, by text: rows with the same text share one. */
  readonly partners?: Map<string, IndicatorRow["partners"]>;
  readonly polarities?: Map<string, NonNullable<IndicatorRow["polarityCell"]>>;
  /** Baseline periods written in cells, one shared object per distinct text. */
  readonly periods?: Map<string, NonNullable<IndicatorRow["baselinePeriod"]>>;
  /** Baseline periods from a baseline period column, one shared object per distinct text. */
  readonly columnPeriods?: Map<string, NonNullable<IndicatorRow["baselinePeriod"]>>;
  /** The header's baseline period as a row's baselinePeriod, shared by every row that uses it. */
  readonly headerPeriod?: IndicatorRow["baselinePeriod"];
  /** Value cells read so far, by their text (see parseValueCached). */
  readonly values?: ValueCache;
  /** Where the rows' target and actual values go; each row has a list of its own without one. */
  readonly years?: YearWriter;
  /** What the table's rows share (one for the table; each row has one of its own without it). */
  readonly table?: RowTable;
  /** The traits of the rows read so far, so that rows alike share one (each row has its own without it). */
  readonly traits?: TraitsCache;
}

/** Rows whose target and actual values share one list (about 80 KB of a 5-year table's values). */
export const ROWS_PER_LIST = 2048;

export { hasCode };

/**
 * Whether the reader keeps sheet row `row` as a row of the table (`indicator`: the indicator cell's
 * text, normalised): it names an indicator or holds a baseline, target or actual. What readRow would
 * make of the row decides, read from the cells alone: a value cell counts when it does not read as
 * empty.
 */
export function keepsRow(ctx: RowContext, row: number, indicator: string): boolean {
  if (indicator !== "") return true;
  const { columns } = ctx;
  if (columns.baseline !== undefined && value(ctx, row, columns.baseline).kind !== "empty")
    return true;
  for (const y of columns.targets) if (value(ctx, row, y.col).kind !== "empty") return true;
  for (const y of columns.actuals) if (value(ctx, row, y.col).kind !== "empty") return true;
  return false;
}

/** How many Contributes to entries the row names (its contributesTo's length). */
export function contributesCount(ctx: RowContext, row: number): number {
  const col = ctx.columns.contributesTo;
  return col === undefined ? 0 : listOf(ctx, text(ctx, row, col)).length;
}

/**
 * Puts a table's rows' target and actual values into shared lists (IndicatorRow.years), a few
 * thousand rows to a list: no small array per row, and no one big list that is copied as it grows.
 */
export class YearWriter {
  private current: YearValues & { readonly list: ParsedValue[] };
  private used = 0;
  private readonly stride: number;
  private readonly capacity: number;

  constructor(
    private readonly targets: number,
    private readonly actuals: number,
    rowsPerList = ROWS_PER_LIST
  ) {
    this.stride = targets + actuals;
    this.capacity = this.stride * rowsPerList;
    this.current = this.newList(this.stride === 0 ? 0 : this.capacity);
  }

  /** The list the next row's values go in, with room for them. */
  list(): YearValues & { readonly list: ParsedValue[] } {
    if (this.used + this.stride > this.current.list.length) {
      this.current = this.newList(this.capacity);
      this.used = 0;
    }
    return this.current;
  }

  /** Where the next row's values start in list(): call list() first. */
  at(): number {
    return this.used;
  }

  /** The values of the row starting at `at` in list() are written. */
  advance(): void {
    this.used += this.stride;
  }

  private newList(size: number): YearValues & { readonly list: ParsedValue[] } {
    return { list: new Array<ParsedValue>(size), targets: this.targets, actuals: this.actuals };
  }
}

/** What every row of one table shares: its sheet, and the columns of its indicator code and title. */
export interface RowTable {
  readonly sheet: string;
  readonly indicatorCol: number;
  /** The indicator title column, when code and title are in two columns. */
  readonly titleCol: number | undefined;
}

/**
 * What few rows have: a malformed NI code, a tolerance, a comment, Contributes to entries. Rows with
 * none of them (nearly all) share NO_EXTRAS, so a row keeps one field for the four.
 */
export interface RowExtras {
  readonly badCode: string | undefined;
  readonly tolerance: ParsedValue | undefined;
  readonly comment: IndicatorRow["comment"];
  readonly contributesTo: readonly string[];
}

/**
 * What runs of a table's rows have in common: the table, the priority heading they sit under, the
 * baseline period, the polarity cell and its reading, and the fields few rows fill. Rows whose six
 * are the same share one RowTraits (see TraitsCache), so a row keeps one field for the six.
 */
export interface RowTraits {
  readonly table: RowTable;
  readonly priority: IndicatorRow["priority"];
  readonly baselinePeriod: IndicatorRow["baselinePeriod"];
  readonly polarityCell: IndicatorRow["polarityCell"];
  readonly polarity: IndicatorRow["polarity"];
  readonly extras: RowExtras;
}

/** Traits a table's rows keep finding again: the most recent few, compared field by field. */
const TRAITS_KEPT = 8;

/**
 * The traits of a table's latest rows. A table's rows mostly repeat a handful of combinations (one
 * priority for a run of rows, one baseline period, a polarity per indicator kind), so the last few
 * made are kept and a row alike to one of them shares it; any other row gets traits of its own. A
 * table whose rows all differ (a comment on every row) then costs a 72-byte object a row, 32 bytes a
 * row more than before, and no row ever reads another's traits.
 */
export class TraitsCache {
  private readonly kept: RowTraits[] = [];
  private next = 0;

  of(
    table: RowTable,
    priority: IndicatorRow["priority"],
    baselinePeriod: IndicatorRow["baselinePeriod"],
    polarityCell: IndicatorRow["polarityCell"],
    polarity: IndicatorRow["polarity"],
    extras: RowExtras
  ): RowTraits {
    const kept = this.kept;
    for (let i = 0; i < kept.length; i++) {
      const t = kept[i] as RowTraits;
      if (
        t.priority === priority &&
        t.baselinePeriod === baselinePeriod &&
        t.polarity === polarity &&
        t.polarityCell === polarityCell &&
        t.extras === extras &&
        t.table === table
      )
        return t;
    }
    const made: RowTraits = { table, priority, baselinePeriod, polarityCell, polarity, extras };
    if (kept.length < TRAITS_KEPT) kept.push(made);
    else {
      kept[this.next] = made;
      this.next = (this.next + 1) % TRAITS_KEPT;
    }
    return made;
  }
}

/**
 * A row as the table reader makes it: every field set in the constructor, in one order, so all rows
 * share one shape. The row is also its own indicator cell (`row.indicator === row`): the indicator's
 * row, what it says, its code and title are fields of the row, and its sheet and column (the same
 * for every row of a table) come from the table's RowTable. What runs of rows have in common (the
 * table, priority, baseline period, polarity, and the fields few rows fill) is one RowTraits that
 * rows alike share. So a row is one object of 9 fields, 96 bytes: it was a row and an indicator
 * object of 21 fields between them, 216 bytes, then one of 14, 136 bytes; at 100k rows that is 12 MB
 * less for the garbage collector to copy into fresh memory.
 *
 * As JSON (the CLI's --json document) it is a plain row: its indicator an object of its own, and its
 * own `targets` and `actuals` arrays, not the list of values it shares with thousands of other rows.
 */
export class ReadRow implements IndicatorRow {
  constructor(
    private readonly traits: RowTraits,
    readonly row: number,
    readonly raw: string,
    readonly code: IndicatorCode | undefined,
    readonly title: string | undefined,
    readonly baseline: ParsedValue,
    readonly years: YearValues,
    readonly at: number,
    readonly partners: IndicatorRow["partners"]
  ) {}

  get priority(): IndicatorRow["priority"] {
    return this.traits.priority;
  }

  get baselinePeriod(): IndicatorRow["baselinePeriod"] {
    return this.traits.baselinePeriod;
  }

  get polarityCell(): IndicatorRow["polarityCell"] {
    return this.traits.polarityCell;
  }

  get polarity(): IndicatorRow["polarity"] {
    return this.traits.polarity;
  }

  /** Text that looked like an NI code but carried no number ("NI abc"). */
  get badCode(): string | undefined {
    return this.traits.extras.badCode;
  }

  get tolerance(): ParsedValue | undefined {
    return this.traits.extras.tolerance;
  }

  get comment(): IndicatorRow["comment"] {
    return this.traits.extras.comment;
  }

  get contributesTo(): readonly string[] {
    return this.traits.extras.contributesTo;
  }

  /** The row itself, which carries its indicator cell's fields. */
  get indicator(): IndicatorRow["indicator"] {
    return this;
  }

  /** The indicator cell's sheet. */
  get sheet(): string {
    return this.traits.table.sheet;
  }

  /** The indicator cell's column (the code column when code and title are split). */
  get col(): number {
    return this.traits.table.indicatorCol;
  }

  /** The title cell, when the title is in a column of its own. */
  get titleCell(): CellRef | undefined {
    const table = this.traits.table;
    const col = table.titleCol;
    return col === undefined ? undefined : { sheet: table.sheet, row: this.row, col };
  }

  toJSON(): RowJson {
    return {
      row: this.row,
      priority: this.priority,
      indicator: {
        sheet: this.sheet,
        row: this.row,
        col: this.col,
        raw: this.raw,
        code: this.code,
        title: this.title,
        badCode: this.badCode,
        titleCell: this.titleCell,
      },
      baseline: this.baseline,
      baselinePeriod: this.baselinePeriod,
      targets: targetValues(this),
      actuals: actualValues(this),
      partners: this.partners,
      polarityCell: this.polarityCell,
      polarity: this.polarity,
      tolerance: this.tolerance,
      comment: this.comment,
      contributesTo: this.contributesTo,
    };
  }
}

/** A row in JSON: its target and actual values as arrays of their own. */
export type RowJson = Omit<IndicatorRow, "years" | "at"> & {
  readonly targets: readonly ParsedValue[];
  readonly actuals: readonly ParsedValue[];
};

type Priority = IndicatorRow["priority"];
const NONE: readonly string[] = Object.freeze([]);
const NO_EXTRAS: RowExtras = Object.freeze({
  badCode: undefined,
  tolerance: undefined,
  comment: undefined,
  contributesTo: NONE,
});
/** The baseline of a table without a baseline column (table.missing-column says why). */
const EMPTY: ParsedValue = Object.freeze(emptyValue(""));

/** Reads one indicator row of a table; `priority` was decided by the caller (written or carried). */
export function readRow(ctx: RowContext, row: number, priority: Priority): ReadRow {
  const { sheet, columns } = ctx;
  const name = sheet.name;
  const indicatorCol = columns.indicator ?? 0;
  const indicatorRaw = normalise(cellText(sheetCell(sheet, row, indicatorCol)));
  const parsed = parseIndicator(indicatorRaw, columns.indicatorTitle !== undefined);
  let title = parsed.title;
  if (columns.indicatorTitle !== undefined) {
    const text = normalise(cellText(sheetCell(sheet, row, columns.indicatorTitle)));
    if (text !== "") title = text;
  }
  // Without a baseline column the baseline is "empty" at the indicator cell; table.missing-column says why.
  const baselineEmpty = columns.baseline === undefined;
  const baseline: ParsedValue = baselineEmpty
    ? EMPTY
    : value(ctx, row, columns.baseline ?? indicatorCol);
  const nTargets = columns.targets.length;
  const writer = ctx.years ?? new YearWriter(nTargets, columns.actuals.length, 1);
  const years = writer.list();
  const at = writer.at();
  readYears(ctx, row, columns.targets, years.list, at);
  readYears(ctx, row, columns.actuals, years.list, at + nTargets);
  writer.advance();
  resolveRelatives(baseline, years.list, at, nTargets);
  const partnersCol = columns.leadPartners ?? indicatorCol;
  const partnersRaw = columns.leadPartners === undefined ? "" : text(ctx, row, partnersCol);
  const polarityCell =
    columns.polarity === undefined ? undefined : polarityOf(ctx, row, columns.polarity);
  // The partners and polarity objects are shared by the rows with the same text (no CellRef of their
  // own: the cell is the row and the table's column for them).
  const polarity = resolvePolarity(
    polarityCell?.polarity,
    parsed.code,
    ctx.catalog,
    baseline,
    years.list,
    at,
    nTargets
  );
  let comment: IndicatorRow["comment"];
  if (columns.comments !== undefined) {
    const t = text(ctx, row, columns.comments);
    if (t !== "") comment = { cell: { sheet: name, row, col: columns.comments }, text: t };
  }
  const table = ctx.table ?? { sheet: name, indicatorCol, titleCol: columns.indicatorTitle };
  const baselinePeriod = baselinePeriodOf(ctx, row, baseline, baselineEmpty);
  const extras = extrasOf(
    parsed.badCode,
    columns.tolerance === undefined ? undefined : tolerance(ctx, row, columns.tolerance),
    comment,
    columns.contributesTo === undefined ? NONE : listOf(ctx, text(ctx, row, columns.contributesTo))
  );
  const traits: RowTraits = ctx.traits
    ? ctx.traits.of(table, priority, baselinePeriod, polarityCell, polarity, extras)
    : { table, priority, baselinePeriod, polarityCell, polarity, extras };
  return new ReadRow(
    traits,
    row,
    indicatorRaw,
    parsed.code,
    title,
    baseline,
    years,
    at,
    partnersOf(ctx, partnersRaw)
  );
}

/** The fields few rows fill: the shared NO_EXTRAS when a row fills none of them. */
function extrasOf(
  badCode: string | undefined,
  tolerance: ParsedValue | undefined,
  comment: IndicatorRow["comment"],
  contributesTo: readonly string[]
): RowExtras {
  if (
    badCode === undefined &&
    tolerance === undefined &&
    comment === undefined &&
    contributesTo.length === 0
  )
    return NO_EXTRAS;
  return { badCode, tolerance, comment, contributesTo };
}

function listOf(ctx: RowContext, text: string): readonly string[] {
  if (text === "") return NONE;
  const cache = ctx.lists;
  if (!cache) return splitList(text);
  let names = cache.get(text);
  if (names === undefined) {
    names = Object.freeze(splitList(text));
    cache.set(text, names);
  }
  return names;
}

function value(ctx: RowContext, row: number, col: number): ParsedValue {
  const raw = sheetCell(ctx.sheet, row, col);
  const format = sheetFormat(ctx.sheet, row, col);
  return ctx.values ? parseValueCached(raw, format, ctx.values) : parseValue(raw, format);
}

function text(ctx: RowContext, row: number, col: number): string {
  return normalise(cellText(sheetCell(ctx.sheet, row, col)));
}

/** Reads the row's cells under `cols` into `into` from `at`. */
function readYears(
  ctx: RowContext,
  row: number,
  cols: readonly YearColumn[],
  into: ParsedValue[],
  at: number
): void {
  for (let i = 0; i < cols.length; i++) into[at + i] = value(ctx, row, (cols[i] as YearColumn).col);
}

function baselinePeriodOf(
  ctx: RowContext,
  row: number,
  baseline: ParsedValue,
  empty: boolean
): IndicatorRow["baselinePeriod"] {
  if (!empty && baseline.kind === "number" && baseline.period) {
    // Baselines of one table mostly share a period ("2007/08"): one object per distinct period.
    const cache = ctx.periods;
    let found = cache?.get(baseline.period);
    if (!found) {
      found = Object.freeze({ text: baseline.period, from: "cell" as const });
      cache?.set(baseline.period, found);
    }
    return found;
  }
  if (ctx.columns.baselinePeriod !== undefined) {
    const t = text(ctx, row, ctx.columns.baselinePeriod);
    if (t !== "") {
      // A period column repeats a few texts: one shared object per text, as for periods in cells.
      const cache = ctx.columnPeriods;
      let found = cache?.get(t);
      if (!found) {
        found = Object.freeze({ text: t, from: "column" as const });
        cache?.set(t, found);
      }
      return found;
    }
  }
  if (ctx.headerPeriod) return ctx.headerPeriod;
  return ctx.baselineHeaderPeriod ? { text: ctx.baselineHeaderPeriod, from: "header" } : undefined;
}

function polarityOf(ctx: RowContext, row: number, col: number): IndicatorRow["polarityCell"] {
  const raw = text(ctx, row, col);
  if (raw === "") return undefined;
  // A column repeats "High" and "Low": one shared object per text.
  let found = ctx.polarities?.get(raw);
  if (!found) {
    found = Object.freeze({ raw, polarity: parsePolarity(raw) });
    ctx.polarities?.set(raw, found);
  }
  return found;
}

/** The lead partners of a row: one shared object per distinct cell text (a table repeats a few). */
function partnersOf(ctx: RowContext, raw: string): IndicatorRow["partners"] {
  let found = ctx.partners?.get(raw);
  if (!found) {
    found = Object.freeze({ raw, names: listOf(ctx, raw) });
    ctx.partners?.set(raw, found);
  }
  return found;
}

/** Tolerance in percent: "10%", 0.1 with a % format, or a plain 10 (read as percent, as headed). */
function tolerance(ctx: RowContext, row: number, col: number): ParsedValue {
  const v = value(ctx, row, col);
  return v.kind === "number" && v.unit === "number" ? { ...v, unit: "percent" } : v;
}
