import { Catalog } from "../catalog";
import { Finding, Severity } from "../model/finding";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { LaaTable } from "../model/table";

/** What every rule knows besides the table: the catalogue, the settings, the raw workbook. */
export interface RuleContext {
  readonly settings: Settings;
  readonly catalog: Catalog;
  readonly snapshot: WorkbookSnapshot;
}

/** A finding as a rule returns it; the runner adds code, severity (from settings) and the default hint. */
export type FindingDraft = Omit<Finding, "code" | "severity" | "hint"> & { readonly hint?: string };

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
  check(table: LaaTable, ctx: RuleContext): readonly FindingDraft[];
}

export interface WorkbookRule extends RuleMeta {
  readonly scope: "workbook";
  check(tables: readonly LaaTable[], ctx: RuleContext): readonly FindingDraft[];
}

export type Rule = TableRule | WorkbookRule;
