/**
 * Office.js errors → HostError with one plain sentence. Branch on `code`, never on the message: Office
 * localises messages, codes are stable.
 */
import { HostError, HostErrorCode } from "../engine";

const BY_CODE: Readonly<Record<string, readonly [HostErrorCode, string]>> = {
  AccessDenied: [
    "access-denied",
    "Excel refused the change because a sheet or the workbook is protected or read-only: unprotect it (Review › Unprotect Sheet) and run again.",
  ],
  InvalidOperationInCellEditMode: [
    "cell-edit-mode",
    "Excel is busy editing a cell: press Enter or Esc to finish editing and run again.",
  ],
  RequestPayloadSizeLimitExceeded: [
    "payload-too-large",
    "The change is too large for Excel on the web to send in one go: run LAA Monitor in Excel on the desktop, or split the table over several sheets.",
  ],
  ResponsePayloadSizeLimitExceeded: [
    "payload-too-large",
    "The workbook is too large for Excel on the web to read in one go: run LAA Monitor in Excel on the desktop, or move unused data to another workbook.",
  ],
  ItemNotFound: [
    "not-found",
    "A sheet or table changed while LAA Monitor was working (renamed, moved or deleted): run the check again.",
  ],
  InvalidOperation: [
    "unknown",
    "Excel could not make the change, perhaps because of a merged cell, filter or table in the way: check the sheet and run again.",
  ],
  ApiNotFound: [
    "not-supported",
    "This version of Excel lacks a feature LAA Monitor needs: update Office, or use Excel on the web.",
  ],
  GeneralException: [
    "unknown",
    "Excel reported an internal error: save your work, close and reopen the workbook, and run again.",
  ],
};

/** The Office.js error code of `e`, if it has one. */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null || !("code" in e)) return undefined;
  const code = (e as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Any failure from Excel.run → a HostError the task pane can show as it is. */
export function translateError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = officeErrorCode(e);
  const known = code ? BY_CODE[code] : undefined;
  if (known) return new HostError(known[0], known[1]);
  return new HostError(
    "unknown",
    `Excel reported an unexpected problem${code ? ` (${code})` : ""}: save your work and run again.`
  );
}

/** The codes translated above (for tests and documentation). */
export const TRANSLATED_CODES: readonly string[] = Object.keys(BY_CODE);
