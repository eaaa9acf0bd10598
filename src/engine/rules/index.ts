import { Finding } from "../model/finding";
import { LaaTable } from "../model/table";
import { Rule, RuleContext } from "./rule";

/** Every check rule, sorted by code. */
export const RULES: readonly Rule[] = [];

/** Runs every rule; severities come from settings (or the rule's default); "off" drops the finding. */
export function runRules(_tables: readonly LaaTable[], _ctx: RuleContext): Finding[] {
  throw new Error("STUB: runRules is being written (issue 3)");
}
