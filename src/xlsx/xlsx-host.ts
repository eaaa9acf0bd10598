import ExcelJS from "exceljs";
import { HostError, WorkbookHost, WorkbookSnapshot, WritePlan, parseA1 } from "../engine";
import { applyPlanToWorkbook } from "./apply-plan";
import { snapshotFromWorkbook } from "./snapshot";

/**
 * A WorkbookHost over an in-memory ExcelJS workbook: the CLI's and the demo's "Excel". Listeners hear
 * about every change (plan applied, cell selected) so the demo grid can redraw.
 */
export class XlsxHost implements WorkbookHost {
  /** The cell last selected by selectCell (the demo highlights it). */
  selection?: { sheet: string; address: string };
  private readonly wb: ExcelJS.Workbook;
  private readonly listeners = new Set<() => void>();

  constructor(wb: ExcelJS.Workbook) {
    this.wb = wb;
  }

  /** The workbook itself, e.g. to save it after applying a plan. */
  get workbook(): ExcelJS.Workbook {
    return this.wb;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return snapshotFromWorkbook(this.wb);
  }

  async applyPlan(plan: WritePlan): Promise<void> {
    applyPlanToWorkbook(this.wb, plan);
    this.notify();
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!this.wb.getWorksheet(sheet)) {
      throw new HostError(
        "not-found",
        `The sheet '${sheet}' is no longer in the workbook: run the check again.`
      );
    }
    if (!parseA1(address)) {
      throw new HostError("not-found", `'${address}' is not a cell address: run the check again.`);
    }
    this.selection = { sheet, address };
    this.notify();
  }

  /** Calls `listener` after every applyPlan and selectCell; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}
