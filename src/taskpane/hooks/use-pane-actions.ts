import { useCallback, useRef, useState } from "react";
import { PlanOutcome, Report, WorkbookHost } from "../../engine";
import { EngineApi } from "../engine-api";
import { errorMessage } from "../messages";
import { resolveSettings } from "../resolve-settings";
import { PaneSettings } from "../settings-store";

export type ActionName = "check" | "rag" | "board";

/** The named steps each action goes through, shown as progress while it runs. */
export const ACTION_STEPS: Readonly<Record<ActionName, readonly string[]>> = {
  check: ["Reading the workbook", "Checking the tables"],
  rag: [
    "Reading the workbook",
    "Rating the indicators",
    "Writing the RAG columns",
    "Checking again",
  ],
  board: [
    "Reading the workbook",
    "Checking the tables",
    "Loading the board builder",
    "Writing the board sheet",
  ],
};

const DOING: Readonly<Record<ActionName, string>> = {
  check: "checking the table",
  rag: "writing RAG status",
  board: "building the board sheet",
};

/** A plain sentence shown in a MessageBar; `cell` offers a "Go to cell" button. */
export interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title?: string;
  readonly text: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export interface Progress {
  readonly action: ActionName;
  /** Index into ACTION_STEPS[action] of the step running now. */
  readonly step: number;
}

/** Lets React paint the step name before a synchronous engine call blocks the thread. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function outcomeNotice(outcome: PlanOutcome): Notice | undefined {
  if (outcome.ok) return undefined;
  return {
    intent: outcome.reason === "nothing-to-write" ? "info" : "warning",
    text: outcome.message,
    sheet: outcome.sheet,
    cell: outcome.cell,
  };
}

export interface PaneActionsInput {
  readonly host: WorkbookHost;
  readonly engine: EngineApi;
  readonly settings: PaneSettings;
  readonly today: string;
}

/**
 * Runs the three actions against the host: one at a time, with named steps, every failure turned
 * into a Notice (never a blank pane or a console-only error).
 */
export function usePaneActions({ host, engine, settings, today }: PaneActionsInput) {
  const [progress, setProgress] = useState<Progress | undefined>();
  const [report, setReport] = useState<Report | undefined>();
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const running = useRef(false);

  const run = useCallback(
    async (action: ActionName): Promise<void> => {
      if (running.current) return;
      running.current = true;
      setNotices([]);
      const step = async (index: number) => {
        setProgress({ action, step: index });
        await paint();
      };
      const found: Notice[] = [];
      try {
        await step(0);
        const snapshot = await host.readSnapshot();
        const resolved = resolveSettings(settings, snapshot, today);
        if (resolved.problem) found.push({ intent: "warning", text: resolved.problem });
        await step(1);
        const fresh = engine.analyse(snapshot, resolved.settings);
        setReport(fresh);
        if (action === "rag") {
          const outcome = engine.planRag(snapshot, fresh, resolved.settings);
          const refusal = outcomeNotice(outcome);
          if (refusal || !outcome.ok) {
            if (refusal) found.push(refusal);
          } else {
            await step(2);
            await host.applyPlan(outcome.plan);
            await step(3);
            setReport(engine.analyse(await host.readSnapshot(), resolved.settings));
            found.push({ intent: "success", title: "RAG status written", text: outcome.summary });
          }
        } else if (action === "board") {
          await step(2);
          const planBoard = await engine.loadBoardPlanner();
          const outcome = planBoard(snapshot, fresh, resolved.settings);
          const refusal = outcomeNotice(outcome);
          if (refusal || !outcome.ok) {
            if (refusal) found.push(refusal);
          } else {
            await step(3);
            await host.applyPlan(outcome.plan);
            found.push({ intent: "success", title: "Board sheet built", text: outcome.summary });
          }
        }
      } catch (error) {
        found.push({ intent: "error", text: errorMessage(error, DOING[action]) });
      } finally {
        setNotices(found);
        setProgress(undefined);
        running.current = false;
      }
    },
    [host, engine, settings, today]
  );

  /** Selects a finding's cell; a failure becomes a notice like any other. */
  const select = useCallback(
    async (sheet: string, cell: string): Promise<void> => {
      try {
        await host.selectCell(sheet, cell);
      } catch (error) {
        setNotices([{ intent: "error", text: errorMessage(error, `selecting ${cell}`) }]);
      }
    },
    [host]
  );

  return { run, select, progress, report, notices, busy: progress !== undefined };
}
