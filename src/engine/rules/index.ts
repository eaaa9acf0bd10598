import { Finding, Severity } from "../model/finding";
import { FindingSegment, RowFindings, isRowFindings } from "../model/finding-list";
import { CellRef } from "../model/cell";
import { rowCount, rowsIn } from "../read/rows";
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
  // What rules that read only coded rows are given of each table (a long table: those rows alone).
  const coded: LaaTable[] = [];
  for (const table of tables) {
    const n = rowCount(table);
    if (n <= CHUNK_ROWS) {
      for (const a of active)
        if (a.rule.scope === "table") completeAll(a, a.rule.check(table, ctx), table);
      onRows?.(table, table.rows);
      coded.push(table);
      continue;
    }
    // A long table is read a chunk at a time, and each chunk is checked, handed to onRows and
    // dropped: none of its rows is kept but those with an NI code, which are few (an NI number
    // names at most one row of a table that is not an error) and all that codedRowsOnly rules read.
    for (const a of active)
      if (a.rule.scope === "table" && !a.rule.rowLocal && !a.rule.codedRowsOnly)
        completeAll(a, a.rule.check(table, ctx), table);
    const codedRows: IndicatorRow[] = [];
    for (let from = 0; from < n; from += CHUNK_ROWS) {
      const rows = rowsIn(table, from, from + CHUNK_ROWS);
      const part = withRows(table, rows);
      for (const a of local)
        if (a.rule.scope === "table") completeAll(a, a.rule.check(part, ctx), part);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as IndicatorRow;
        if (row.indicator.code) codedRows.push(row);
      }
      onRows?.(table, rows);
    }
    const codedPart = withRows(table, codedRows);
    for (const a of active)
      if (a.rule.scope === "table" && !a.rule.rowLocal && a.rule.codedRowsOnly)
        completeAll(a, a.rule.check(codedPart, ctx), codedPart);
    coded.push(codedPart);
  }
  for (const a of active) {
    if (a.rule.scope === "workbook")
      completeAll(a, a.rule.check(a.rule.codedRowsOnly ? coded : tables, ctx), undefined);
  }
  const lists: FindingSegment[] = [];
  for (const a of active) for (const list of a.found) lists.push(list);
  return lists;
}

/**
 * The table with other rows: every field but `rows` copied by name, not spread (a spread of a table
 * the reader found would read all its rows, see read/rows.ts).
 */
export function withRows(table: LaaTable, rows: readonly IndicatorRow[]): LaaTable {
  return {
    id: table.id,
    sheet: table.sheet,
    range: table.range,
    headerRows: table.headerRows,
    columns: table.columns,
    ...(table.baselineHeaderPeriod !== undefined
      ? { baselineHeaderPeriod: table.baselineHeaderPeriod }
      : {}),
    rows,
    ...(table.excelTable !== undefined ? { excelTable: table.excelTable } : {}),
  };
}

interface Active {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly found: FindingSegment[];
}

/**
 * A check's drafts made whole into a list of `a.found`; RowDrafts (whose picks index the rows of
 * `checked`, the table the check was given) become a RowBatch.
 */
function completeAll(
  a: Active,
  drafts: readonly FindingDraft[] | RowDrafts,
  checked: LaaTable | undefined
): void {
  if (isRowDrafts(drafts)) {
    if (drafts.picks.length > 0 && checked)
      a.found.push(new RowBatch(drafts, a.rule, a.severity, checked.rows));
    return;
  }
  if (drafts.length === 0) return;
  const out = new Array<Finding>(drafts.length);
  for (let i = 0; i < drafts.length; i++)
    out[i] = complete(drafts[i] as FindingDraft, a.rule, a.severity);
  a.found.push(out);
}

/**
 * A rule's findings on rows of a table, made when read (see RowDrafts). It keeps each finding's cell
 * as numbers and what the rule keeps of the row, not the row: the rows of a long table are dropped
 * chunk by chunk while the report keeps its findings.
 */
class RowBatch implements RowFindings {
  readonly count: number;
  private readonly rows: Int32Array;
  /** Each finding's sheet and column: one for the batch when they share it (a check is of one table). */
  private readonly sheets: string | string[];
  private readonly cols: number | Int32Array;
  private readonly kept: (string | undefined)[];
  private readonly drafts: Omit<RowDrafts, "picks">;

  constructor(
    drafts: RowDrafts,
    private readonly rule: Rule,
    readonly severity: Severity,
    checked: readonly IndicatorRow[]
  ) {
    const n = drafts.picks.length;
    this.count = n;
    this.drafts = { where: drafts.where, keep: drafts.keep, draft: drafts.draft };
    this.rows = new Int32Array(n);
    this.kept = new Array<string | undefined>(n);
    let sheets: string | string[] = "";
    let cols: number | Int32Array = 0;
    for (let k = 0; k < n; k++) {
      const row = checked[drafts.picks[k] as number] as IndicatorRow;
      const at = drafts.where(row);
      this.rows[k] = at.row;
      this.kept[k] = drafts.keep(row);
      if (k === 0) {
        sheets = at.sheet;
        cols = at.col;
        continue;
      }
      if (typeof sheets === "string" && sheets !== at.sheet)
        sheets = new Array<string>(n).fill(sheets, 0, k);
      if (typeof sheets !== "string") sheets[k] = at.sheet;
      if (typeof cols === "number" && cols !== at.col) cols = new Int32Array(n).fill(cols, 0, k);
      if (typeof cols !== "number") cols[k] = at.col;
    }
    this.sheets = sheets;
    this.cols = cols;
  }

  finding(k: number): Finding {
    return completeOnRead(this.drafts.draft(this.place(k), this.kept[k]), this.rule, this.severity);
  }

  place(k: number): CellRef {
    const sheet = typeof this.sheets === "string" ? this.sheets : (this.sheets[k] as string);
    const col = typeof this.cols === "number" ? this.cols : (this.cols[k] as number);
    return { sheet, row: this.rows[k] as number, col };
  }
}

/**
 * complete for a finding made when it is read (RowBatch), written out again on purpose: V8 decides
 * per object literal whether to allocate its objects straight in the old generation, from how many
 * of them outlive a young collection. The findings `complete` makes live as long as the report, so
 * its literal may be tenured; those made on read die at once, and sharing its literal they too would
 * go to the old generation (100k findings read are 10 MB there, in fresh memory, a run).
 */
function completeOnRead(d: FindingDraft, rule: Rule, severity: Severity): Finding {
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
