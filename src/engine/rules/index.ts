import { Finding, Severity } from "../model/finding";
import { LaaTable } from "../model/table";
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
import { indicatorDuplicate } from "./indicator.duplicate";
import { indicatorLocal } from "./indicator.local";
import { indicatorMissing } from "./indicator.missing";
import { indicatorTitleMismatch } from "./indicator.title-mismatch";
import { indicatorUnknownCode } from "./indicator.unknown-code";
import { indicatorWithdrawn } from "./indicator.withdrawn";
import { laaStatutoryMissing } from "./laa.statutory-missing";
import { laaTooManyDesignated } from "./laa.too-many-designated";
import { partnerMissing } from "./partner.missing";
import { partnerUnknown } from "./partner.unknown";
import { polarityUnknown } from "./polarity.unknown";
import { tableMissingColumn } from "./table.missing-column";
import { tableNotFound } from "./table.not-found";
import { tableUnexpectedYears } from "./table.unexpected-years";
import { targetBacksliding } from "./target.backsliding";
import { targetMissing } from "./target.missing";
import { targetNoImprovement } from "./target.no-improvement";
import { targetNotNumeric } from "./target.not-numeric";
import { targetOutOfRange } from "./target.out-of-range";
import { targetPlaceholder } from "./target.placeholder";
import { targetProvisional } from "./target.provisional";
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
  indicatorDuplicate,
  indicatorLocal,
  indicatorMissing,
  indicatorTitleMismatch,
  indicatorUnknownCode,
  indicatorWithdrawn,
  laaStatutoryMissing,
  laaTooManyDesignated,
  partnerMissing,
  partnerUnknown,
  polarityUnknown,
  tableMissingColumn,
  tableNotFound,
  tableUnexpectedYears,
  targetBacksliding,
  targetMissing,
  targetNoImprovement,
  targetNotNumeric,
  targetOutOfRange,
  targetPlaceholder,
  targetProvisional,
  targetRelative,
  targetStretch,
  targetUnitMismatch,
  targetWrongDirection,
];

/**
 * Runs every rule: table rules once per table, workbook rules once. The severity comes from
 * `settings.severities[code]` when set, else the rule's default; a rule set to "off" is not run at all.
 * The rule's default hint fills any finding that brings none.
 */
export function runRules(tables: readonly LaaTable[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const severity = ctx.settings.severities[rule.code] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    const drafts =
      rule.scope === "table" ? tables.flatMap((t) => rule.check(t, ctx)) : rule.check(tables, ctx);
    for (const d of drafts) out.push(complete(d, rule, severity));
  }
  return out;
}

/**
 * A draft made whole. Built field by field rather than with spreads: a 100k-row table can produce
 * hundreds of thousands of findings, and absent fields stay absent so JSON and UI see clean objects.
 */
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
