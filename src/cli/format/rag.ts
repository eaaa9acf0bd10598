/** Where each rating was written, and the human output of `rag`. */
import {
  DIRECTION_ARROW,
  FORECAST_WORD,
  Forecast,
  quoteSheet,
  RagResult,
  Report,
  statusPhrase,
  toA1,
  WritePlan,
  yearLabel,
} from "../../engine";
import { alignColumns, plural } from "./text";

/** A rating and the cell its word was written to (none for not-due or when nothing was written). */
export interface RagCell {
  readonly result: RagResult;
  readonly cell?: string;
}

/**
 * Finds each rating's cell in the plan: the block headed "RAG <year>" on the table's last header row,
 * at the indicator's sheet row. Read from the plan, not recomputed, so the output says where the words
 * really went.
 */
export function locateRagCells(report: Report, plan: WritePlan | undefined): RagCell[] {
  const headerRow = new Map(
    report.tables.map((t) => [t.id, t.headerRows[t.headerRows.length - 1] ?? t.range.top])
  );
  return report.rag.map((result) => {
    if (!plan || result.status === "not-due") return { result };
    const edit = plan.edits.find((e) => e.sheet === result.sheet);
    const header = `RAG ${yearLabel(result.year)}`;
    const top = headerRow.get(result.tableId);
    const block = edit?.blocks.find(
      (b) =>
        b.top === top &&
        b.values[0]?.[0] === header &&
        result.row > b.top &&
        result.row < b.top + b.values.length
    );
    return block ? { result, cell: toA1(result.row, block.left) } : { result };
  });
}

function statusText(r: RagResult): string {
  if (r.status === "not-due") return "not due";
  const word = statusPhrase(r.status, r.period);
  return r.direction ? `${word} ${DIRECTION_ARROW[r.direction]}` : word;
}

/**
 * One line per indicator with its status for every rated year and its final-year forecast, then
 * counts per year, the forecasts' counts and the reward estimate.
 */
export function formatRag(file: string, cells: readonly RagCell[], report?: Report): string[] {
  const forecasts = new Map(
    (report?.forecasts ?? []).map((f) => [`${f.tableId}\u0000${f.row}`, f] as const)
  );
  const final = report?.forecasts[0]?.year;
  const years = [...new Set(cells.map((c) => c.result.year))].sort((a, b) => a - b);
  const rows = new Map<string, RagCell[]>();
  for (const c of cells) {
    const key = `${c.result.tableId}\u0000${c.result.row}`;
    rows.set(key, [...(rows.get(key) ?? []), c]);
  }
  const forecastHead = final === undefined ? [] : [`Likely to achieve ${yearLabel(final)}?`];
  const table: string[][] = [["Where", "Indicator", ...years.map(yearLabel), ...forecastHead]];
  for (const list of rows.values()) {
    const first = list[0]?.result;
    if (!first) continue;
    const where = `${quoteSheet(first.sheet)} row ${first.row + 1}`;
    const byYear = years.map((y) => {
      const c = list.find((x) => x.result.year === y);
      return c ? statusText(c.result) : "";
    });
    const f = forecasts.get(`${first.tableId}\u0000${first.row}`);
    const forecast = final === undefined ? [] : [f ? FORECAST_WORD[f.status] : ""];
    table.push([where, first.indicator, ...byYear, ...forecast]);
  }
  // No ratings (a table without indicator rows): no table of headers alone.
  const lines = cells.length === 0 ? [file] : [file, ...alignColumns(table, "  ")];
  for (const y of years) {
    const of = cells.filter((c) => c.result.year === y).map((c) => c.result.status);
    const n = (s: string): number => of.filter((x) => x === s).length;
    lines.push(
      `  ${yearLabel(y)}: ${n("green")} Green, ${n("amber")} Amber, ${n("red")} Red, ${n("no-data")} No data, ${n("awaiting-data")} Awaiting data, ${n("not-collected")} Not collected, ${n("not-due")} not due (${plural(of.length, "indicator")})`
    );
  }
  if (report && final !== undefined) lines.push(`  ${forecastCounts(report.forecasts, final)}`);
  if (report) lines.push(`  ${rewardLine(report)}`);
  return lines;
}

function forecastCounts(forecasts: readonly Forecast[], final: number): string {
  const n = (s: string): number => forecasts.filter((f) => f.status === s).length;
  return `Likely to achieve ${yearLabel(final)}: ${n("on-track")} on track, ${n("at-risk")} at risk, ${n("off-track")} off track, ${n("unknown")} unknown (${plural(forecasts.length, "indicator")} with a target)`;
}

/** "Reward (estimate): 33 designated targets, 21 past the 60% trigger; £1,234,567 of £2,500,000." */
function rewardLine(report: Report): string {
  const r = report.reward;
  const past = r.targets.filter((t) => (t.share ?? 0) > 0).length;
  const head = `Reward (estimate): ${plural(r.targets.length, "designated target")}, ${past} past the ${r.thresholdPercent}% trigger`;
  if (r.pot === undefined) return `${head}; no pot set (--reward-pot).`;
  return `${head}; ${pounds(r.total ?? 0)} of ${pounds(r.pot)}.`;
}

function pounds(n: number): string {
  return `£${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}
