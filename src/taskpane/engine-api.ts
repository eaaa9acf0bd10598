import type { PlanOutcome, Report, Settings, WorkbookSnapshot } from "../engine";
import type { BoardOptions } from "../engine";

/** The board planner's signature (loaded on demand). */
export type BoardPlanner = (
  snapshot: WorkbookSnapshot,
  report: Report,
  settings: Settings,
  options?: BoardOptions
) => PlanOutcome;

/** The engine calls the pane makes; a prop so tests can count or replace them. */
export interface EngineApi {
  analyse(snapshot: WorkbookSnapshot, settings: Settings): Report;
  planRag(snapshot: WorkbookSnapshot, report: Report, settings: Settings): PlanOutcome;
  /** Plans taking the add-in's own output back out (Remove LAA Monitor output). */
  planClean(snapshot: WorkbookSnapshot): PlanOutcome;
  /** What the add-in has written, one line each, for the confirmation before removing it. */
  describeOwned(snapshot: WorkbookSnapshot): string[];
  /** The board planner is only needed on demand, so it is loaded then (its own bundle chunk). */
  loadBoardPlanner(): Promise<BoardPlanner>;
}

let loading: Promise<EngineApi> | undefined;

/**
 * The real engine, loaded after the pane's first paint (its own bundle chunk: the reader, the rules,
 * the catalogue): the pane is on screen before any of it arrives, and the first action waits for it.
 */
export function loadEngine(): Promise<EngineApi> {
  loading ??= import(/* webpackChunkName: "engine" */ "./engine-core").then((m) => m.engine);
  return loading;
}
