import { inYearLabel, ratedYearsOf } from "../model/in-year";
import { RagResult } from "../model/rag";
import { yearLabel } from "../model/table";
import { FindingDraft, NONE, Rule } from "./rule";
import { at, indicatorLabel } from "./support/where";

/**
 * exception.no-action: every Red in an indicator's latest rated year, and every target off track
 * for the final year, needs a remedial action — boards asked for one for each (a "Corrective Action"
 * box for every Red). The action is read from an Action / Remedial action / Corrective action /
 * Commentary column; without a filled cell the finding points at the indicator.
 */
export const exceptionNoAction: Rule = {
  code: "exception.no-action",
  defaultSeverity: "warning",
  description:
    "A Red in the latest rated year, or a target off track for the final year, with no remedial action recorded.",
  hint: 'Add a column headed "Remedial action" (and "Action owner", "Action date") and write what will be done, by whom and by when.',
  table(table, ctx) {
    if (ratedYearsOf(table.columns).length === 0) return NONE;
    const latest = new Map<number, RagResult>();
    for (const r of ctx.rag) {
      if (r.tableId !== table.id) continue;
      if (r.status !== "green" && r.status !== "amber" && r.status !== "red") continue;
      const seen = latest.get(r.row);
      if (!seen || r.year > seen.year) latest.set(r.row, r);
    }
    const offTrack = new Map(
      ctx.forecasts
        .filter((f) => f.tableId === table.id && f.status === "off-track")
        .map((f) => [f.row, f])
    );
    const out: FindingDraft[] = [];
    for (const row of table.rows) {
      if (row.action) continue;
      const red = latest.get(row.row)?.status === "red" ? latest.get(row.row) : undefined;
      const forecast = offTrack.get(row.row);
      if (!red && !forecast) continue;
      const label = indicatorLabel(row);
      const why = [
        ...(red ? [`is Red ${redWhen(red)}`] : []),
        ...(forecast ? [`is off track for its ${yearLabel(forecast.year)} target`] : []),
      ].join(" and ");
      const column = table.columns.action;
      out.push({
        ...at(row.indicator.cell),
        ...(label !== undefined ? { indicator: label } : {}),
        message: `${label ?? "This indicator"} ${why}, and no remedial action is recorded.`,
        ...(column !== undefined
          ? {
              hint: "Write the remedial action in the table's action column on this row: what will be done, by whom and by when.",
            }
          : {}),
        data: {
          ...(red ? { year: yearLabel(red.year), status: red.status } : {}),
          ...(red && red.period !== "year" ? { period: red.period } : {}),
          ...(forecast ? { forecast: forecast.status, finalYear: yearLabel(forecast.year) } : {}),
        },
      });
    }
    return out;
  },
};

/** "for 2009/10", or "at Q2 2009/10" for a Red during the year. */
function redWhen(r: RagResult): string {
  return r.period === "year" ? `for ${yearLabel(r.year)}` : `at ${inYearLabel(r.period, r.year)}`;
}
