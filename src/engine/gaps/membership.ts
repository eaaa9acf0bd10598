import { forEachOutline } from "../read/rows";
import { CellRef } from "../model/cell";
import { IndicatorRow, LaaTable } from "../model/table";
import { AmbitionDraft, ResolvedAmbitions, UnmatchedLabel } from "./ambitions";
import { matchLabel, parseLabel } from "./labels";
import { inMatrix } from "./matrix";
import { PartnerNames, indicatorLabel } from "./partners";

/**
 * A row with no priority, as the gap finding on it needs it: its table, its sheet row and indicator
 * column, its indicator label and partner keys (not the row, which a long table does not keep).
 */
export interface RowRef {
  readonly table: LaaTable;
  readonly row: number;
  readonly col: number;
  readonly label: string;
  readonly keys: readonly string[];
}

/**
 * The rows whose priority is one ambition, as far as the gap findings need them: how many, how many
 * name a lead partner, the first two distinct partner keys, and the rows' labels while no more than
 * one partner leads them (an ambition led by two partners is neither unowned nor a silo, whatever
 * its other rows say, so its labels are dropped).
 */
export class OwnRows {
  count = 0;
  /** Rows that name at least one lead partner. */
  led = 0;
  /** The distinct partner keys of the rows, up to the first two. */
  readonly partners: string[] = [];
  /** The rows' indicator labels in row order; undefined once two partners lead rows. */
  private lastKeys: readonly string[] | undefined;

  /**
   * Not made at the expected size: most ambitions have two partners within a few rows, and their
   * labels are dropped then.
   */
  labels: string[] | undefined = [];

  add(label: string, keys: readonly string[]): void {
    this.count++;
    if (keys.length > 0) this.led++;
    if (this.labels === undefined) return;
    this.labels.push(label);
    // Rows mostly repeat the partner list of the row before: look at it once per run.
    if (keys === this.lastKeys) return;
    this.lastKeys = keys;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (this.partners.includes(key)) continue;
      this.partners.push(key);
      if (this.partners.length > 1) {
        this.labels = undefined;
        return;
      }
    }
  }
}

/**
 * Indicator labels by ambition. Each label's first ambition sits in an open-addressing table of its
 * own (one typed array of slots: one probe, cache-friendly on a 100k-row table, where a Map of 100k
 * strings misses the cache on every lookup); only a label put under a second ambition gets a set of
 * them, so the labels shared between ambitions are known without scanning.
 */
export class LabelIndex {
  /** The labels in the order first put, and each one's first ambition: `count` of them are used. */
  private labels: string[];
  private firsts: Int32Array;
  private count = 0;
  /**
   * Two Int32 per slot, side by side: the label index + 1 (0 = free) and the hash of its label, so a
   * probe reads one cache line, not one in each of two arrays. Always more than twice as many slots
   * as labels.
   */
  private slots: Int32Array;
  readonly shared = new Map<string, Set<number>>();

  /**
   * `expected` labels (an upper bound: the rows to come) are given room at once: a 100k-row table
   * otherwise regrows the lists and rehashes the slots again and again, each time into fresh memory.
   */
  constructor(expected = 0) {
    const room = Math.max(16, expected);
    this.labels = new Array<string>(room);
    this.firsts = new Int32Array(room);
    let slots = 1024;
    while (slots < 2 * room) slots *= 2;
    this.slots = new Int32Array(2 * slots);
  }

  /** Puts `label` under ambition `i`; true when it was not there yet. */
  put(label: string, i: number): boolean {
    const h = labelHash(label);
    const slot = this.slotOf(label, h);
    const slots = this.slots;
    const at = slots[slot] as number;
    if (at === 0) {
      if (this.count === this.firsts.length) this.growLists();
      this.labels[this.count] = label;
      this.firsts[this.count] = i;
      slots[slot] = ++this.count;
      slots[slot + 1] = h;
      if (this.count * 4 > slots.length) this.grow();
      return true;
    }
    const first = this.firsts[at - 1] as number;
    if (first === i) return false;
    let all = this.shared.get(label);
    if (!all) this.shared.set(label, (all = new Set([first])));
    if (all.has(i)) return false;
    all.add(i);
    return true;
  }

