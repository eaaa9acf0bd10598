import { Catalog } from "../catalog";
import { Finding, Severity } from "../model/finding";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { CellRef } from "../model/cell";
import { IndicatorRow, LaaTable } from "../model/table";

/** What every rule knows besides the table: the catalogue, the settings, the raw workbook. */
export interface RuleContext {
  readonly settings: Settings;
  readonly catalog: Catalog;
  readonly snapshot: WorkbookSnapshot;
}

/** A finding as a rule returns it; the runner adds code, severity (from settings) and the default hint. */
export type FindingDraft = Omit<Finding, "code" | "severity" | "hint"> & { readonly hint?: string };

/**
 * What a row-local rule may return instead of drafts when it reports one finding on each of many
 * rows: the rows (`picks`, ascending indices into the table's rows it was given), the cell each
 * finding is on, and how to make a row's draft. The report keeps the rows and makes each finding
 * when it is read (see model/finding-list.ts); `where(row)` must be the sheet and cell of
 * `draft(row)` (a test checks this for every rule that returns RowDrafts).
 */
export interface RowDrafts {
  readonly picks: Int32Array;
  where(row: IndicatorRow): CellRef;
  draft(row: IndicatorRow): FindingDraft;
}

export function isRowDrafts(x: readonly FindingDraft[] | RowDrafts): x is RowDrafts {
  return !Array.isArray(x);
}

interface RuleMeta {
  /** Stable code, also the file name and docs page: docs/rules/<code>.md. */
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule checks. */
  readonly description: string;
  /** Default "how to fix" text. */
  readonly hint: string;
}

export interface TableRule extends RuleMeta {
  readonly scope: "table";
  /**
   * True when a row's findings depend only on that row and the table's columns and settings (no other
   * row). The runner may then check a long table in chunks of rows, every such rule per chunk, so each
   * row is fetched from memory once instead of once per rule. Findings and their order are the same.
   */
  readonly rowLocal?: boolean;
  /** Drafts in row order; a rowLocal rule may return RowDrafts instead. */
  check(table: LaaTable, ctx: RuleContext): readonly FindingDraft[] | RowDrafts;
}

export interface WorkbookRule extends RuleMeta {
  readonly scope: "workbook";
  check(tables: readonly LaaTable[], ctx: RuleContext): readonly FindingDraft[];
}

export type Rule = TableRule | WorkbookRule;
