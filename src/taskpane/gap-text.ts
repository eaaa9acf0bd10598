import { MatrixPair, pairState } from "../engine";

export { pairState } from "../engine";
export type { PairState } from "../engine";

function listed(items: readonly string[], one: string, many: string): string {
  if (items.length === 0) return "";
  const shown = items.slice(0, 4).join(", ") + (items.length > 4 ? ", …" : "");
  return `${items.length} shared ${items.length === 1 ? one : many} (${shown})`;
}

/** The sentence a heat-map cell says about itself (tooltip and screen reader label). */
export function explainPair(pair: MatrixPair, fromName: string, toName: string): string {
  const head = `${fromName} supporting ${toName}`;
  const backing = [
    listed(pair.sharedIndicators, "indicator", "indicators"),
    listed(pair.sharedPartners, "lead partner", "lead partners"),
  ]
    .filter(Boolean)
    .join(" and ");
  switch (pairState(pair)) {
    case "evidenced":
      return `${head}: claimed in the matrix and backed by ${backing}.`;
    case "gap":
      return `${head}: claimed in the matrix, but no indicator or lead partner is shared. Gap: add a shared indicator or partner, or remove the claim.`;
    case "shared":
      return `${head}: not claimed in the matrix, though they have ${backing}.`;
    default:
      return `${head}: not claimed, and nothing is shared.`;
  }
}
