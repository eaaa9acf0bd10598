/** The engine as the pane uses it: its own bundle chunk, loaded by loadEngine() after first paint. */
import { analyse, describeOwned, planClean, planRag } from "../engine";
import { EngineApi } from "./engine-api";

export const engine: EngineApi = {
  analyse,
  planRag,
  planClean,
  describeOwned,
  loadBoardPlanner: () =>
    import(/* webpackChunkName: "board" */ "../engine/board").then((m) => m.planBoard),
};
