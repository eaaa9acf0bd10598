import { Finding, Severity } from "../model/finding";
import { Settings } from "../model/settings";
import { FindingDraft } from "../rules/rule";

/** Metadata of one cross-cutting gap finding (the checks themselves live in findings.ts). */
export interface GapRule {
  /** Stable code, also the docs page: docs/rules/<code>.md. */
  readonly code: GapCode;
  readonly defaultSeverity: Severity;
  /** One sentence: what it checks. */
  readonly description: string;
  /** Default "how to fix" text. */
  readonly hint: string;
}

export type GapCode =
  | "gap.ambition-uncovered"
  | "gap.indicator-orphan"
  | "gap.matrix-unmatched"
  | "gap.priority-unowned"
  | "gap.silo"
  | "gap.unsupported-claim";

/** Every gap code, sorted by code. Codes and default severities are a public contract. */
export const GAP_RULES: readonly GapRule[] = [
  {
    code: "gap.ambition-uncovered",
    defaultSeverity: "warning",
    description: "An ambition in the cross-cutting matrix has no indicator in the LAA table.",
    hint: "Add an indicator under this ambition (Priority column), or name the ambition in an indicator's Contributes to column.",
  },
  {
    code: "gap.indicator-orphan",
    defaultSeverity: "warning",
    description: "An indicator row has no priority (ambition).",
    hint: "Enter the ambition this indicator serves in its Priority cell (or merge the Priority cell down over it).",
  },
  {
    code: "gap.matrix-unmatched",
    defaultSeverity: "warning",
    description:
      "An ambition label matches no ambition of the matrix or the table, so it cannot be linked.",
    hint: "Use the same name (or the same leading number) as the matrix column header for this ambition.",
  },
  {
    code: "gap.priority-unowned",
    defaultSeverity: "error",
    description: "No indicator under a priority names a lead partner.",
    hint: "Name the lead partner(s) accountable for at least one indicator under this priority.",
  },
  {
    code: "gap.silo",
    defaultSeverity: "info",
    description: "Every indicator of an ambition is led by the same single organisation.",
    hint: "Consider naming a second lead partner, or check that the ambition is meant to rest on one organisation.",
  },
  {
    code: "gap.unsupported-claim",
    defaultSeverity: "warning",
    description:
      "The matrix says one ambition supports another, but no indicator is shared by both and no partner leads indicators under both.",
    hint: "Add the supported ambition to an indicator's Contributes to column, or remove the mark from the matrix.",
  },
];

const BY_CODE = new Map<string, GapRule>(GAP_RULES.map((r) => [r.code, r]));

/** A gap finding before severity and hint are applied. */
export type GapDraft = FindingDraft & { readonly code: GapCode };

/** Adds severity (settings override, else default) and hint; drops codes set to "off". */
export function finishGapFindings(drafts: readonly GapDraft[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const d of drafts) {
    const rule = BY_CODE.get(d.code);
    if (!rule) continue;
    const severity = settings.severities[d.code] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    const { hint, ...rest } = d;
    out.push({ ...rest, code: d.code, severity, hint: hint ?? rule.hint });
  }
  return out;
}
