import {
  EMPTY_PLAN,
  Finding,
  GapView,
  PlanOutcome,
  RagResult,
  Report,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
  summarise,
} from "../../src/engine";
import { EngineApi } from "../../src/taskpane/engine-api";
import { workbook } from "../helpers/grid";

/** A host over a fixed snapshot that records what the pane asks of it. */
export class FakeHost implements WorkbookHost {
  readonly applied: WritePlan[] = [];
  readonly selected: [string, string][] = [];
  reads = 0;
  /** When set, readSnapshot waits for this before answering (to observe the pane mid-action). */
  gate?: Promise<void>;
  failRead?: Error;
  failApply?: Error;
  constructor(
    public snapshot: WorkbookSnapshot = workbook([{ rows: [["Priority", "Indicator"]] }])
  ) {}
  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.reads++;
    if (this.gate) await this.gate;
    if (this.failRead) throw this.failRead;
    return this.snapshot;
  }
  async applyPlan(plan: WritePlan): Promise<void> {
    if (this.failApply) throw this.failApply;
    this.applied.push(plan);
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected.push([sheet, address]);
  }
}

export function finding(partial: Partial<Finding> & Pick<Finding, "code" | "severity">): Finding {
  return { message: `message for ${partial.code}`, hint: `hint for ${partial.code}`, ...partial };
}

export const EMPTY_GAPS: GapView = { ambitions: [], pairs: [] };

/** A report as the engine would return it for the given findings (one table found). */
export function report(
  findings: Finding[],
  rag: RagResult[] = [],
  gaps: GapView = EMPTY_GAPS
): Report {
  const table = { id: "LAA!A1:G9" } as Report["tables"][number];
  return {
    tables: [table],
    findings,
    rag,
    forecasts: [],
    reward: { thresholdPercent: 60, capPercent: 100, targets: [] },
    gaps,
    summary: summarise(findings),
  };
}

/** An engine double: fixed answers, and a record of the settings each call received. */
export function fakeEngine(answers: {
  report: Report;
  rag?: PlanOutcome;
  board?: PlanOutcome;
  clean?: PlanOutcome;
  owned?: string[];
}): EngineApi & { settingsSeen: unknown[]; boardLoads: number } {
  const api = {
    settingsSeen: [] as unknown[],
    boardLoads: 0,
    analyse(_s: WorkbookSnapshot, settings: unknown) {
      api.settingsSeen.push(settings);
      return answers.report;
    },
    planRag: () =>
      answers.rag ?? { ok: true as const, plan: EMPTY_PLAN, summary: "Wrote 3 RAG cells." },
    planClean: () =>
      answers.clean ?? {
        ok: true as const,
        plan: EMPTY_PLAN,
        summary: "Removed LAA Monitor's 1 status column, and its record.",
      },
    describeOwned: () => answers.owned ?? ["RAG 2009/10 on 'LAA' (H2:H9)"],
    async loadBoardPlanner() {
      api.boardLoads++;
      return () =>
        answers.board ?? { ok: true as const, plan: EMPTY_PLAN, summary: "Built Board status." };
    },
  };
  return api;
}