  has(label: string, i: number): boolean {
    const at = this.slots[this.slotOf(label, labelHash(label))] as number;
    if (at === 0) return false;
    return this.firsts[at - 1] === i || this.shared.get(label)?.has(i) === true;
  }

  /** The array index of the slot holding `label` (hash `h`), or of the free slot where it belongs. */
  private slotOf(label: string, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = h & mask;
    for (;;) {
      const at = slots[2 * slot] as number;
      if (at === 0 || (slots[2 * slot + 1] === (h | 0) && this.labels[at - 1] === label))
        return 2 * slot;
      slot = (slot + 1) & mask;
    }
  }

  /** More labels than expected: twice the room. */
  private growLists(): void {
    const firsts = new Int32Array(this.firsts.length * 2);
    firsts.set(this.firsts);
    this.firsts = firsts;
    this.labels.length = firsts.length;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 4);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      const at = old[s] as number;
      if (at === 0) continue;
      const h = old[s + 1] as number;
      let slot = h & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = at;
      slots[2 * slot + 1] = h;
    }
    this.slots = slots;
  }
}

/**
 * FNV-1a over a label's length and its first and last 16 characters, then mixed: bounded work however long the
 * cell (labels equal there but different in the middle only share a probe run, and are told apart
 * by comparing them).
 */
export function labelHash(label: string): number {
  const n = label.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  const head = n < 16 ? n : 16;
  for (let k = 0; k < head; k++) h = Math.imul(h ^ label.charCodeAt(k), 0x01000193);
  for (let k = n - 16 > head ? n - 16 : head; k < n; k++)
    h = Math.imul(h ^ label.charCodeAt(k), 0x01000193);
  // Mixed so that the low bits (the slot) depend on every character: labels differing in one digit
  // would otherwise crowd into neighbouring slots.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One ambition's indicator labels, in table order, as a read-only set. */
export class AmbitionLabels implements Iterable<string> {
  /** The labels; made with room for `expected` of them, it is cut to size by `seal`. */
  readonly list: string[];
  private count = 0;
  constructor(
    private readonly index: LabelIndex,
    private readonly ambition: number,
    expected = 0
  ) {
    this.list = new Array<string>(expected);
  }

  get size(): number {
    return this.count;
  }

  /** Adds a label not yet under this ambition (LabelIndex.put said so). */
  add(label: string): void {
    if (this.count < this.list.length) this.list[this.count] = label;
    else this.list.push(label);
    this.count++;
  }

  /** Ends the list at the last label added. */
  seal(): void {
    if (this.list.length !== this.count) this.list.length = this.count;
  }

  has(label: string): boolean {
    return this.index.has(label, this.ambition);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.list[Symbol.iterator]();
  }
}

/** What the table says about one ambition. */
export interface AmbitionEvidence {
  /** Rows whose priority is this ambition. */
  readonly own: OwnRows;
  /** Indicator labels under it (priority or Contributes to), in table order. */
  readonly indicators: AmbitionLabels;
  /** Partner keys of those indicators. */
  readonly partners: Set<string>;
}

/** Rows sorted onto ambitions in one pass, plus the rows with no priority. */
export interface Membership {
  readonly evidence: readonly AmbitionEvidence[];
  readonly orphans: readonly RowRef[];
  /** Contributes to entries that name no known ambition. */
  readonly unmatched: readonly UnmatchedLabel[];
  /** Indicator labels found under two or more ambitions: the only candidates for shared indicators. */
  readonly shared: ReadonlySet<string>;
}

/** Puts every indicator row under its ambition(s). */
export function sortRows(
  tables: readonly LaaTable[],
  resolved: ResolvedAmbitions,
  partners: PartnerNames
): Membership {
  const sorter = rowSorter(resolved, partners, tables);
  for (const table of tables) sorter.add(table, table.rows);
  return sorter.result();
}

/**
 * sortRows fed rows at a time: `add` takes each table's rows in order (whole, or in consecutive
 * chunks), `result` gives the same membership sortRows would. `tables`, the tables whose rows will
 * come, lets the lists be made at their size once instead of growing row by row.
 */
export function rowSorter(
  resolved: ResolvedAmbitions,
  partners: PartnerNames,
  tables: readonly LaaTable[] = []
): { add(table: LaaTable, rows: readonly IndicatorRow[]): void; result(): Membership } {
  const { ambitions, byPriority } = resolved;
  const expected = ownCounts(resolved, tables);
  const index = new LabelIndex(expected.labels);
  const evidence: AmbitionEvidence[] = ambitions.map((_, i) => ({
    own: new OwnRows(),
    indicators: new AmbitionLabels(index, i, expected.own[i] ?? 0),
    partners: new Set(),
  }));
  const orphans: RowRef[] = [];
  const unmatched: UnmatchedLabel[] = [];
  // Contributes to text is matched once per distinct spelling, not once per row.
  const contributes = new Map<string, number>();
  // Rows under one ambition mostly repeat the partner list of the row before: add it once per run.
  const lastKeys: (readonly string[] | undefined)[] = [];
  const place = (i: number, label: string, keys: readonly string[]): void => {
    const e = evidence[i];
    if (!e) return;
    if (index.put(label, i)) e.indicators.add(label);
    if (lastKeys[i] === keys) return;
    lastKeys[i] = keys;
    for (let k = 0; k < keys.length; k++) e.partners.add(keys[k] as string);
  };
  let lastTable: LaaTable | undefined;
  let lastText: string | undefined;
  let lastOwn: number | undefined;
  const add = (table: LaaTable, rows: readonly IndicatorRow[]): void => {
    if (table !== lastTable) {
      lastTable = table;
      lastText = undefined;
      lastOwn = undefined;
    }
    // Index loops: an iterator, before the optimiser compiles this, allocates per row.
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as IndicatorRow;
      if (inMatrix(resolved.matrix, table.sheet, row.row)) continue;
      const label = indicatorLabel(row);
      const keys = partners.rowKeys(row);
      const text = row.priority?.text;
      if (text !== lastText) {
        lastText = text;
        lastOwn = text === undefined ? undefined : byPriority.get(text.trim());
      }
      const own = lastOwn;
      if (own === undefined)
        orphans.push({ table, row: row.row, col: row.indicator.col, label, keys });
      else {
        evidence[own]?.own.add(label, keys);
        place(own, label, keys);
      }
      for (let c = 0; c < row.contributesTo.length; c++) {
        const text = row.contributesTo[c] as string;
        const i = contributesIndex(text, ambitions, contributes);
        if (i >= 0) place(i, label, keys);
        else unmatched.push(contributesUnmatched(text, table, row));
      }
    }
  };
  const result = (): Membership => {
    // Fewer rows than expected (rows not handed over): the lists end at the last one put.
    for (const e of evidence) e.indicators.seal();
    return { evidence, orphans, unmatched, shared: new Set(index.shared.keys()) };
  };
  return { add, result };
}

