import { RagStatus } from "../model/rag";

/**
 * "Wrote 24 statuses in 2 columns on LAA (12 Green, 5 Amber, 3 Red, 2 No data, 2 Not collected)":
 * awaiting data, not collected and not yet due only when there are some.
 */
export function summarise(
  counts: Readonly<Record<RagStatus, number>>,
  columns: number,
  sheets: readonly string[]
): string {
  const written =
    counts.green +
    counts.amber +
    counts.red +
    counts["no-data"] +
    counts["awaiting-data"] +
    counts["not-collected"];
  const parts = [
    `${counts.green} Green`,
    `${counts.amber} Amber`,
    `${counts.red} Red`,
    `${counts["no-data"]} No data`,
  ];
  if (counts["awaiting-data"] > 0) parts.push(`${counts["awaiting-data"]} Awaiting data`);
  if (counts["not-collected"] > 0) parts.push(`${counts["not-collected"]} Not collected`);
  if (counts["not-due"] > 0) parts.push(`${counts["not-due"]} not yet due`);
  const statuses = `${written} ${written === 1 ? "status" : "statuses"}`;
  const cols = `${columns} ${columns === 1 ? "column" : "columns"}`;
  return `Wrote ${statuses} in ${cols} on ${list(sheets)} (${parts.join(", ")})`;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
