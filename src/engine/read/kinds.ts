import { IndicatorRow, LaaTable, ParsedValue } from "../model/table";

/**
 * Bit flags of value kinds. PROVISIONAL and UNDATED are numbers marked provisional, and numbers
 * written without a period. Rules use them to skip passes for kinds a table does not hold.
 */
export const KIND = {
  empty: 1,
  number: 2,
  placeholder: 4,
  deferred: 8,
  relative: 16,
  error: 32,
  text: 64,
  provisional: 128,
  undated: 256,
} as const;

/** The kinds in each value field of a table: [baseline, targets, actuals]. */
export type FieldKinds = readonly [number, number, number];

// A switch, not KIND[v.kind]: a keyed lookup by a string is slow at a million cells.
export function kindBits(v: ParsedValue): number {
  switch (v.kind) {
    case "number":
      return KIND.number | (v.provisional ? KIND.provisional : 0) | (v.period ? 0 : KIND.undated);
    case "empty":
      return KIND.empty;
    case "placeholder":
      return KIND.placeholder;
    case "deferred":
      return KIND.deferred;
    case "relative":
      return KIND.relative;
    case "error":
      return KIND.error;
    case "text":
      return KIND.text;
  }
}

/** Adds one row's value kinds to `into` (baseline, targets, actuals). */
export function addRowKinds(into: [number, number, number], row: IndicatorRow): void {
  into[0] |= kindBits(row.baseline);
  const { list, targets, actuals } = row.years;
  const at = row.at;
  for (let i = at; i < at + targets; i++) into[1] |= kindBits(list[i] as ParsedValue);
  for (let i = at + targets; i < at + targets + actuals; i++)
    into[2] |= kindBits(list[i] as ParsedValue);
}

// Kinds the reader saw while it made each table's rows (the values are then still in the CPU cache),
// so that the rules need not walk a million values again to learn them.
const recorded = new WeakMap<LaaTable, FieldKinds>();

/** Records the kinds of `table`'s rows, as found while reading them. */
export function recordKinds(table: LaaTable, kinds: FieldKinds): void {
  recorded.set(table, kinds);
}

/** The kinds recorded for `table` by the reader; undefined for tables made some other way. */
export function recordedKinds(table: LaaTable): FieldKinds | undefined {
  return recorded.get(table);
}
