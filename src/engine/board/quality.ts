import { quoteSheet } from "../model/address";
import { Finding, summarise } from "../model/finding";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";
import { HEADING } from "./title";

/** One indicator with errors: its first error (the one to fix first) and how many it has. */
export interface IndicatorErrors {
  readonly indicator: string;
  readonly where: string;
  readonly message: string;
  count: number;
}

/** Indicators with at least one error, in the findings' (sheet, row, column) order. */
export function indicatorsWithErrors(findings: readonly Finding[]): IndicatorErrors[] {
  const byIndicator = new Map<string, IndicatorErrors>();
  for (const f of findings) {
    if (f.severity !== "error" || f.indicator === undefined) continue;
    const seen = byIndicator.get(f.indicator);
    if (seen) {
      seen.count++;
      continue;
    }
    const where =
      f.sheet !== undefined && f.cell !== undefined
        ? `${quoteSheet(f.sheet)}!${f.cell}`
        : (f.sheet ?? "");
    byIndicator.set(f.indicator, { indicator: f.indicator, where, message: f.message, count: 1 });
  }
  return [...byIndicator.values()];
}

/**
 * The data quality section: how many check findings of each severity, in words a board reads
 * (errors block submission to government), then each indicator with errors and its first error.
 */
export function writeQuality(b: SheetBuilder, findings: readonly Finding[]): void {
  const summary = summarise(findings);
  b.put(b.addRow(), 0, HEADING.quality, S.section);
  const head = b.addRow();
  b.put(head, 0, "Findings", S.header);
  b.put(head, 1, "Count", S.headerCenter);
  b.put(head, 2, "What it means", S.header);
  const rows: [string, number, string][] = [
    ["Errors", summary.errors, "Must be fixed before the table goes to government."],
    ["Warnings", summary.warnings, "Fix, or explain the reason to the board."],
    ["Information", summary.info, "Advice only."],
  ];
  for (const [label, n, meaning] of rows) {
    const row = b.addRow();
    b.put(row, 0, label, S.text);
    b.put(row, 1, n, S.count);
    b.put(row, 2, meaning, S.text);
  }
  b.skip(1);
  const withErrors = indicatorsWithErrors(findings);
  if (withErrors.length === 0) {
    b.put(b.addRow(), 0, "No indicator has an error.", S.plain);
    return;
  }
  const listHead = b.addRow();
  ["Indicator", "Errors", "First error", "Cell"].forEach((h, col) =>
    b.put(listHead, col, h, col === 1 ? S.headerCenter : S.header)
  );
  for (const e of withErrors) {
    const row = b.addRow();
    b.put(row, 0, e.indicator, S.text);
    b.put(row, 1, e.count, S.count);
    b.put(row, 2, e.message, S.text);
    b.put(row, 3, e.where === "" ? null : e.where, S.text);
  }
}
