import { useCallback, useEffect, useRef, useState } from "react";
import {
  PlanOutcome,
  RatingStamp,
  Report,
  WorkbookHost,
  WorkbookSnapshot,
  snapshotFingerprint,
  stampOf,
} from "../../engine";
import { EngineApi } from "../engine-api";
import { errorMessage } from "../messages";
import { Notice } from "../pane-messages";
import { resolveSettings } from "../resolve-settings";
import { PaneSettings } from "../settings-store";

export type { Notice } from "../pane-messages";

export type ActionName = "check" | "rag" | "board" | "clean";

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
  clean: ["Reading the workbook", "Removing LAA Monitor's output", "Checking again"],
};

const DOING: Readonly<Record<ActionName, string>> = {
  check: "checking the table",
  rag: "writing RAG status",
  board: "building the board sheet",
  clean: "removing LAA Monitor's output",
};

export interface Progress {
  readonly action: ActionName;
  /** Index into ACTION_STEPS[action] of the step running now. */
  readonly step: number;
}

/** Results and what they were made from: the workbook's fingerprint and the settings. */
export interface Results {
  readonly report: Report;
  /** The snapshot's fingerprint when the report was made. */
  readonly fingerprint: string;
  /** The settings the report was made with (as-at date filled in). */
  readonly stamp: RatingStamp;
  /** What the add-in had written, with its stamps, when the report was made. */
  readonly owned: WorkbookSnapshot["owned"];
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
  /** The engine, or how to load it (after first paint). */
  readonly engine: () => Promise<EngineApi>;
  readonly settings: PaneSettings;
  readonly today: string;
}

/** A later look at the workbook never runs more often than this (ms). */
const VERIFY_GAP = 1500;

/**
 * Runs the actions against the host: one at a time, with named steps, every failure turned into a
 * Notice (never a blank pane or a console-only error). Keeps the results with what they were made
 * from, and marks them out of date when a later read of the workbook differs.
 */
export function usePaneActions({ host, engine, settings, today }: PaneActionsInput) {
  const [progress, setProgress] = useState<Progress | undefined>();
  const [results, setResults] = useState<Results | undefined>();
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [stale, setStale] = useState(false);
  const running = useRef(false);
  const latest = useRef<Results | undefined>();
  latest.current = results;

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
        const api = await engine();
        const snapshot = await host.readSnapshot();
        const resolved = resolveSettings(settings, snapshot, today);
        if (resolved.problem) found.push({ intent: "warning", text: resolved.problem });
        const show = (report: Report, from: WorkbookSnapshot) => {
          setResults({
            report,
            fingerprint: snapshotFingerprint(from),
            stamp: stampOf(resolved.settings),
            owned: from.owned,
          });
          setStale(false);
        };
        const again = async () => {
          const after = await host.readSnapshot();
          show(api.analyse(after, resolved.settings), after);
        };
        await step(1);
        if (action === "clean") {
          const outcome = api.planClean(snapshot);
          const refusal = outcomeNotice(outcome);
          if (refusal) found.push(refusal);
          if (outcome.ok) {
            await host.applyPlan(outcome.plan);
            await step(2);
            await again();
            found.push({ intent: "success", title: "Output removed", text: outcome.summary });
          }
          return;
        }
        const fresh = api.analyse(snapshot, resolved.settings);
        show(fresh, snapshot);
        if (action === "rag") {
          const outcome = api.planRag(snapshot, fresh, resolved.settings);
          const refusal = outcomeNotice(outcome);
          if (refusal) found.push(refusal);
          if (outcome.ok) {
            await step(2);
            await host.applyPlan(outcome.plan);
            await step(3);
            await again();
            found.push({ intent: "success", title: "RAG status written", text: outcome.summary });
          }
        } else if (action === "board") {
          await step(2);
          const planBoard = await api.loadBoardPlanner();
          const outcome = planBoard(snapshot, fresh, resolved.settings);
          const refusal = outcomeNotice(outcome);
          if (refusal) found.push(refusal);
          if (outcome.ok) {
            await step(3);
            await host.applyPlan(outcome.plan);
            // The board is the add-in's own sheet: the results stay current, its record is new.
            setResults((r) => r && { ...r, owned: outcome.plan.owned });
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

  /**
   * Reads the workbook again and marks the results out of date when it no longer matches them. Only
   * when results are shown and nothing runs, and not more often than every VERIFY_GAP ms.
   */
  const lastVerify = useRef(0);
  const verify = useCallback(async (): Promise<void> => {
    const shown = latest.current;
    const now = Date.now();
    if (!shown || running.current || now - lastVerify.current < VERIFY_GAP) return;
    lastVerify.current = now;
    try {
      const snapshot = await host.readSnapshot();
      if (!running.current && latest.current === shown)
        setStale(snapshotFingerprint(snapshot) !== shown.fingerprint);
    } catch {
      // A failed look changes nothing: the next action says what is wrong.
    }
  }, [host]);

  // Someone typed in the workbook (a host that can tell), or the officer came back to the pane.
  useEffect(() => {
    const unsubscribe = host.onChange?.(() => {
      lastVerify.current = 0;
      void verify();
    });
    const onFocus = () => void verify();
    globalThis.addEventListener?.("focus", onFocus);
    return () => {
      unsubscribe?.();
      globalThis.removeEventListener?.("focus", onFocus);
    };
  }, [host, verify]);

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

  return {
    run,
    select,
    progress,
    results,
    notices,
    stale,
    busy: progress !== undefined,
  };
}
