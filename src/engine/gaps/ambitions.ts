import { CellRef } from "../model/cell";
import { LaaTable } from "../model/table";
import { AmbitionLabel, labelKey, matchLabel, parseLabel } from "./labels";
import { RawMatrix, inMatrix } from "./matrix";

/** An ambition while it is being resolved: every label that named it and where it sits. */
export interface AmbitionDraft {
  readonly labels: AmbitionLabel[];
  number?: number;
  /** Matrix column index (into RawMatrix.columns) and row index (into RawMatrix.rows). */
  column?: number;
  matrixRow?: number;
  /** First table priority cell naming it. */
  tableCell?: CellRef;
}

/** A label that matched no ambition (or one already taken): reported, never guessed. */
export interface UnmatchedLabel {
  readonly text: string;
  readonly cell: CellRef;
  readonly source: "matrix-row" | "matrix-column" | "table" | "contributes-to";
  readonly reason: "no-match" | "duplicate";
}

/** Ambitions in matrix order then table order, and the labels that matched none. */
export interface ResolvedAmbitions {
  readonly ambitions: readonly AmbitionDraft[];
  readonly unmatched: readonly UnmatchedLabel[];
  /** Ambition index by priority text as written (for reading rows in one pass). */
  readonly byPriority: ReadonlyMap<string, number>;
  readonly matrix?: RawMatrix;
}

interface Pending {
  readonly label: AmbitionLabel;
  readonly cell: CellRef;
  readonly source: "matrix-row" | "table";
  readonly matrixRow?: number;
}

/** Works out the ambitions from the matrix labels and the tables' priorities. */
export function resolveAmbitions(
  matrix: RawMatrix | undefined,
  tables: readonly LaaTable[]
): ResolvedAmbitions {
  const ambitions: AmbitionDraft[] = [];
  const unmatched: UnmatchedLabel[] = [];
  matrix?.columns.forEach((col, column) => {
    const label = parseLabel(col.text);
    // Column headers are the canonical names: only the same words or number make a duplicate.
    const key = labelKey(label);
    const same = (a: AmbitionDraft) =>
      a.labels.some((l) => labelKey(l) === key) ||
      (label.number !== undefined && a.number === label.number);
    if (ambitions.some(same)) {
      unmatched.push({
        text: col.text,
        cell: col.cell,
        source: "matrix-column",
        reason: "duplicate",
      });
    } else {
      ambitions.push(withNumber({ labels: [label], column }, label));
    }
  });
  const fromMatrix = ambitions.length;
  let pending: Pending[] = [
    ...(matrix?.rows ?? []).map((r, i) => ({
      label: parseLabel(r.text),
      cell: r.cell,
      source: "matrix-row" as const,
      matrixRow: i,
    })),
    ...distinctPriorities(tables, matrix),
  ];
  const byPriority = new Map<string, number>();
  // Two passes: a number learned from one label ("1 Resilient communities" in the table) lets another
  // label with only that number in common ("1 Building social capital") match on the second pass.
  for (let pass = 0; pass < 2 && matrix; pass++) {
    const left: Pending[] = [];
    for (const p of pending) {
      const i = matchLabel(p.label, ambitions);
      const a = ambitions[i];
      if (!a) left.push(p);
      else if (p.source === "matrix-row" && a.matrixRow !== undefined) {
        unmatched.push({ text: p.label.raw, cell: p.cell, source: p.source, reason: "duplicate" });
      } else attach(a, p, i, byPriority);
    }
    for (const a of ambitions) learnNumber(a, ambitions);
    pending = left;
  }
  for (const p of pending) {
    if (p.source === "matrix-row" || matrix) {
      unmatched.push({ text: p.label.raw, cell: p.cell, source: p.source, reason: "no-match" });
    }
    if (p.source === "matrix-row") continue;
    // A table priority the matrix does not know is still an ambition of the table.
    let i = matchLabel(p.label, ambitions.slice(fromMatrix));
    if (i >= 0) i += fromMatrix;
    else i = ambitions.push(withNumber({ labels: [] }, p.label)) - 1;
    const a = ambitions[i];
    if (a) attach(a, p, i, byPriority);
  }
  return { ambitions, unmatched, byPriority, ...(matrix ? { matrix } : {}) };
}

function withNumber(draft: AmbitionDraft, label: AmbitionLabel): AmbitionDraft {
  if (label.number !== undefined) draft.number = label.number;
  return draft;
}

function attach(a: AmbitionDraft, p: Pending, i: number, byPriority: Map<string, number>): void {
  a.labels.push(p.label);
  if (p.source === "matrix-row") a.matrixRow = p.matrixRow;
  else {
    a.tableCell ??= p.cell;
    byPriority.set(p.label.raw, i);
  }
}

/** Takes a number from the ambition's labels when it has none and no other ambition uses it. */
function learnNumber(a: AmbitionDraft, all: readonly AmbitionDraft[]): void {
  if (a.number !== undefined) return;
  const n = a.labels.find((l) => l.number !== undefined)?.number;
  if (n !== undefined && !all.some((o) => o.number === n)) a.number = n;
}

/** Each distinct priority text once, at its first cell, in table order. */
function distinctPriorities(tables: readonly LaaTable[], matrix: RawMatrix | undefined): Pending[] {
  const seen = new Set<string>();
  const out: Pending[] = [];
  for (const t of tables) {
    let last: string | undefined;
    for (const row of t.rows) {
      const p = row.priority;
      // Carried priorities repeat the same string row after row: skip them cheaply.
      if (!p || p.text === last || inMatrix(matrix, t.sheet, row.row)) continue;
      last = p.text;
      const raw = p.text.trim();
      if (raw === "" || seen.has(raw)) continue;
      seen.add(raw);
      out.push({ label: parseLabel(raw), cell: p.cell, source: "table" });
    }
  }
  return out;
}

/** The key and display name of a resolved ambition: the shortest clean label seen. */
export function ambitionName(a: AmbitionDraft): { key: string; name: string } {
  const first = a.labels[0];
  let name = first?.clean ?? "";
  for (const l of a.labels)
    if (l.clean !== "" && (name === "" || l.clean.length < name.length)) name = l.clean;
  return { key: first ? labelKey(first) : name.toLowerCase(), name };
}
