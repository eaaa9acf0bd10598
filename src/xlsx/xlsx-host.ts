import { HostError, WorkbookHost, WorkbookSnapshot, WritePlan, parseA1 } from "../engine";
import { ReadWorkbook, applyPlanToFile, readWorkbookBytes, workbookBytes } from "./workbook";

/**
 * A WorkbookHost over a workbook file held in memory: the demo's "Excel". Plans are applied by the
 * same patching writer the CLI uses, so what the demo downloads is what the CLI would write.
 * Listeners hear about every change (plan applied, cell selected) so the demo grid can redraw.
 */
export class XlsxHost implements WorkbookHost {
  /** The cell last selected by selectCell (the demo highlights it). */
  selection?: { sheet: string; address: string };
  /** The sheet the last plan asked to show (a new board sheet), if any. */
  activated?: string;
  private book: ReadWorkbook;
  private readonly listeners = new Set<() => void | Promise<void>>();

  constructor(book: ReadWorkbook) {
    this.book = book;
  }

  /** Reads a host from .xlsx/.xlsm bytes; HostError("unreadable") with one sentence if it cannot. */
  static fromBytes(bytes: Uint8Array | ArrayBuffer, label?: string): XlsxHost {
    return new XlsxHost(readWorkbookBytes(bytes, label));
  }

  /** The workbook as it stands (with every plan applied so far). */
  get workbook(): ReadWorkbook {
    return this.book;
  }

  /** The workbook's bytes as they stand: parts no plan touched are exactly as they were opened. */
  toBytes(): Uint8Array {
    return workbookBytes(this.book);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.book.snapshot;
  }

  async applyPlan(plan: WritePlan): Promise<void> {
    this.book = applyPlanToFile(this.book, plan);
    const shown = plan.newSheets.find((s) => s.activate);
    if (shown) this.activated = shown.name;
    // A listener that redraws from the written bytes finishes before the plan counts as applied.
    await this.notify();
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!this.book.snapshot.sheets.some((s) => s.name === sheet)) {
      throw new HostError(
        "not-found",
        `The sheet '${sheet}' is no longer in the workbook: run the check again.`
      );
    }
    if (!parseA1(address)) {
      throw new HostError("not-found", `'${address}' is not a cell address: run the check again.`);
    }
    this.selection = { sheet, address };
    await this.notify();
  }

  /**
   * Calls `listener` after every applyPlan and selectCell, which wait for what it returns; returns the
   * unsubscribe function.
   */
  subscribe(listener: () => void | Promise<void>): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private async notify(): Promise<void> {
    await Promise.all([...this.listeners].map((l) => l()));
  }
}
