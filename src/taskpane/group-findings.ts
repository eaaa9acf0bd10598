import { Finding, Severity } from "../engine";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Which findings the officer wants to see: a set of severities and one code ("" = every code). */
export interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  readonly code: string;
}

export interface IndicatorGroup {
  /** The indicator label, or "" for table- and workbook-level findings. */
  readonly indicator: string;
  readonly findings: readonly Finding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly indicators: readonly IndicatorGroup[];
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => filter.severities.has(f.severity) && (filter.code === "" || f.code === filter.code)
  );
}

/**
 * Groups by severity (errors first), then by indicator in the order the engine reported them (sheet,
 * row, column), so a group reads top to bottom like the table.
 */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const bySeverity = new Map<Severity, Map<string, Finding[]>>();
  for (const f of findings) {
    let groups = bySeverity.get(f.severity);
    if (!groups) bySeverity.set(f.severity, (groups = new Map()));
    const key = f.indicator ?? "";
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(f);
  }
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const groups = bySeverity.get(severity);
    if (!groups) continue;
    const indicators = [...groups].map(([indicator, list]) => ({ indicator, findings: list }));
    const count = indicators.reduce((n, g) => n + g.findings.length, 0);
    out.push({ severity, count, indicators });
  }
  return out;
}

/** Each code with its number of findings, sorted by code, for the code filter. */
export function codeCounts(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
}
