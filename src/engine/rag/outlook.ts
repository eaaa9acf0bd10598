import { TrendPoint, ForecastOutcome, forecastFinal } from "./forecast";
import { RowContext } from "./context";
import { valueAt } from "./in-year-figures";
import { missingActual } from "./missing";
import { periodPosition } from "./periods";
import { positionIn } from "./position";
import { isPercent, numberOf, valueIn } from "./row-values";
import { yearLabel } from "../model/table";

/**
 * The final-year forecast as it stood with the data up to `upto`: the baseline and the actuals of
 * the years up to it (never after, so a year's Amber under the forecast rule does not change when a
 * later year's figure arrives).
 */
export function outlook(ctx: RowContext, upto: number): ForecastOutcome {
  const { row, schedule } = ctx;
  const { settings, firstTarget } = ctx.shared;
  const final = ctx.shared.final as number;
  const basis = schedule?.basis ?? "financial-year";
  const finalActual = upto >= final ? valueIn(row.actuals, final) : undefined;
  const points: TrendPoint[] = [];
  const baseline = numberOf(row.baseline);
  let baselineWord = "";
  if (baseline !== undefined) {
    const written = row.baselinePeriod ? periodPosition(row.baselinePeriod.text, basis) : undefined;
    const x = written ?? firstTarget - 1;
    points.push({ x, y: baseline });
    baselineWord =
      written === undefined
        ? `the baseline (taken as ${yearLabel(x)})`
        : `the baseline (${row.baselinePeriod?.text ?? ""})`;
  }
  const seen = new Set<number>();
  for (const a of row.actuals) {
    const value = numberOf(a.value);
    if (value === undefined || a.year > upto || a.year >= final || seen.has(a.year)) continue;
    seen.add(a.year);
    points.push({ x: a.year, y: value });
  }
  const during = finalActual === undefined ? inYearTrend(ctx, upto, seen, points) : undefined;
  const missing = missingActual(final, settings.asAt, schedule, ctx.note);
  const actualsWord = `${seen.size} actual${seen.size === 1 ? "" : "s"}`;
  const words = [baselineWord, actualsWord, ...(during?.words ?? [])].filter((w) => w !== "");
  const last = words[words.length - 1] ?? actualsWord;
  const trend = words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${last}` : actualsWord;
  return forecastFinal({
    year: final,
    target: ctx.finalTarget,
    polarity: row.polarity?.value,
    tolerancePercent: ctx.tolerancePercent,
    percent: isPercent(ctx.finalValue),
    ...(finalActual !== undefined ? { actual: finalActual } : {}),
    ...(during?.runRate ? { runRate: during.runRate } : {}),
    points,
    actuals: seen.size + (during?.count ?? 0),
    basis: trend,
    ...(missing.status === "not-collected" && finalActual === undefined
      ? { notCollected: missing.reason }
      : {}),
  });
}

/**
 * What the in-year figures of the years up to `upto` without their outturn add to the forecast:
 * for a count, the year's outturn at its year-to-date run rate against the profile (in the final
 * year, the projection itself); for a rate, each period's value where it falls in its year.
 */
function inYearTrend(
  ctx: RowContext,
  upto: number,
  seen: ReadonlySet<number>,
  points: TrendPoint[]
): { words: string[]; count: number; runRate?: { value: number; through: string } } | undefined {
  const { row } = ctx;
  if (!row.inYear) return undefined;
  const final = ctx.shared.final as number;
  const years = [...new Set(row.inYear.map((v) => v.year))].sort((a, b) => a - b);
  const words: string[] = [];
  let count = 0;
  let runRate: { value: number; through: string } | undefined;
  for (const year of years) {
    if (year > upto || year > final || seen.has(year)) continue;
    const target = valueIn(row.targets, year);
    const found = positionIn(ctx, year, target);
    const p = found?.position;
    if (!found || p?.status !== "figure") continue;
    const through = `${yearLabel(year)} to ${p.period === "YTD" ? "date" : p.period}`;
    if (found.cumulative) {
      const share =
        p.profiled !== undefined && target !== undefined && target !== 0
          ? p.profiled / target
          : p.end / 12;
      if (!(share > 0)) continue;
      const value = p.value / share;
      count++;
      if (year === final) runRate = { value, through: `the run rate of ${through}` };
      else {
        points.push({ x: year, y: value });
        words.push(`the run rate of ${through}`);
      }
      continue;
    }
    for (const m of found.figures.ends) {
      const v = valueAt(found.figures, m, false);
      if (v === undefined || m > p.end) continue;
      points.push({ x: year - 1 + m / 12, y: v });
      count++;
    }
    words.push(`the figures of ${through}`);
  }
  return { words, count, ...(runRate ? { runRate } : {}) };
}
