/** Human output of `gaps`: the cross-cutting matrix as a compact terminal table, with a legend. */
import { Finding, GapView, MatrixPair } from "../../engine";
import { findingLocation } from "./findings";
import { alignColumns, oneLine, plural } from "./text";

/** ✓ claimed and evidenced, ! claimed without evidence (a gap), · evidenced but not claimed. */
export function pairMark(p: MatrixPair | undefined): string {
  if (!p) return "";
  if (p.claimed) return p.evidenced ? "✓" : "!";
  return p.evidenced ? "·" : "";
}

export const GAPS_LEGEND =
  "Legend: ✓ the matrix claims support and the table backs it (a shared indicator or lead partner); " +
  "! claimed but not backed (a gap); · backed but not claimed; blank: neither. Rows support columns.";

export function formatGaps(file: string, view: GapView, findings: readonly Finding[]): string[] {
  const lines = [file];
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
    const rows = view.ambitions.map((from, i) => [
      String(i + 1),
      ...view.ambitions.map((to, j) =>
        i === j ? "-" : pairMark(byPair.get(`${from.key}\u0000${to.key}`))
      ),
    ]);
    // Pad marks to the width of the largest ambition number so the columns line up under their numbers.
    const w = String(n).length;
    const pad = (r: string[]): string[] => r.map((c) => c.padStart(w));
    lines.push(...alignColumns([header, ...rows].map(pad), "    "), "", `  ${GAPS_LEGEND}`, "");
    const names = view.ambitions.map((a, i) => [
      `${i + 1}`,
      a.name,
      `${plural(a.indicators.length, "indicator")}, ${plural(a.partners.length, "lead partner")}`,
    ]);
    lines.push("  Ambitions:", ...alignColumns(names, "    "));
  }
  const gapFindings = findings.filter((f) => f.code.startsWith("gap."));
  lines.push(
    "",
    gapFindings.length === 0
      ? "  No cross-cutting gaps found."
      : `  ${plural(gapFindings.length, "gap finding")}:`
  );
  lines.push(
    ...alignColumns(
      gapFindings.map((f) => [findingLocation(f), f.severity, f.code, oneLine(f.message, 200)]),
      "    "
    )
  );
  return lines;
}
