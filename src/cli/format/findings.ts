/** Human output of `check`: findings grouped by file and table, one line each, then a summary. */
import {
  cellLabel,
  Finding,
  FindingSummary,
  LaaTable,
  parseA1,
  quoteSheet,
  rangeContains,
  rangeToA1,
  Report,
} from "../../engine";
import { alignColumns, oneLine, plural } from "./text";

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
  return `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${s.info} info.`;
}

function findingRows(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [
    findingLocation(f),
    f.severity,
    f.code,
    f.indicator ?? "",
    oneLine(f.message),
  ]);
}

/** Lines for one file: a heading, then each table's findings, then the rest, then its summary. */
export function formatFileFindings({ file, report }: FileReport, verbose = false): string[] {
  const lines = [file];
  const byTable = new Map<LaaTable | undefined, Finding[]>();
  for (const t of report.tables) byTable.set(t, []);
  for (const f of report.findings) {
    const t = tableOf(f, report.tables);
    const list = byTable.get(t) ?? [];
    list.push(f);
    byTable.set(t, list);
  }
  for (const [table, findings] of byTable) {
    const title = table
      ? `  Table ${quoteSheet(table.sheet)}!${rangeToA1(table.range)} (${plural(table.rows.length, "indicator")})`
      : "  Workbook and other sheets";
    if (table === undefined && findings.length === 0) continue;
    lines.push(title);
    for (const n of table?.notes ?? [])
      lines.push(`    Note (${cellLabel(n.cell)}): ${oneLine(n.text, 200)}`);
    if (findings.length === 0) lines.push("    No problems found.");
    const rows = alignColumns(findingRows(findings), "    ");
    findings.forEach((f, i) => {
      lines.push(rows[i] ?? "");
      if (verbose) lines.push(`      Fix: ${oneLine(f.hint, 400)}`);
    });
  }
  lines.push(`  ${summaryText(report.summary)}`);
  return lines;
}

/** The whole `check` output; a total line when more than one file was checked. */
export function formatCheck(files: readonly FileReport[], verbose = false): string[] {
  const lines: string[] = [];
  for (const f of files) lines.push(...formatFileFindings(f, verbose), "");
  if (files.length > 1) {
    const total = files.reduce(
      (acc, f) => ({
        errors: acc.errors + f.report.summary.errors,
        warnings: acc.warnings + f.report.summary.warnings,
        info: acc.info + f.report.summary.info,
      }),
      { errors: 0, warnings: 0, info: 0 }
    );
    lines.push(`${plural(files.length, "file")} checked: ${summaryText(total)}`);
  } else if (lines[lines.length - 1] === "") {
    lines.pop();
  }
  return lines;
}
