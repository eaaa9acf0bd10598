import { WritePlan } from "./plan";
import { WorkbookSnapshot } from "./snapshot";

/**
 * The port every adapter implements (Excel via Office.js, the demo's in-memory workbook). The drivers
 * (task pane, CLI) talk to a host, never to Office.js or ExcelJS directly.
 */
export interface WorkbookHost {
  /** Reads the whole workbook (used ranges, formats, merges, tables, ownership record). */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Applies a plan in one batch, or nothing at all; rejects with a HostError. */
  applyPlan(plan: WritePlan): Promise<void>;
  /** Activates the sheet and selects the cell (A1 address). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Calls `listener` whenever the workbook may have changed other than through applyPlan (someone
   * typed in it); returns the unsubscribe function. Hosts that cannot tell leave it out.
   */
  onChange?(listener: () => void): () => void;
}

export type HostErrorCode =
  | "protected"
  | "access-denied"
  | "cell-edit-mode"
  | "payload-too-large"
  | "not-supported"
  | "not-found"
  | "in-the-way"
  | "unreadable"
  | "unknown";

/** A failure the user can act on: `message` is one plain sentence saying what happened and what to do. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  constructor(code: HostErrorCode, message: string) {
    super(message);
    this.name = "HostError";
    this.code = code;
  }
}
