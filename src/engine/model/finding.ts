/** Severity of a finding. Errors block submission; warnings ask for a fix or a reason; info is advice. */
export type Severity = "error" | "warning" | "info";

/** A finding: a plain, serialisable object, pointing at the cell the user must change. */
export interface Finding {
  /** Stable dotted code, `<field>.<defect>`; documented in docs/rules/<code>.md. */
  readonly code: string;
  readonly severity: Severity;
  /** What is wrong, in plain English. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  /** Sheet the finding is on (absent for workbook-level findings). */
  readonly sheet?: string;
  /** A1 address of the cell to change (absent for table- and workbook-level findings). */
  readonly cell?: string;
  /** Excel's 1-based row number, when the finding is about a row. */
  readonly row?: number;
  /** Indicator label as written ("NI 154", or the local indicator's title). */
  readonly indicator?: string;
  /** Machine-readable details (values, resolved numbers, polarity source, names involved). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Counts by severity. */
export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

export function summarise(findings: readonly Finding[]): FindingSummary {
  let errors = 0;
  let warnings = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else info++;
  }
  return { errors, warnings, info };
}
