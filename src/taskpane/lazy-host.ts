import { WorkbookHost, WorkbookSnapshot, WritePlan } from "../engine";

/**
 * A WorkbookHost whose adapter is loaded on first use (its own bundle chunk), so the pane paints
 * before the Office.js adapter's code arrives. Every call waits for the same one host.
 */
export class LazyHost implements WorkbookHost {
  private host?: Promise<WorkbookHost>;

  constructor(private readonly load: () => Promise<WorkbookHost>) {}

  private get(): Promise<WorkbookHost> {
    this.host ??= this.load();
    return this.host;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return (await this.get()).readSnapshot();
  }

  async applyPlan(plan: WritePlan): Promise<void> {
    return (await this.get()).applyPlan(plan);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    return (await this.get()).selectCell(sheet, address);
  }
}
