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
  private readonly editListeners = new Set<() => void>();

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

  /**
   * Sets one cell as someone typing in it would (the demo's "Change a cell"): a number when the text
   * is one, else the text. Tells onChange listeners, as Excel would tell the pane.
   */
  async setCellValue(sheet: string, address: string, text: string): Promise<void> {
    const ws = this.wb.getWorksheet(sheet);
    const at = parseA1(address);
    if (!ws || !at) {
      throw new HostError("not-found", `There is no cell ${address} on a sheet '${sheet}'.`);
    }
    const trimmed = text.trim();
    const number = trimmed !== "" && /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
    ws.getCell(at.row + 1, at.col + 1).value = number ?? (trimmed === "" ? null : text);
    this.notify();
    for (const l of [...this.editListeners]) l();
  }

  /** Calls `listener` when a cell is changed other than by a plan; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => {
      this.editListeners.delete(listener);
    };
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