/**
 * How many rows each ambition will own (rows under its priority, outside the matrix), and an upper
 * bound on the distinct labels (one per row and per Contributes to entry): one cheap pass that lets
 * the lists be made at their size.
 */
function ownCounts(
  resolved: ResolvedAmbitions,
  tables: readonly LaaTable[]
): { own: Int32Array; labels: number } {
  const own = new Int32Array(resolved.ambitions.length);
  let labels = 0;
  for (const table of tables) {
    let lastText: string | undefined;
    let lastOwn: number | undefined;
    let first = true;
    // From the reader's notes of each row (no row read).
    forEachOutline(table, (row) => {
      if (inMatrix(resolved.matrix, table.sheet, row.row)) return;
      labels += 1 + row.contributes;
      const text = row.priority?.text;
      if (text !== lastText || first) {
        first = false;
        lastText = text;
        lastOwn = text === undefined ? undefined : resolved.byPriority.get(text.trim());
      }
      if (lastOwn !== undefined) own[lastOwn] = (own[lastOwn] as number) + 1;
    });
  }
  return { own, labels };
}

function contributesIndex(
  text: string,
  ambitions: readonly AmbitionDraft[],
  cache: Map<string, number>
): number {
  const key = text.trim();
  let i = cache.get(key);
  if (i === undefined) {
    i = key === "" ? -1 : matchLabel(parseLabel(key), ambitions);
    cache.set(key, i);
  }
  return i;
}

function contributesUnmatched(text: string, table: LaaTable, row: IndicatorRow): UnmatchedLabel {
  const col = table.columns.contributesTo ?? row.indicator.col;
  const cell: CellRef = { sheet: table.sheet, row: row.row, col };
  return { text: text.trim(), cell, source: "contributes-to", reason: "no-match" };
}
