/**
 * Requirement sets checked at run time: Excel 2016 perpetual, older Macs and some web builds lack the
 * newer APIs, and calling one there fails with an obscure ApiNotFound.
 */
import { HostError } from "../engine";

/** What each part of the adapter needs (see the Office.js requirement-set tables). */
export const NEEDS = {
  /** getUsedRangeOrNullObject (1.4), worksheet protection (1.2). */
  read: "1.4",
  /** getMergedAreasOrNullObject: without it the snapshot has no merges (the reader copes). */
  merges: "1.13",
  /** getRanges and pageLayout (1.9), getRangeByIndexes (1.7). */
  write: "1.9",
} as const;

export interface RequirementReport {
  /** Everything the add-in needs to read and write. */
  readonly supported: boolean;
  /** ExcelApi versions that are missing, e.g. ["1.9"]. */
  readonly missing: readonly string[];
  /** Merged cells can be read (ExcelApi 1.13). */
  readonly merges: boolean;
  /** One plain sentence when something is missing. */
  readonly message?: string;
}

/** True when the host supports ExcelApi `version` (false outside Office, where Office.context is absent). */
export function supports(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return Boolean(requirements?.isSetSupported("ExcelApi", version));
}

const UPDATE =
  "update Office (File › Account › Update Options), or use Excel on the web or Microsoft 365";

/** What this Excel can do, for the task pane to show before the user starts. */
export function checkRequirements(): RequirementReport {
  const missing = [NEEDS.read, NEEDS.write].filter((v) => !supports(v));
  return {
    supported: missing.length === 0,
    missing,
    merges: supports(NEEDS.merges),
    ...(missing.length
      ? {
          message: `This version of Excel lacks features LAA Monitor needs (ExcelApi ${missing.join(", ")}): ${UPDATE}.`,
        }
      : {}),
  };
}

/** Throws HostError("not-supported") when ExcelApi `version` is missing; `what` says which step needs it. */
export function requireApi(version: string, what: string): void {
  if (!supports(version)) {
    throw new HostError(
      "not-supported",
      `This version of Excel cannot ${what} (it needs ExcelApi ${version}): ${UPDATE}.`
    );
  }
}
