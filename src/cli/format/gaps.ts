/** Human output of `gaps`: the cross-cutting matrix as a compact terminal table, with a legend. */
import {
  Finding,
  countOf,
  GapView,
  MATRIX_LEGEND,
  MATRIX_TERMS,
  PairState,
  pairState,
} from "../../engine";
import { PLAIN, Paint, paint } from "../terminal";
import { TextLook, findingLines, findingLocation, shown } from "./findings";
import { oneLine, para, table } from "./text";

export const GAPS_LEGEND = `Legend: ${MATRIX_LEGEND}. Rows support columns; the evidence is an indicator or lead partner the two ambitions share.`;

const MARK_PAINT: Partial<Record<PairState, Paint>> = {
  evidenced: "green",
  gap: "red",
  shared: "cyan",
  none: "dim",
};

/** The gap.* findings the look shows. */
function gapFindingsOf(findings: readonly Finding[], look: TextLook): readonly Finding[] {
  return shown(
    findings.filter((f) => f.code.startsWith("gap.")),
    look
  );
}

export function formatGaps(
  file: string,
  view: GapView,
  findings: readonly Finding[],
  look: TextLook = {}
): string[] {
  const t = look.terminal ?? PLAIN;
  const lines = [paint(t, "bold", file)];
  const n = view.ambitions.length;
  lines.push(
    view.matrix
      ? `  Cross-cutting matrix on ${view.matrix.sheet}!${view.matrix.range}`
      : "  No cross-cutting matrix found: ambitions come from the table's priorities."
  );
  if (n === 0) {
    lines.push(
      "  No ambitions found: give the table a Priority column or add a cross-cutting matrix."
    );
  } else {
    const byPair = new Map(view.pairs.map((p) => [`${p.from}\u0000${p.to}`, p]));
    const header = ["", ...view.ambitions.map((_a, i) => String(i + 1))];
    // Each pair's state; undefined on the diagonal and where the view holds no pair (left unpainted).
    const states = view.ambitions.map((from, i) =>
      view.ambitions.map((to, j) => {
        const p = i === j ? undefined : byPair.get(`${from.key}\u0000${to.key}`);
        return p && pairState(p);
      })
    );
    // The marks are the task pane's (MATRIX_TERMS).
    const rows = states.map((row, i) => [
      String(i + 1),
      ...row.map((s, j) => MATRIX_TERMS[i === j ? "self" : (s ?? "none")].mark),
    ]);
    // Pad marks to the width of the largest ambition number so the columns line up under their numbers.
    const w = String(n).length;
    const pad = (r: string[]): string[] => r.map((c) => c.padStart(w));
    lines.push(
      ...table([header, ...rows].map(pad), "    ", t, {
        paint: (r, c) => {
          const s = r > 0 && c > 0 ? states[r - 1]?.[c - 1] : undefined;
          return s ? MARK_PAINT[s] : undefined;
        },
      }),
      "",
      ...para(GAPS_LEGEND, "  ", t),
      ""
    );
    const names = view.ambitions.map((a, i) => [
      `${i + 1}`,
      a.name,
      `${countOf(a.indicators.length, "indicator")}, ${countOf(a.partners.length, "lead partner")}`,
    ]);
    lines.push("  Ambitions:", ...table(names, "    ", t, { clip: { 1: 40 } }));
  }
  const gapFindings = gapFindingsOf(findings, look);
  lines.push(
    "",
    gapFindings.length === 0
      ? `  No cross-cutting gaps found${look.quiet ? " that are errors" : ""}.`
      : `  ${countOf(gapFindings.length, "gap finding")}:`
  );
  if (t.width === undefined) {
    lines.push(
      ...table(
        gapFindings.map((f) => [findingLocation(f), f.severity, f.code, oneLine(f.message, 200)]),
        "    "
      )
    );
  } else {
    lines.push(...findingLines(gapFindings, { ...look, verbose: false }));
  }
  return lines;
}

/** `--format compact` for gaps: the gap findings, one line each. */
export function formatGapsCompact(
  file: string,
  findings: readonly Finding[],
  look: TextLook = {}
): string[] {
  return gapFindingsOf(findings, look).map(
    (f) => `${file}: ${findingLocation(f)}: ${f.severity} ${f.code}: ${oneLine(f.message, 400)}`
  );
}
