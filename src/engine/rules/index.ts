import { Finding, Severity } from "../model/finding";
import { LaaTable, isRemoved } from "../model/table";
import { actualNotNumeric } from "./actual.not-numeric";
import { actualOutOfRange } from "./actual.out-of-range";
import { actualPlaceholder } from "./actual.placeholder";
import { baselineDeferred } from "./baseline.deferred";
import { baselineMissing } from "./baseline.missing";
import { baselineNoPeriod } from "./baseline.no-period";
import { baselineNotNumeric } from "./baseline.not-numeric";
import { baselineOutOfRange } from "./baseline.out-of-range";
import { baselinePlaceholder } from "./baseline.placeholder";
import { baselineProvisional } from "./baseline.provisional";
import { exceptionNoAction } from "./exception.no-action";
import { indicatorDuplicate } from "./indicator.duplicate";
import { indicatorLocal } from "./indicator.local";
import { indicatorMissing } from "./indicator.missing";
import { indicatorRefreshStatus } from "./indicator.refresh-status";
import { indicatorTitleMismatch } from "./indicator.title-mismatch";
import { indicatorUnknownCode } from "./indicator.unknown-code";
import { indicatorWithdrawn } from "./indicator.withdrawn";
import { laaStatutoryMissing } from "./laa.statutory-missing";
import { laaTooManyDesignated } from "./laa.too-many-designated";
import { partnerMissing } from "./partner.missing";
import { partnerUnknown } from "./partner.unknown";
import { polarityUnknown } from "./polarity.unknown";
import { sheetUnread } from "./sheet.unread";
import { tableBeyondLaa } from "./table.beyond-laa";
import { tableMissingColumn } from "./table.missing-column";
import { tableNotFound } from "./table.not-found";
import { tableUnexpectedYears } from "./table.unexpected-years";
import { targetBacksliding } from "./target.backsliding";
import { targetMissing } from "./target.missing";
import { targetMixedSigns } from "./target.mixed-signs";
import { targetNoImprovement } from "./target.no-improvement";
import { targetNotYetSet } from "./target.not-yet-set";
import { targetNotNumeric } from "./target.not-numeric";
import { targetOutOfRange } from "./target.out-of-range";
import { targetPlaceholder } from "./target.placeholder";
import { targetProvisional } from "./target.provisional";
import { targetRefreshed } from "./target.refreshed";
import { targetRelative } from "./target.relative";
import { targetStretch } from "./target.stretch";
import { targetUnitMismatch } from "./target.unit-mismatch";
import { targetWrongDirection } from "./target.wrong-direction";
import { FindingDraft, Rule, RuleContext } from "./rule";

/** Every check rule, sorted by code (a test keeps it sorted, unique and documented). */
export const RULES: readonly Rule[] = [
  actualNotNumeric,
  actualOutOfRange,
  actualPlaceholder,
  baselineDeferred,
  baselineMissing,
  baselineNoPeriod,
  baselineNotNumeric,
  baselineOutOfRange,
  baselinePlaceholder,
  baselineProvisional,
  exceptionNoAction,
  indicatorDuplicate,
  indicatorLocal,
  indicatorMissing,
  indicatorRefreshStatus,
  indicatorTitleMismatch,
  indicatorUnknownCode,
  indicatorWithdrawn,
  laaStatutoryMissing,
  laaTooManyDesignated,
  partnerMissing,
  partnerUnknown,
  polarityUnknown,
  sheetUnread,
  tableBeyondLaa,
  tableMissingColumn,
  tableNotFound,
  tableUnexpectedYears,
  targetBacksliding,
  targetMissing,
  targetMixedSigns,
  targetNoImprovement,
  targetNotNumeric,
  targetNotYetSet,
  targetOutOfRange,
  targetPlaceholder,
  targetProvisional,
  targetRefreshed,
  targetRelative,
  targetStretch,
  targetUnitMismatch,
  targetWrongDirection,
];

interface Active {
  readonly rule: Rule;
  readonly severity: Severity;
}

/**
 * Runs every active rule: walks each table once, calling the row hooks on every indicator row and
 * then the table hooks, and calls the workbook hooks after the last table. The severity comes from
 * `settings.severities[code]` when set, else the rule's default; a rule set to "off" is not run.
 * The rule's default hint fills any finding that brings none. Findings come in registry order, each
 * rule's in the order it made them (analyse then sorts them by place).
 */
export function runRules(tables: readonly LaaTable[], ctx: RuleContext): Finding[] {
  const active: Active[] = [];
  for (const rule of RULES) {
    const severity = ctx.settings.severities[rule.code] ?? rule.defaultSeverity;
    if (severity !== "off") active.push({ rule, severity });
  }
  const byRule: Finding[][] = active.map(() => []);
  const add = (i: number, drafts: readonly FindingDraft[]): void => {
    const a = active[i] as Active;
    for (const d of drafts) (byRule[i] as Finding[]).push(complete(d, a.rule, a.severity));
  };
  for (const table of tables) {
    for (const row of table.rows) {
      // A row the refresh removed is a record, not a target: only its status is reported.
      if (isRemoved(row)) continue;
      active.forEach((a, i) => {
        if (a.rule.row) add(i, a.rule.row(row, table, ctx));
      });
    }
    active.forEach((a, i) => {
      if (a.rule.table) add(i, a.rule.table(table, ctx));
    });
  }
  active.forEach((a, i) => {
    if (a.rule.workbook) add(i, a.rule.workbook(tables, ctx));
  });
  return byRule.flat();
}

/** A draft made whole; fields a draft leaves undefined stay absent, so JSON and UI see clean objects. */
function complete(d: FindingDraft, rule: Rule, severity: Severity): Finding {
  const f: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: rule.code,
    severity,
    message: d.message,
    hint: d.hint ?? rule.hint,
  };
  if (d.sheet !== undefined) f.sheet = d.sheet;
  if (d.cell !== undefined) f.cell = d.cell;
  if (d.row !== undefined) f.row = d.row;
  if (d.indicator !== undefined) f.indicator = d.indicator;
  if (d.data !== undefined) f.data = d.data;
  return f;
}
