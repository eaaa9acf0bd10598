import { PlanOutcome, Report, Settings, WorkbookSnapshot, analyse, planRag } from "../engine";
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
  /** The board planner is only needed on demand, so it is loaded then (its own bundle chunk). */
  loadBoardPlanner(): Promise<BoardPlanner>;
}

export const defaultEngine: EngineApi = {
  analyse,
  planRag,
  loadBoardPlanner: () =>
    import(/* webpackChunkName: "board" */ "../engine/board").then((m) => m.planBoard),
};
