import { PlanOutcome } from "../model/plan";
import { Report } from "../model/report";
import { Settings } from "../model/settings";
import { WorkbookSnapshot } from "../model/snapshot";

/** Plans the RAG status columns ("RAG 2009/10") next to each year's actuals. */
export function planRag(_snapshot: WorkbookSnapshot, _report: Report, _settings: Settings): PlanOutcome {
  throw new Error("STUB: planRag is being written (issue 4)");
}
