import { FindingSummary, HostError, Report, countOf } from "../engine";

/** What the summary MessageBar says after a check. */
export interface SummaryMessage {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: string;
  readonly text: string;
}

/**
 * "Ready to submit" or "3 errors, 5 warnings to look at", with a sentence on what to do next and,
 * when given, the as-at date the results are for ("30 June 2010").
 */
export function summaryMessage(
  report: Pick<Report, "summary" | "tables">,
  asAt?: string
): SummaryMessage {
  const made = summaryOf(report);
  return asAt ? { ...made, text: `${made.text} Rated as at ${asAt}.` } : made;
}

function summaryOf(report: Pick<Report, "summary" | "tables">): SummaryMessage {
  const s: FindingSummary = report.summary;
  if (report.tables.length === 0) {
    return {
      intent: "warning",
      title: "No LAA target table found",
      text:
        "No sheet has the Indicator, Baseline and target-year headings of an LAA table: " +
        "open the workbook that holds the table, or check its heading row.",
    };
  }
  const tables = countOf(report.tables.length, "table");
  if (s.errors === 0 && s.warnings === 0) {
    const notes = s.info > 0 ? ` ${countOf(s.info, "note")} for information below.` : "";
    return {
      intent: "success",
      title: "Ready to submit",
      text: `No errors or warnings in ${tables}.${notes}`,
    };
  }
  const parts: string[] = [];
  if (s.errors > 0) parts.push(countOf(s.errors, "error"));
  if (s.warnings > 0) parts.push(countOf(s.warnings, "warning"));
  return {
    intent: s.errors > 0 ? "error" : "warning",
    title: `${parts.join(", ")} to look at`,
    text:
      s.errors > 0
        ? "Errors must be fixed before submission; warnings need a fix or a reason. Select a finding to go to its cell."
        : "Warnings need a fix or a reason before submission. Select a finding to go to its cell.",
  };
}

/**
 * One plain sentence for any failure. Adapters throw HostError with a sentence ready to show; anything
 * else is a programming error, still shown (never only in the console) with what to try.
 */
export function errorMessage(error: unknown, doing: string): string {
  if (error instanceof HostError) return error.message;
  if (error && typeof error === "object" && (error as { name?: unknown }).name === "HostError") {
    return String((error as { message?: unknown }).message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong while ${doing} (${detail}). Try again; if it happens again, save the workbook and reopen the pane.`;
}

/** Today's date in the officer's own time zone, `YYYY-MM-DD` (the engine never reads the clock). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
