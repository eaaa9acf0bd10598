import { PlanOutcome } from "../model/plan";
import { Report } from "../model/report";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";
import { FinancialYear } from "../model/table";

export interface BoardOptions {
  /** Year to report; default: the latest year with actuals that ended on or before the as-at date. */
  readonly year?: FinancialYear;
}

/** Plans the board status sheet "Board status <as-at>". */
export function planBoard(
  _snapshot: WorkbookSnapshot,
  _report: Report,
  _settings: Settings,
  _options: BoardOptions = {}
): PlanOutcome {
  throw new Error("STUB: planBoard is being written (issue 6)");
}
