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
 * rows: the rows (`picks`, ascending indices into the rows of the table it was given), and how to
 * make a row's draft from its cell (`where`) and one string of the row (`keep`). The report keeps
 * those (three numbers and a string a finding, not the row) and makes each finding when it is read
 * (see model/finding-list.ts). `draft` must say the sheet and cell `where` gave it (a test checks
 * this for every rule that returns RowDrafts).
 */
export interface RowDrafts {
  readonly picks: Int32Array;
  where(row: IndicatorRow): CellRef;
  /** What the finding needs of the row besides its cell (a string the row holds already). */
  keep(row: IndicatorRow): string | undefined;
  draft(cell: CellRef, kept: string | undefined): FindingDraft;
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
  /**
   * True when the rule reads only the rows with an NI code (and the table's other fields). The runner
   * then hands a long table over with those rows alone, once it has read the table chunk by chunk,
   * instead of the whole table's rows at once.
   */
  readonly codedRowsOnly?: boolean;
  /** Drafts in row order; a rowLocal rule may return RowDrafts instead. */
  check(table: LaaTable, ctx: RuleContext): readonly FindingDraft[] | RowDrafts;
}

export interface WorkbookRule extends RuleMeta {
  readonly scope: "workbook";
  /** True when the rule reads only the tables' rows with an NI code (see TableRule). */
  readonly codedRowsOnly?: boolean;
  check(tables: readonly LaaTable[], ctx: RuleContext): readonly FindingDraft[];
}

export type Rule = TableRule | WorkbookRule;
