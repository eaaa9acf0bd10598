import { FORECAST_STATUSES, FORECAST_WORD } from "../model/forecast";
import { FinancialYear } from "../model/table";
import { forecastHeading } from "./detail";
import { LABEL_COL } from "./headline";
import { BoardLine, ambitionKey } from "./lines";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";

/**
 * "Likely to achieve 2010/11?": how many indicators of each ambition are on track, at risk, off
 * track or unknown for the final target, as the board's question was asked. Indicators without a
 * numeric final-year target have no forecast and are not counted.
 */
export function writeForecastSummary(
  b: SheetBuilder,
  lines: readonly BoardLine[],
  finalYear: FinancialYear | undefined,
  tolerancePercent: number
): void {
  const withForecast = lines.filter((l) => l.forecast);
  b.put(b.addRow(), 0, forecastHeading(finalYear), S.section);
  b.put(
    b.addRow(),
    0,
    `Trend of the baseline and actuals to the final year. On track = reaches the target; At risk = short by up to ${tolerancePercent}%; Off track = short by more; Unknown = no actual, polarity or data.`,
    S.note
  );
  if (withForecast.length === 0) {
    b.put(b.addRow(), 0, "No indicator has a numeric final-year target to forecast.", S.plain);
    return;
  }
  const head = b.addRow();
  b.put(head, LABEL_COL, "Ambition", S.header);
  FORECAST_STATUSES.forEach((s, i) =>
    b.put(head, LABEL_COL + 1 + i, FORECAST_WORD[s], S.headerCenter)
  );
  b.put(head, LABEL_COL + 1 + FORECAST_STATUSES.length, "Total", S.headerCenter);
  const groups = new Map<string, { label: string; counts: number[] }>();
  const all = { label: "All indicators", counts: FORECAST_STATUSES.map(() => 0) };
  for (const line of withForecast) {
    const key = ambitionKey(line.ambition);
    let g = groups.get(key);
    if (!g) {
      g = { label: line.ambition, counts: FORECAST_STATUSES.map(() => 0) };
      groups.set(key, g);
    }
    const i = FORECAST_STATUSES.indexOf(line.forecast?.status ?? "unknown");
    g.counts[i] = (g.counts[i] ?? 0) + 1;
    all.counts[i] = (all.counts[i] ?? 0) + 1;
  }
  for (const g of groups.values()) writeRow(b, g.label, g.counts, false);
  writeRow(b, all.label, all.counts, true);
}

function writeRow(b: SheetBuilder, label: string, counts: readonly number[], bold: boolean): void {
  const row = b.addRow();
  b.put(row, LABEL_COL, label, bold ? S.textBold : S.text);
  const count = bold ? S.countBold : S.count;
  counts.forEach((n, i) => b.put(row, LABEL_COL + 1 + i, n, count));
  b.put(
    row,
    LABEL_COL + 1 + counts.length,
    counts.reduce((a, n) => a + n, 0),
    count
  );
}
