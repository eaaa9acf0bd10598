import { Catalog } from "../catalog";
import { RewardEstimate, RewardTarget } from "../model/reward";
import { Settings } from "../model/settings";
import { IndicatorRow, LaaTable, isRemoved, yearLabel } from "../model/table";
import { finalYear, isPercent, numberOf, rowLabel } from "./row-values";
import { round1, tidy } from "./words";

/** A Reward column cell that takes the row out of the reward element. */
const EXCLUDED =
  /^(?:no|n|x|none|nil)\b|\b(?:removed|excluded|withdrawn|not (?:in|part|eligible|included))\b/i;

/**
 * The reward estimate, as the earlier reward schemes paid it: each designated target's achievement
 * is (actual − baseline) ÷ (final target − baseline) in its good direction; it earns nothing below
 * the threshold (60%) and at most the cap (100%); with a pot, each of the N eligible targets can earn
 * pot ÷ N × its share. The actual is the final year's, else the latest one (an estimate meanwhile).
 */
export function estimateReward(
  tables: readonly LaaTable[],
  settings: Settings,
  catalog: Catalog
): RewardEstimate {
  const eligible: { table: LaaTable; row: IndicatorRow }[] = [];
  // Where the tables mark their LAA indicators ("NI 171 (LAA)"), only the marked ones are designated.
  const marked = tables.some((t) => t.rows.some((r) => r.indicator.laaMarker));
  for (const table of tables) {
    for (const row of table.rows) {
      if (isRemoved(row) || (marked && !row.indicator.laaMarker)) continue;
      if (isDesignated(row, catalog)) eligible.push({ table, row });
    }
  }
  const pot = settings.rewardPot;
  const each = pot === undefined || eligible.length === 0 ? undefined : pot / eligible.length;
  const targets = eligible.map(({ table, row }) => rewardTarget(table, row, settings, each));
  const estimate: RewardEstimate = {
    thresholdPercent: settings.rewardThresholdPercent,
    capPercent: settings.rewardCapPercent,
    targets,
  };
  if (pot === undefined) return estimate;
  const total = targets.reduce((sum, t) => sum + (t.amount ?? 0), 0);
  return { pot, ...estimate, total };
}

/** An NI target of the LAA proper: not local, not statutory education, not withdrawn, not excluded. */
function isDesignated(row: IndicatorRow, catalog: Catalog): boolean {
  const code = row.indicator.code;
  const entry = code ? catalog.lookup(code.number) : undefined;
  if (!entry || entry.statutoryEducation || entry.status !== "active") return false;
  return !(row.reward && EXCLUDED.test(row.reward.text));
}

function rewardTarget(
  table: LaaTable,
  row: IndicatorRow,
  settings: Settings,
  each: number | undefined
): RewardTarget {
  const final = finalYear(table);
  const finalValue = final === undefined ? undefined : row.targets.find((t) => t.year === final);
  const base = {
    tableId: table.id,
    sheet: table.sheet,
    row: row.row,
    indicator: rowLabel(row),
    unit: isPercent(finalValue?.value) ? ("percent" as const) : ("number" as const),
  };
  const baseline = numberOf(row.baseline);
  const target = numberOf(finalValue?.value);
  const known = {
    ...base,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(target !== undefined ? { target } : {}),
  };
  if (baseline === undefined) return { ...known, reason: "no numeric baseline" };
  if (target === undefined || final === undefined) {
    return { ...known, reason: "no numeric final-year target" };
  }
  const planned = target - baseline;
  const polarity = row.polarity?.value;
  if (planned === 0 || (polarity && planned > 0 !== (polarity === "higher"))) {
    return {
      ...known,
      reason: `the ${yearLabel(final)} target plans no improvement on the baseline`,
    };
  }
  const threshold = settings.rewardThresholdPercent;
  const trigger = tidy(baseline + (planned * threshold) / 100);
  const latest = latestActual(row, final);
  if (!latest) return { ...known, trigger, reason: "no actual yet" };
  const achievement = Math.round(((latest.value - baseline) / planned) * 1000) / 10;
  const share = achievement < threshold ? 0 : Math.min(achievement, settings.rewardCapPercent);
  const reason =
    share === 0
      ? `below the ${round1(threshold)}% trigger`
      : achievement > share
        ? `beyond the target: capped at ${round1(share)}%`
        : `past the ${round1(threshold)}% trigger`;
  const estimate =
    latest.year === final ? "" : `; estimate from the ${yearLabel(latest.year)} actual`;
  return {
    ...known,
    trigger,
    actual: latest.value,
    actualYear: latest.year,
    achievement,
    share,
    ...(each !== undefined ? { amount: Math.round((each * share) / 100) } : {}),
    reason: `${reason}${estimate}`,
  };
}

/** The final year's actual, else the latest numeric one before it. */
function latestActual(
  row: IndicatorRow,
  final: number
): { year: number; value: number } | undefined {
  let best: { year: number; value: number } | undefined;
  for (const a of row.actuals) {
    const value = numberOf(a.value);
    if (value === undefined || a.year > final) continue;
    if (!best || a.year > best.year) best = { year: a.year, value };
  }
  return best;
}
