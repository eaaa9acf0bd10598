/** Where each rating was written, and the human output of `rag`. */
import {
  directionLegend,
  FORECAST_STATUSES,
  FORECAST_WORD,
  Forecast,
  quoteSheet,
  RagResult,
  RagStatus,
  countOf,
  formatNumber,
  Report,
  STATUS_ORDER,
  STATUS_TERMS,
  StatusTone,
  statusText,
  toA1,
  WritePlan,
  yearLabel,
} from "../../engine";
import { PLAIN, Paint, Terminal, paint } from "../terminal";
import { para, table } from "./text";

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

/** A status's colour on a terminal, by its tone (the word always says it too). */
export const TONE_PAINT: Readonly<Record<StatusTone, Paint>> = {
  good: "green",
  warning: "yellow",
  bad: "red",
  neutral: "dim",
};

/** Where the status of a rating stands among the words of a line ("Green ▲"). */
const toneOf = (text: string): Paint | undefined => {
  const s = STATUS_ORDER.find((x) => text.startsWith(STATUS_TERMS[x].label));
  return s ? TONE_PAINT[STATUS_TERMS[s].tone] : undefined;
};

/** "27 Green, 15 Amber, 8 Red, 0 No data, 0 Not due", every status in the one order. */
export function statusCounts(statuses: readonly RagStatus[], t: Terminal = PLAIN): string {
  const n = new Map<RagStatus, number>();
  for (const s of statuses) n.set(s, (n.get(s) ?? 0) + 1);
  return STATUS_ORDER.map((s) => {
    const text = `${formatNumber(n.get(s) ?? 0)} ${STATUS_TERMS[s].label}`;
    return (n.get(s) ?? 0) > 0 ? paint(t, TONE_PAINT[STATUS_TERMS[s].tone], text) : text;
  }).join(", ");
}

/**
 * One line per indicator with its status for every rated year and its final-year forecast, then
 * counts per year, the forecasts' counts and the reward estimate.
 */
export function formatRag(
  file: string,
  cells: readonly RagCell[],
  report?: Report,
  t: Terminal = PLAIN
): string[] {
  const forecasts = new Map(
    (report?.forecasts ?? []).map((f) => [`${f.tableId}\u0000${f.row}`, f] as const)
  );
  const final = report?.forecasts[0]?.year;
  const years = [...new Set(cells.map((c) => c.result.year))].sort((a, b) => a - b);
  const byRow = new Map<string, RagCell[]>();
  for (const c of cells) {
    const key = `${c.result.tableId}\u0000${c.result.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), c]);
  }
  const forecastHead = final === undefined ? [] : [`Likely to achieve ${yearLabel(final)}?`];
  const rows: string[][] = [["Where", "Indicator", ...years.map(yearLabel), ...forecastHead]];
  for (const list of byRow.values()) {
    const first = list[0]?.result;
    if (!first) continue;
    const where = `${quoteSheet(first.sheet)} row ${first.row + 1}`;
    const byYear = years.map((y) => {
      const c = list.find((x) => x.result.year === y);
      return c ? statusText(c.result.status, c.result.direction, c.result.period) : "";
    });
    const f = forecasts.get(`${first.tableId}\u0000${first.row}`);
    const forecast = final === undefined ? [] : [f ? FORECAST_WORD[f.status] : ""];
    rows.push([where, first.indicator, ...byYear, ...forecast]);
  }
  // No ratings (a table without indicator rows): no table of headers alone.
  const lines =
    cells.length === 0
      ? [paint(t, "bold", file)]
      : [
          paint(t, "bold", file),
          ...table(rows, "  ", t, {
            clip: { 1: 30 },
            paint: (r, c, text) => (r > 0 && c > 1 ? toneOf(text) : r === 0 ? "bold" : undefined),
          }),
        ];
  for (const y of years) {
    const of = cells.filter((c) => c.result.year === y).map((c) => c.result.status);
    lines.push(
      ...para(
        `${yearLabel(y)}: ${statusCounts(of, t)} (${countOf(of.length, "indicator")})`,
        "  ",
        t
      )
    );
  }
  const rated = (inYear: boolean): boolean =>
    cells.some((c) => c.result.direction && (c.result.period !== "year") === inYear);
  if (rated(false) || rated(true))
    lines.push(...para(directionLegend({ years: rated(false), periods: rated(true) }), "  ", t));
  if (report && final !== undefined)
    lines.push(...para(forecastCounts(report.forecasts, final), "  ", t));
  if (report) lines.push(...para(rewardLine(report), "  ", t));
  return lines;
}

function forecastCounts(forecasts: readonly Forecast[], final: number): string {
  const counts = FORECAST_STATUSES.map(
    (s) => `${forecasts.filter((f) => f.status === s).length} ${FORECAST_WORD[s].toLowerCase()}`
  );
  return `Likely to achieve ${yearLabel(final)}: ${counts.join(", ")} (${countOf(forecasts.length, "indicator")} with a target)`;
}

/** "Reward (estimate): 33 designated targets, 21 past the 60% trigger; £1,234,567 of £2,500,000." */
function rewardLine(report: Report): string {
  const r = report.reward;
  const past = r.targets.filter((x) => (x.share ?? 0) > 0).length;
  const head = `Reward (estimate): ${countOf(r.targets.length, "designated target")}, ${past} past the ${r.thresholdPercent}% trigger`;
  if (r.pot === undefined) return `${head}; no pot set (--reward-pot).`;
  return `${head}; £${formatNumber(Math.round(r.total ?? 0))} of £${formatNumber(Math.round(r.pot))}.`;
}

/** `--format compact` for rag: one line per rating, `file: where: indicator year: status`. */
export function formatRagCompact(file: string, cells: readonly RagCell[]): string[] {
  return cells.map(({ result: r, cell }) => {
    const where = cell
      ? `${quoteSheet(r.sheet)}!${cell}`
      : `${quoteSheet(r.sheet)} row ${r.row + 1}`;
    return `${file}: ${where}: ${r.indicator} ${yearLabel(r.year)}: ${statusText(r.status, r.direction, r.period)}`;
  });
}
