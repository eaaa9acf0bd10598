import { CellRef } from "../model/cell";
import { IndicatorRow, LaaTable, isRemoved } from "../model/table";
import { AmbitionDraft, ResolvedAmbitions, UnmatchedLabel } from "./ambitions";
import { matchLabel, parseLabel } from "./labels";
import { inMatrix } from "./matrix";
import { PartnerNames, indicatorLabel } from "./partners";

/** A table row with where it lives. */
export interface RowRef {
  readonly table: LaaTable;
  readonly row: IndicatorRow;
}

/** What the table says about one ambition. */
export interface AmbitionEvidence {
  /** Rows whose priority is this ambition. */
  readonly own: RowRef[];
  /** Indicator labels under it (priority or Contributes to), in table order (a Set keeps it linear). */
  readonly indicators: Set<string>;
  /** Partner keys of those indicators. */
  readonly partners: Set<string>;
}

/** Rows sorted onto ambitions in one pass, plus the rows with no priority. */
export interface Membership {
  readonly evidence: readonly AmbitionEvidence[];
  readonly orphans: readonly RowRef[];
  /** Contributes to entries that name no known ambition. */
  readonly unmatched: readonly UnmatchedLabel[];
}

/** Puts every indicator row under its ambition(s). */
export function sortRows(
  tables: readonly LaaTable[],
  resolved: ResolvedAmbitions,
  partners: PartnerNames
): Membership {
  const { ambitions, byPriority } = resolved;
  const evidence: AmbitionEvidence[] = ambitions.map(() => ({
    own: [],
    indicators: new Set(),
    partners: new Set(),
  }));
  const orphans: RowRef[] = [];
  const unmatched: UnmatchedLabel[] = [];
  // Contributes to text is matched once per distinct spelling, not once per row.
  const contributes = new Map<string, number>();
  for (const table of tables) {
    let lastText: string | undefined;
    let lastOwn: number | undefined;
    for (const row of table.rows) {
      if (inMatrix(resolved.matrix, table.sheet, row.row) || isRemoved(row)) continue;
      const label = indicatorLabel(row);
      const keys = partners.rowKeys(row);
      const text = row.priority?.text;
      if (text !== lastText) {
        lastText = text;
        lastOwn = text === undefined ? undefined : byPriority.get(text.trim());
      }
      const own = lastOwn;
      if (own === undefined) orphans.push({ table, row });
      else {
        evidence[own]?.own.push({ table, row });
        add(evidence[own], label, keys);
      }
      for (const text of row.contributesTo) {
        const i = contributesIndex(text, ambitions, contributes);
        if (i >= 0) add(evidence[i], label, keys);
        else unmatched.push(contributesUnmatched(text, table, row));
      }
    }
  }
  return { evidence, orphans, unmatched };
}

function add(e: AmbitionEvidence | undefined, label: string, keys: readonly string[]): void {
  if (!e) return;
  e.indicators.add(label);
  for (const k of keys) e.partners.add(k);
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
  const col = table.columns.contributesTo ?? row.indicator.cell.col;
  const cell: CellRef = { sheet: table.sheet, row: row.row, col };
  return { text: text.trim(), cell, source: "contributes-to", reason: "no-match" };
}
