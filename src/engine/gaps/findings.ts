import { toA1 } from "../model/address";
import { CellRef } from "../model/cell";
import { Ambition, GapView } from "../model/gaps";
import { ResolvedAmbitions, UnmatchedLabel } from "./ambitions";
import { Membership } from "./membership";
import { PartnerNames, indicatorLabel } from "./partners";
import { GapCode, GapDraft } from "./rules";

/** Everything the gap checks look at. */
export interface GapInputs {
  readonly view: GapView;
  readonly resolved: ResolvedAmbitions;
  readonly membership: Membership;
  readonly partners: PartnerNames;
  /** False when the workbook has no LAA table: table.not-found already says so, so no table gaps. */
  readonly hasTables: boolean;
}

/** All gap findings, before severities are applied. */
export function gapDrafts(inputs: GapInputs): GapDraft[] {
  const out: GapDraft[] = [];
  for (const u of [...inputs.resolved.unmatched, ...inputs.membership.unmatched])
    out.push(unmatched(u, inputs.view));
  if (!inputs.hasTables) return out;
  const { view, membership, partners } = inputs;
  view.ambitions.forEach((a, i) => {
    const own = membership.evidence[i]?.own ?? [];
    const where = a.matrixRowCell ?? a.matrixColumnCell;
    if (a.indicators.length === 0 && where) {
      out.push(
        draft(
          "gap.ambition-uncovered",
          where,
          `The ambition ${q(a.name)} has no indicator in the LAA table.`,
          [a],
          [],
          []
        )
      );
    }
    if (own.length === 0 || !a.tableCell) return;
    const ownIndicators = own.map((r) => indicatorLabel(r.row));
    const ownKeys = own.map((r) => partners.rowKeys(r.row));
    const ownPartners = new Set(ownKeys.flat());
    const led = ownKeys.filter((keys) => keys.length > 0).length;
    if (ownPartners.size === 0) {
      const msg = `No indicator under ${q(a.name)} names a lead partner (${list(ownIndicators)}).`;
      out.push(draft("gap.priority-unowned", a.tableCell, msg, [a], ownIndicators, []));
    } else if (ownPartners.size === 1 && led >= 2) {
      const names = [...ownPartners].map((k) => partners.name(k));
      const msg = `Every indicator under ${q(a.name)} (${list(ownIndicators)}) is led by one organisation: ${list(names)}.`;
      out.push(draft("gap.silo", a.tableCell, msg, [a], ownIndicators, names));
    }
  });
  for (const { table, row } of membership.orphans) {
    const col = table.columns.priority;
    const cell = col === undefined ? row.indicator.cell : { sheet: table.sheet, row: row.row, col };
    const label = indicatorLabel(row);
    const names = partners.rowKeys(row).map((k) => partners.name(k));
    const msg = `Indicator ${q(label)} has no priority, so it is not linked to any ambition.`;
    out.push({ ...draft("gap.indicator-orphan", cell, msg, [], [label], names), indicator: label });
  }
  const byKey = new Map(view.ambitions.map((a) => [a.key, a]));
  for (const p of view.pairs) {
    const from = byKey.get(p.from);
    const to = byKey.get(p.to);
    if (!p.gap || !p.cell || !from || !to) continue;
    const msg =
      `The matrix says ${q(from.name)} supports ${q(to.name)}, but no indicator is shared by both and ` +
      `no partner leads indicators under both (${led(from)}; ${led(to)}).`;
    const indicators = [...new Set([...from.indicators, ...to.indicators])];
    const names = [...new Set([...from.partners, ...to.partners])];
    out.push(draft("gap.unsupported-claim", p.cell, msg, [from, to], indicators, names));
  }
  return out;
}

function unmatched(u: UnmatchedLabel, view: GapView): GapDraft {
  const where = view.matrix
    ? `the cross-cutting matrix (${view.matrix.sheet}!${view.matrix.range})`
    : "the table";
  // What the label could have matched: the matrix's ambitions, or any ambition for Contributes to.
  const known = view.ambitions
    .filter((a) => u.source === "contributes-to" || !view.matrix || a.matrixColumnCell)
    .map((a) => a.name);
  const msg =
    u.reason === "duplicate"
      ? `The label ${q(u.text)} names an ambition that another label of the matrix already names.`
      : u.source === "contributes-to"
        ? `Contributes to names ${q(u.text)}, which matches no ambition.`
        : u.source === "table"
          ? `The priority ${q(u.text)} matches no ambition of ${where}.`
          : `The matrix row label ${q(u.text)} matches no ambition named across the top of the matrix.`;
  return {
    ...draft("gap.matrix-unmatched", u.cell, msg, [], [], []),
    data: {
      label: u.text,
      source: u.source,
      reason: u.reason,
      ambitions: known,
      indicators: [],
      partners: [],
    },
  };
}

function draft(
  code: GapCode,
  cell: CellRef,
  message: string,
  ambitions: readonly Ambition[],
  indicators: readonly string[],
  partners: readonly string[]
): GapDraft {
  return {
    code,
    message,
    sheet: cell.sheet,
    cell: toA1(cell.row, cell.col),
    row: cell.row + 1,
    data: {
      ambitions: ambitions.map((a) => a.name),
      indicators: [...indicators],
      partners: [...partners],
    },
  };
}

function led(a: Ambition): string {
  return `${q(a.name)}: ${a.partners.length > 0 ? `led by ${list(a.partners)}` : "no lead partner"}`;
}

function q(text: string): string {
  return `"${text}"`;
}

/** "A, B and 3 more": messages stay readable however many names there are. */
function list(names: readonly string[]): string {
  if (names.length === 0) return "none";
  const shown = names.slice(0, 5).join(", ");
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
