import { HostError, WorkbookHost, WorkbookSnapshot, WritePlan, parseA1 } from "../engine";
import { ownedToNames } from "../engine";
import { DEFAULT_PAYLOAD_BUDGET, applyPlanInExcel } from "./apply-plan";
import { officeErrorCode, translateError } from "./errors";
import { KnownWorkbook, readWorkbook } from "./read-snapshot";
import { NEEDS, requireApi, supports } from "./requirements";

export interface ExcelHostOptions {
  /** Estimated characters of values per request (Excel on the web's limit is 5 MB). */
  readonly payloadBudget?: number;
  /**
   * Extra options for each `Excel.run`, e.g. a `session` that sends the batches to a test host instead
   * of the Office host. Production passes none.
   */
  readonly runOptions?: () => Excel.RunOptions;
}

/**
 * The WorkbookHost over the open workbook (Office.js). Reads in two syncs, applies a plan in one, selects
 * in one. Every batch runs with `delayForCellEdit`, so a user typing in a cell delays the batch instead
 * of failing it; every failure becomes a HostError with one plain sentence.
 */
export class ExcelHost implements WorkbookHost {
  private known?: KnownWorkbook;
  private readonly budget: number;
  private readonly run: <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    explain?: (e: unknown) => HostError | undefined
  ) => Promise<T>;

  constructor(options: ExcelHostOptions = {}) {
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.run = (batch, explain) => run(batch, options.runOptions?.(), explain);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    requireApi(NEEDS.read, "read the workbook");
    const withMerges = supports(NEEDS.merges);
    this.known = await this.run((context) => readWorkbook(context, withMerges));
    return this.known.snapshot;
  }

  async applyPlan(plan: WritePlan): Promise<void> {
    requireApi(NEEDS.write, "write status columns and board sheets");
    // Protection, sheet names and the old record come from the last read (reading them now would cost syncs).
    if (!this.known) await this.readSnapshot();
    const known = this.known as KnownWorkbook;
    await this.run((context) => applyPlanInExcel(context, plan, known, this.budget));
    this.known = afterPlan(known, plan);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!parseA1(address))
      throw new HostError("not-found", `'${address}' is not a cell address: run the check again.`);
    const seen = this.known?.snapshot.sheets.find(
      (s) => s.name.toLowerCase() === sheet.toLowerCase()
    );
    if (seen && seen.visibility && seen.visibility !== "visible") throw hiddenSheet(sheet, address);
    await this.run(
      async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      },
      // Excel refuses to activate a sheet hidden since the last read.
      (e) => (officeErrorCode(e) === "InvalidOperation" ? hiddenSheet(sheet, address) : undefined)
    );
  }
}

function hiddenSheet(sheet: string, address: string): HostError {
  return new HostError(
    "in-the-way",
    `The sheet '${sheet}' is hidden, so Excel cannot go to ${address}: unhide it (right-click a sheet tab › Unhide) and try again.`
  );
}

/** What the workbook holds after a successful plan, so a second plan needs no fresh read. */
function afterPlan(known: KnownWorkbook, plan: WritePlan): KnownWorkbook {
  const names = new Set(known.sheets.map((s) => s.name.toLowerCase()));
  const deleted = new Set((plan.deleteSheets ?? []).map((n) => n.toLowerCase()));
  const added = plan.newSheets
    .filter((ns) => !names.has(ns.name.toLowerCase()))
    .map((ns) => ({ name: ns.name, protected: false }));
  return {
    sheets: [...known.sheets.filter((s) => !deleted.has(s.name.toLowerCase())), ...added],
    ownedNames: ownedToNames(plan.owned).map((n) => n.name),
    snapshot: { ...known.snapshot, owned: plan.owned },
  };
}

/** One Excel.run; a failure becomes a HostError (`explain` may say it better for one step). */
async function run<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  extra: Excel.RunOptions = {},
  explain?: (e: unknown) => HostError | undefined
): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true, ...extra }, batch);
  } catch (e) {
    throw explain?.(e) ?? translateError(e);
  }
}
