/**
 * The in-process half of `npm run bench`: the engine timed on generated government-format tables and on
 * the sample workbook (read + check + rate + plan), and the Excel adapter's syncs and queued writes.
 * bench/run.js drives it and prints the table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse, planRag, withDefaults, WorkbookSnapshot } from "../src/engine";
import { ExcelHost } from "../src/excel";
import { readWorkbookBytes } from "../src/xlsx";
import { FakeExcel } from "../test/helpers/fake-excel";
import {
  generateQuarterlyRows,
  generateRows,
  generateSnapshot,
  snapshotOf,
} from "../test/helpers/generated-table";

export { generateRows };

const SETTINGS = withDefaults({ asAt: "2010-06-30" });
/** The quarterly sample is timed as a board meeting in November 2009 would use it. */
const IN_YEAR = withDefaults({ asAt: "2009-11-15" });

/** Best of `runs` timings (ms) of analyse + planRag on the snapshot, after `warm` untimed runs. */
function best(snapshot: WorkbookSnapshot, runs: number, warm: number, settings = SETTINGS): number {
  for (let i = 0; i < warm; i++) runOnce(snapshot, settings);
  let ms = Infinity;
  for (let r = 0; r < runs; r++) ms = Math.min(ms, runOnce(snapshot, settings));
  return ms;
}

function runOnce(snapshot: WorkbookSnapshot, settings: typeof SETTINGS): number {
  const t0 = process.hrtime.bigint();
  const report = analyse(snapshot, settings);
  const outcome = planRag(snapshot, report, settings);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!outcome.ok) throw new Error(`bench table did not plan: ${outcome.message}`);
  return ms;
}

/** The engine on a generated n-row table: best of 5 after 2 untimed runs. */
export function timeEngine(n: number): number {
  return best(generateSnapshot(n), 5, 2);
}

/** The engine on a generated n-row table with 2010/11 by quarter: best of 5 after 2 untimed runs. */
export function timeEngineQuarterly(n: number): number {
  return best(snapshotOf(generateQuarterlyRows(n)), 5, 2);
}

/** The engine on examples/sample-partnership.xlsx, best of 20 after 5 untimed runs. */
export async function timeSample(): Promise<number> {
  const bytes = readFileSync(join(__dirname, "../../../examples/sample-partnership.xlsx"));
  return best(readWorkbookBytes(bytes).snapshot, 20, 5);
}

/** The engine on examples/sample-quarterly.xlsx at 15 November 2009, best of 20 after 5. */
export async function timeQuarterlySample(): Promise<number> {
  const bytes = readFileSync(join(__dirname, "../../../examples/sample-quarterly.xlsx"));
  return best(readWorkbookBytes(bytes).snapshot, 20, 5, IN_YEAR);
}

/** context.sync() calls to read (check) and to write RAG, and writes queued, through ExcelHost on the fake. */
export async function excelCounts(
  n: number
): Promise<{ syncsCheck: number; syncsWrite: number; writeOps: number }> {
  const fake = new FakeExcel([{ name: "LAA", rows: generateRows(n), merges: ["D1:F1"] }]);
  const uninstall = fake.install();
  try {
    const host = new ExcelHost();
    const snapshot = await host.readSnapshot();
    const syncsCheck = fake.syncCount;
    const report = analyse(snapshot, SETTINGS);
    const outcome = planRag(snapshot, report, SETTINGS);
    if (!outcome.ok) throw new Error(outcome.message);
    const opsBefore = fake.ops.length;
    await host.applyPlan(outcome.plan);
    return {
      syncsCheck,
      syncsWrite: fake.syncCount - syncsCheck,
      writeOps: fake.ops.length - opsBefore,
    };
  } finally {
    uninstall();
  }
}
