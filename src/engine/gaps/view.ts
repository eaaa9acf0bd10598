import { rangeToA1 } from "../model/address";
import { CellRef } from "../model/cell";
import { Ambition, GapView, MatrixPair } from "../model/gaps";
import { ResolvedAmbitions, ambitionName } from "./ambitions";
import { RawMatrix } from "./matrix";
import { Membership } from "./membership";
import { PartnerNames } from "./partners";

/** Builds the view model: ambitions in matrix then table order, and every ordered pair. */
export function buildView(
  matrix: RawMatrix | undefined,
  resolved: ResolvedAmbitions,
  membership: Membership,
  partners: PartnerNames
): GapView {
  const keys = new Set<string>();
  const ambitions: Ambition[] = resolved.ambitions.map((a, i) => {
    const { key, name } = ambitionName(a);
    const e = membership.evidence[i];
    let unique = key;
    for (let n = 2; keys.has(unique); n++) unique = `${key} (${n})`;
    keys.add(unique);
    const column = a.column === undefined ? undefined : matrix?.columns[a.column];
    const row = a.matrixRow === undefined ? undefined : matrix?.rows[a.matrixRow];
    return {
      key: unique,
      name,
      ...(a.number === undefined ? {} : { number: a.number }),
      ...(a.tableCell ? { tableCell: a.tableCell } : {}),
      ...(column ? { matrixColumnCell: column.cell } : {}),
      ...(row ? { matrixRowCell: row.cell } : {}),
      indicators: [...(e?.indicators ?? [])],
      partners: [...(e?.partners ?? [])].map((k) => partners.name(k)),
    };
  });
  const pairs: MatrixPair[] = [];
  resolved.ambitions.forEach((from, i) => {
    resolved.ambitions.forEach((to, j) => {
      if (i === j) return;
      const cell = pairCell(matrix, from.matrixRow, to.column);
      const claimed =
        from.matrixRow !== undefined &&
        to.column !== undefined &&
        matrix?.rows[from.matrixRow]?.marked[to.column] === true;
      const sharedIndicators = intersect(
        membership.evidence[i]?.indicators,
        membership.evidence[j]?.indicators
      );
      const sharedPartners = intersect(
        membership.evidence[i]?.partners,
        membership.evidence[j]?.partners
      ).map((k) => partners.name(k));
      const evidenced = sharedIndicators.length > 0 || sharedPartners.length > 0;
      pairs.push({
        from: ambitions[i]?.key ?? "",
        to: ambitions[j]?.key ?? "",
        claimed,
        ...(cell ? { cell } : {}),
        sharedIndicators,
        sharedPartners,
        evidenced,
        gap: claimed && !evidenced,
      });
    });
  });
  return {
    ambitions,
    pairs,
    ...(matrix ? { matrix: { sheet: matrix.sheet, range: rangeToA1(matrix.range) } } : {}),
  };
}

function pairCell(
  matrix: RawMatrix | undefined,
  row: number | undefined,
  column: number | undefined
): CellRef | undefined {
  if (!matrix || row === undefined || column === undefined) return undefined;
  const r = matrix.rows[row];
  const c = matrix.columns[column];
  return r && c ? { sheet: matrix.sheet, row: r.cell.row, col: c.cell.col } : undefined;
}

function intersect(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined
): string[] {
  if (!a || !b) return [];
  const out: string[] = [];
  for (const x of a) if (b.has(x)) out.push(x);
  return out;
}
