import { Finding, Severity } from "../model/finding";
import { FindingSegment, RowFindings, isRowFindings } from "../model/finding-list";
import { CellRef } from "../model/cell";
import { shareKinds } from "./support/values";
import { IndicatorRow, LaaTable } from "../model/table";
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
import { FindingDraft, Rule, RowDrafts, RuleContext, isRowDrafts } from "./rule";

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
 * Called with every row of every table exactly once, in table and row order, right after the rules
 * checked them: work on the same rows (rating) then finds them still in the CPU cache.
 */
export type RowsVisitor = (table: LaaTable, rows: readonly IndicatorRow[]) => void;

/** Rows per chunk when row-local rules share a pass: small enough to stay in the CPU cache. */
const CHUNK_ROWS = 256;

/**
 * Runs every rule: table rules once per table, workbook rules once. The severity comes from
 * `settings.severities[code]` when set, else the rule's default; a rule set to "off" is not run at all.
 * The rule's default hint fills any finding that brings none. Row-local rules run together over chunks
 * of a long table's rows; findings still come out rule by rule, in table and row order.
 */
export function runRules(
  tables: readonly LaaTable[],
  ctx: RuleContext,
  onRows?: RowsVisitor
): Finding[] {
  const lists = runRulesByRule(tables, ctx, onRows);
  let n = 0;
  for (const list of lists) n += isRowFindings(list) ? list.count : list.length;
  // Made at its size: a 100k-row table's findings are too many to grow one push at a time.
  const out = new Array<Finding>(n);
  let at = 0;
  for (const list of lists) {
    if (isRowFindings(list)) for (let k = 0; k < list.count; k++) out[at++] = list.finding(k);
    else for (let i = 0; i < list.length; i++) out[at++] = list[i] as Finding;
  }
  return out;
}

/**
 * runRules' findings as lists in rule order (what runRules joins): each rule's findings, in table and
 * row order, in one list per check it made (a long table's row-local rules check it chunk by chunk).
 * Each list is made at its size; no list grows a push at a time to a long table's length (which,
 * past 16k findings, allocates every larger copy in fresh memory). A check that returned RowDrafts
 * gives RowFindings: the rows, whose findings are made when read.
 */
export function runRulesByRule(
  tables: readonly LaaTable[],
  ctx: RuleContext,
  onRows?: RowsVisitor
): FindingSegment[] {
  // Drafts are made whole as they come, rule by rule: a draft then dies young instead of living
  // (and being copied by the garbage collector) until every chunk of a long table is checked.
  const active: Active[] = [];
  for (const rule of RULES) {
    const severity = ctx.settings.severities[rule.code] ?? rule.defaultSeverity;
    if (severity !== "off") active.push({ rule, severity, found: [] });
  }
  const local = active.filter((a) => a.rule.scope === "table" && a.rule.rowLocal === true);
  for (const table of tables) {
    for (const a of active) {
      if (a.rule.scope !== "table" || (a.rule.rowLocal && table.rows.length > CHUNK_ROWS)) continue;
      completeAll(a, a.rule.check(table, ctx), table.rows, 0);
    }
    if (table.rows.length <= CHUNK_ROWS) {
      onRows?.(table, table.rows);
      continue;
    }
    for (let from = 0; from < table.rows.length; from += CHUNK_ROWS) {
      const part: LaaTable = { ...table, rows: table.rows.slice(from, from + CHUNK_ROWS) };
      shareKinds(part, table);
      for (const a of local)
        if (a.rule.scope === "table") completeAll(a, a.rule.check(part, ctx), table.rows, from);
      onRows?.(table, part.rows);
    }
  }
  for (const a of active) {
    if (a.rule.scope === "workbook") completeAll(a, a.rule.check(tables, ctx), [], 0);
  }
  const lists: FindingSegment[] = [];
  for (const a of active) for (const list of a.found) lists.push(list);
  return lists;
}

interface Active {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly found: FindingSegment[];
}

/**
 * A check's drafts made whole into a list of `a.found`. RowDrafts stay rows: their picks (indices into
 * the rows checked, which are `rows` from `offset` on) become indices into `rows`, the whole table's.
 */
function completeAll(
  a: Active,
  drafts: readonly FindingDraft[] | RowDrafts,
  rows: readonly IndicatorRow[],
  offset: number
): void {
  if (isRowDrafts(drafts)) {
    if (drafts.picks.length === 0) return;
    if (offset !== 0) for (let i = 0; i < drafts.picks.length; i++) drafts.picks[i]! += offset;
    a.found.push(new RowBatch(rows, drafts, a.rule, a.severity));
    return;
  }
  if (drafts.length === 0) return;
  const out = new Array<Finding>(drafts.length);
  for (let i = 0; i < drafts.length; i++)
    out[i] = complete(drafts[i] as FindingDraft, a.rule, a.severity);
  a.found.push(out);
}

/** A rule's findings on rows of a table, made when read (see RowDrafts). */
class RowBatch implements RowFindings {
  readonly count: number;

  constructor(
    private readonly rows: readonly IndicatorRow[],
    private readonly drafts: RowDrafts,
    private readonly rule: Rule,
    readonly severity: Severity
  ) {
    this.count = drafts.picks.length;
  }

  private row(k: number): IndicatorRow {
    return this.rows[this.drafts.picks[k] as number] as IndicatorRow;
  }

  finding(k: number): Finding {
    return complete(this.drafts.draft(this.row(k)), this.rule, this.severity);
  }

  place(k: number): CellRef {
    return this.drafts.where(this.row(k));
  }
}

/**
 * A draft made whole. Built in one literal rather than with spreads: a 100k-row table can produce
 * hundreds of thousands of findings.
 */
function complete(d: FindingDraft, rule: Rule, severity: Severity): Finding {
  // One literal with every field (absent ones undefined, which JSON leaves out): no out-of-object store.
  return {
    code: rule.code,
    severity,
    message: d.message,
    hint: d.hint ?? rule.hint,
    sheet: d.sheet,
    cell: d.cell,
    row: d.row,
    indicator: d.indicator,
    data: d.data,
  };
}
