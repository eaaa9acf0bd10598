/** Human output of `check`: findings grouped by file and table, one line each, then a summary. */
import {
  cellLabel,
  countOf,
  Finding,
  FindingSummary,
  LaaTable,
  parseA1,
  quoteSheet,
  rangeContains,
  rangeToA1,
  Report,
  Severity,
} from "../../engine";
import { PLAIN, Paint, Terminal, paint } from "../terminal";
import { oneLine, para, table } from "./text";

/** One checked file. */
export interface FileReport {
  readonly file: string;
  readonly report: Report;
}

/** "LAA!F5", or "LAA row 7" for a row-level finding, or the sheet, or "workbook". */
export function findingLocation(f: Finding): string {
  if (f.sheet === undefined) return "workbook";
  const sheet = quoteSheet(f.sheet);
  if (f.cell) return `${sheet}!${f.cell}`;
  return f.row !== undefined ? `${sheet} row ${f.row}` : sheet;
}

/** The table a finding lies in (same sheet, its cell or row inside the table's range). */
function tableOf(f: Finding, tables: readonly LaaTable[]): LaaTable | undefined {
  if (f.sheet === undefined) return undefined;
  const pos = f.cell ? parseA1(f.cell) : undefined;
  const row = pos?.row ?? (f.row !== undefined ? f.row - 1 : undefined);
  if (row === undefined) return undefined;
  return tables.find(
    (t) =>
      t.sheet === f.sheet &&
      (pos ? rangeContains(t.range, pos.row, pos.col) : row >= t.range.top && row <= t.range.bottom)
  );
}

export function summaryText(s: FindingSummary): string {
  if (s.errors + s.warnings + s.info === 0) return "No problems found.";
  return `${countOf(s.errors, "error")}, ${countOf(s.warnings, "warning")}, ${countOf(s.info, "info", "info")}.`;
}

/** The summary in the colour of its worst severity. */
export function summaryLine(s: FindingSummary, t: Terminal): string {
  const style: Paint = s.errors > 0 ? "red" : s.warnings > 0 ? "yellow" : "green";
  return paint(t, style, summaryText(s));
}

export const SEVERITY_PAINT: Readonly<Record<Severity, Paint>> = {
  error: "red",
  warning: "yellow",
  info: "cyan",
};

/** How a command's text output looks: the terminal, the fix under each finding, errors only. */
export interface TextLook {
  readonly terminal?: Terminal;
  readonly verbose?: boolean;
  /** Errors only (--quiet). */
  readonly quiet?: boolean;
}

/** The findings a look shows: with --quiet, the errors alone. */
export function shown(findings: readonly Finding[], look: TextLook): readonly Finding[] {
  return look.quiet ? findings.filter((f) => f.severity === "error") : findings;
}

/** Finding lines under a heading: where, severity, code, indicator, message (and the fix). */
export function findingLines(
  findings: readonly Finding[],
  look: TextLook,
  indent = "    "
): string[] {
  const t = look.terminal ?? PLAIN;
  const rows = findings.map((f) => [
    findingLocation(f),
    f.severity,
    f.code,
    f.indicator ?? "",
    oneLine(f.message),
  ]);
  const lines = table(rows, indent, t, {
    clip: { 3: 24 },
    paint: (r, c) =>
      c === 1 ? SEVERITY_PAINT[findings[r]?.severity ?? "info"] : c === 2 ? "dim" : undefined,
  });
  if (!look.verbose) return lines;
  // Each finding may take several lines on a terminal: find where each one starts.
  const out: string[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    const next = i + 1 < findings.length ? firstLineOf(lines, at + 1, indent) : lines.length;
    out.push(...lines.slice(at, next), ...para(`Fix: ${oneLine(f.hint, 400)}`, `${indent}  `, t));
    at = next;
  });
  return out;
}

/** Index of the next line that starts a row (not a wrapped continuation). */
function firstLineOf(lines: readonly string[], from: number, indent: string): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (l.startsWith(indent) && l[indent.length] !== " ") return i;
  }
  return lines.length;
}

/** Lines for one file: a heading, then each table's findings, then the rest, then its summary. */
export function formatFileFindings({ file, report }: FileReport, opts: TextLook = {}): string[] {
  const t = opts.terminal ?? PLAIN;
  const lines = [paint(t, "bold", file)];
  const byTable = new Map<LaaTable | undefined, Finding[]>();
  for (const t of report.tables) byTable.set(t, []);
  for (const f of shown(report.findings, opts)) {
    const tb = tableOf(f, report.tables);
    const list = byTable.get(tb) ?? [];
    list.push(f);
    byTable.set(tb, list);
  }
  for (const [tb, findings] of byTable) {
    const title = tb
      ? `  Table ${quoteSheet(tb.sheet)}!${rangeToA1(tb.range)} (${countOf(tb.rows.length, "indicator")})`
      : "  Workbook and other sheets";
    if (tb === undefined && findings.length === 0) continue;
    if (opts.quiet && findings.length === 0) continue;
    lines.push(title);
    for (const n of opts.quiet ? [] : (tb?.notes ?? []))
      lines.push(...para(`Note (${cellLabel(n.cell)}): ${oneLine(n.text, 200)}`, "    ", t));
    if (findings.length === 0) lines.push("    No problems found.");
    lines.push(...findingLines(findings, opts));
  }
  lines.push(...para(summaryLine(report.summary, t), "  ", t));
  return lines;
}

function total(files: readonly FileReport[]): FindingSummary {
  return files.reduce(
    (acc, f) => ({
      errors: acc.errors + f.report.summary.errors,
      warnings: acc.warnings + f.report.summary.warnings,
      info: acc.info + f.report.summary.info,
    }),
    { errors: 0, warnings: 0, info: 0 }
  );
}

/** The whole `check` output (stylish); a total line when more than one file was checked. */
export function formatCheck(files: readonly FileReport[], opts: TextLook = {}): string[] {
  const lines: string[] = [];
  for (const f of files) lines.push(...formatFileFindings(f, opts), "");
  if (files.length > 1) {
    lines.push(
      ...para(
        `${countOf(files.length, "file")} checked: ${summaryLine(total(files), opts.terminal ?? PLAIN)}`,
        "",
        opts.terminal
      )
    );
  } else if (lines[lines.length - 1] === "") {
    lines.pop();
  }
  return lines;
}

/**
 * `--format compact`: one line per finding, `file: where: severity code: message [indicator]`, then
 * the total. Easy to grep and to read in an editor's problem list.
 */
export function formatCheckCompact(files: readonly FileReport[], look: TextLook = {}): string[] {
  const t = look.terminal ?? PLAIN;
  const lines: string[] = [];
  for (const { file, report } of files) {
    for (const f of shown(report.findings, look)) {
      const indicator = f.indicator ? ` [${f.indicator}]` : "";
      const severity = paint(t, SEVERITY_PAINT[f.severity], f.severity);
      lines.push(
        `${file}: ${findingLocation(f)}: ${severity} ${f.code}: ${oneLine(f.message, 400)}${indicator}`
      );
    }
  }
  lines.push(
    `${files.length > 1 ? `${countOf(files.length, "file")} checked: ` : ""}${summaryLine(total(files), t)}`
  );
  return lines;
}

/** What `--quiet` prints for a command that writes: the check's errors, one line each (or nothing). */
export function quietErrors(file: string, report: Report, look: TextLook = {}): string[] {
  return formatCheckCompact([{ file, report }], { ...look, quiet: true }).slice(0, -1);
}
