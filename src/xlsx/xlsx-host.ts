import {
  HostError,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
  WriteValue,
  parseA1,
} from "../engine";
import { ReadWorkbook, applyPlanToFile, readWorkbookBytes, workbookBytes } from "./workbook";

/** What typing `text` into a cell leaves there: a number when it is one, nothing for "", else text. */
function typedValue(text: string): WriteValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/**
 * A WorkbookHost over a workbook file held in memory: the demo's "Excel". Plans are applied by the
 * same patching writer the CLI uses, so what the demo downloads is what the CLI would write.
 * Listeners hear about every change (plan applied, cell selected or typed in) so the demo grid can
 * redraw; onChange listeners hear only about typing, as Excel tells the pane.
 */
export class XlsxHost implements WorkbookHost {
  /** The cell last selected by selectCell (the demo highlights it). */
  selection?: { sheet: string; address: string };
  /** The sheet the last change asked to show (a new board sheet), if any. */
  activated?: string;
  private book: ReadWorkbook;
  private readonly listeners = new Set<() => void | Promise<void>>();
  private readonly editListeners = new Set<() => void>();

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
    this.activated = plan.newSheets.find((s) => s.activate)?.name;
    const gone = new Set((plan.deleteSheets ?? []).map((n) => n.toLowerCase()));
    if (this.selection && gone.has(this.selection.sheet.toLowerCase())) this.selection = undefined;
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
   * Sets one cell as someone typing in it would (the demo's "Change a cell"): a number when the text
   * is one, nothing for "", else the text; the cell keeps its format. Written by the same patching
   * writer as a one-cell plan whose ownership record is the current one, so nothing the add-in owns
   * changes. Tells subscribers (the grid) and onChange listeners (the pane), as Excel would.
   */
  async setCellValue(sheet: string, address: string, text: string): Promise<void> {
    const at = parseA1(address);
    if (!at || !this.book.snapshot.sheets.some((s) => s.name === sheet)) {
      throw new HostError("not-found", `There is no cell ${address} on a sheet '${sheet}'.`);
    }
    const plan: WritePlan = {
      edits: [
        {
          sheet,
          clear: [],
          blocks: [{ top: at.row, left: at.col, values: [[typedValue(text)]] }],
          formats: [],
        },
      ],
      newSheets: [],
      owned: this.book.snapshot.owned,
    };
    this.book = applyPlanToFile(this.book, plan, { typed: true });
    this.activated = undefined;
    await this.notify();
    for (const l of [...this.editListeners]) l();
  }

  /** Calls `listener` when a cell is changed other than by a plan; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => {
      this.editListeners.delete(listener);
    };
  }

  /**
   * Calls `listener` after every applyPlan, selectCell and setCellValue, which wait for what it
   * returns; returns the unsubscribe function.
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
