import { Catalog } from "../catalog";
import { Finding, Severity } from "../model/finding";
import { Forecast } from "../model/forecast";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { IndicatorRow, LaaTable } from "../model/table";

/**
 * What every rule knows besides the table: the catalogue, the settings, the raw workbook, and the
 * ratings and forecasts of every table (made once by the caller, so a rule never rates again).
 */
export interface RuleContext {
  readonly settings: Settings;
  readonly catalog: Catalog;
  readonly snapshot: WorkbookSnapshot;
  readonly rag: readonly RagResult[];
  readonly forecasts: readonly Forecast[];
}

/** A finding as a rule returns it; the runner adds code, severity (from settings) and the default hint. */
export type FindingDraft = Omit<Finding, "code" | "severity" | "hint"> & { readonly hint?: string };

/**
 * A check, as ESLint and Frictionless shape them: metadata plus up to three hooks. The runner walks
 * each table once, calling `row` for every indicator row and then `table`; `workbook` runs once, after
 * every table. A hook returns its findings (an empty list when there are none).
 */
export interface Rule {
  /** Stable code, also the file name and docs page: docs/rules/<code>.md. */
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule checks. */
  readonly description: string;
  /** Default "how to fix" text. */
  readonly hint: string;
  row?(row: IndicatorRow, table: LaaTable, ctx: RuleContext): readonly FindingDraft[];
  table?(table: LaaTable, ctx: RuleContext): readonly FindingDraft[];
  workbook?(tables: readonly LaaTable[], ctx: RuleContext): readonly FindingDraft[];
}

/** The empty result a hook returns when it finds nothing. */
export const NONE: readonly FindingDraft[] = [];
