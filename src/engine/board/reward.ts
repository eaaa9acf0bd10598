import { Report } from "../model/report";
import { RewardTarget } from "../model/reward";
import { FinancialYear, IndicatorRow, LaaTable, yearLabel } from "../model/table";
import { finalYear } from "../rag/row-values";
import { COL } from "./detail";
import { Shown, computedShown, numberShown, shown } from "./lines";
import { putShown } from "./detail";
import { SheetBuilder } from "./sheet-builder";
import { S, numberStyle } from "./styles";
import { HEADING } from "./title";

const MONEY = "£#,##0";
const PERCENT = "0.0%";

/**
 * "Reward at stake (estimate)": the pot and what the targets would earn at today's performance,
 * then each designated target's trigger value, achievement, share and (with a pot) amount. `final`
 * is the board's final target year, for the target column's head.
 */
export function writeReward(
  b: SheetBuilder,
  report: Report,
  final: FinancialYear | undefined
): void {
  const { reward } = report;
  b.put(b.addRow(), 0, HEADING.reward, S.section);
  const n = reward.targets.length;
  const t = `${reward.thresholdPercent}%`;
  const rule = `A target earns nothing below ${t} of its planned improvement (the ${t} trigger) and at most ${reward.capPercent}%.`;
  if (n === 0) {
    b.put(
      b.addRow(),
      0,
      "No designated target (local and statutory education targets do not count).",
      S.plain
    );
    return;
  }
  const pot = reward.pot;
  const total = reward.total ?? 0;
  b.put(
    b.addRow(),
    0,
    pot === undefined
      ? `Estimate only. ${n} designated targets; no reward pot is set, so shares only. ${rule}`
      : `Estimate only. ${n} designated targets share a pot of ${money(pot)} (${money(pot / n)} each). ${rule}`,
    S.note
  );
  if (pot !== undefined) {
    b.put(
      b.addRow(),
      0,
      `Estimated reward at current performance: ${money(total)} of ${money(pot)}; ${money(pot - total)} at stake.`,
      S.subtitle
    );
  }
  const tables = new Map<string, { table: LaaTable; rows: Map<number, IndicatorRow> }>();
  for (const table of report.tables) {
    tables.set(table.id, { table, rows: new Map(table.rows.map((r) => [r.row, r])) });
  }
  const head = b.addRow();
  const heads = [
    "Ambition",
    "Code",
    "Indicator",
    "Baseline",
    `${t} trigger`,
    final === undefined ? "Final target" : `Target ${yearLabel(final)}`,
    "Actual used",
    "Achieved",
    "Share",
    pot === undefined ? "Amount (no pot set)" : "Amount (estimate)",
    "Why",
  ];
  heads.forEach((h, col) =>
    b.put(head, col, h, col >= COL.baseline && col <= COL.partners ? S.headerCenter : S.header)
  );
  let previous: string | undefined;
  for (const target of reward.targets) {
    const of = tables.get(target.tableId);
    const row = of?.rows.get(target.row);
    const ambition = row?.priority?.text ?? "";
    writeTarget(b, target, row, of ? finalYear(of.table) : undefined, ambition !== previous);
    previous = ambition;
  }
  if (pot !== undefined) {
    const last = b.addRow();
    b.put(last, COL.title, `Total (${n} targets)`, S.textBold);
    b.put(last, COL.partners, total, numberStyle(MONEY));
  }
}

function writeTarget(
  b: SheetBuilder,
  t: RewardTarget,
  row: IndicatorRow | undefined,
  final: number | undefined,
  firstOfAmbition: boolean
): void {
  const at = b.addRow();
  const percent = t.unit === "percent";
  b.put(at, COL.ambition, row?.priority?.text ?? "", firstOfAmbition ? S.textBold : S.textMuted);
  b.put(at, COL.code, t.indicator, S.text);
  b.put(at, COL.title, row?.indicator.title ?? "", S.text);
  putShown(b, at, COL.baseline, row ? shown(row.baseline) : numberShown(t.baseline), S.textRight);
  putShown(b, at, COL.target, computedShown(t.trigger, percent), S.textRight);
  const targetValue = row?.targets.find((v) => v.year === final)?.value;
  putShown(
    b,
    at,
    COL.actual,
    targetValue ? shown(targetValue) : numberShown(t.target),
    S.textRight
  );
  const actualValue = row?.actuals.find((v) => v.year === t.actualYear)?.value;
  const actual: Shown = actualValue ? shown(actualValue) : numberShown(t.actual);
  putShown(b, at, COL.status, actual, S.textRight);
  putShown(b, at, COL.direction, percentShown(t.achievement), S.textRight);
  putShown(b, at, COL.forecast, percentShown(t.share), S.textRight);
  b.put(at, COL.partners, t.amount ?? null, numberStyle(MONEY));
  b.put(at, COL.comment, t.reason, S.text);
}

function percentShown(n: number | undefined): Shown {
  // From tenths of a percent, so 93.3 is written 0.933, without binary noise.
  return n === undefined
    ? { value: null }
    : { value: Math.round(n * 10) / 1000, numberFormat: PERCENT };
}

/** "£2,500,000": whole pounds with thousands separators, no locale. */
export function money(n: number): string {
  return `£${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}
