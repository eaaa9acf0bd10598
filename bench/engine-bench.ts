/**
 * The in-process half of `npm run bench`: a generated government-format table of any size, the engine
 * timed on it (locate + read + check + rate + plan), and the Excel adapter's syncs and queued writes
 * against the counting fake. bench/run.js drives it and prints the table.
 */
import { analyse, Finding, planRag, withDefaults, WorkbookSnapshot } from "../src/engine";
import { generateRows, generateSnapshot, snapshotOf } from "../test/helpers/generated-table";
export { generateRows, generateSnapshot };
import { ExcelHost } from "../src/excel";
import { FakeExcel } from "../test/helpers/fake-excel";
import { GCProfiler } from "v8";

const SETTINGS = withDefaults({ asAt: "2010-06-30" });

/** One timed run of the engine: its time, findings, fresh pages and garbage-collection pauses. */
export interface EngineRun {
  readonly ms: number;
  readonly findings: number;
  /** Minor page faults: memory the process touched for the first time. */
  readonly pageFaults: number;
  /** V8's garbage-collection pauses inside the run (ms), and how many there were. */
  readonly gcMs: number;
  readonly gcCount: number;
}

/**
 * The best of `runs` timings (ms) of analyse + planRag on an n-row table, with that run's page faults
 * and garbage-collection pauses. Each run is its own call, so nothing of one run (a 100k-row report is
 * some 42 MB) is still reachable while the next is timed.
 */
export function timeEngine(n: number, runs: number): EngineRun {
  const snapshot = generateSnapshot(n);
  let best: EngineRun = { ms: Infinity, findings: 0, pageFaults: 0, gcMs: 0, gcCount: 0 };
  for (let r = 0; r < runs; r++) {
    const run = runOnce(snapshot);
    if (run.ms < best.ms) best = run;
  }
  return best;
}

/**
 * The floor this machine puts under engineGrowth, in ms: the n-row table cut into tables of `piece`
 * rows (each a workbook of its own, with the same two header rows), run back to back, each timed as
 * runOnce times a run and the times added, with nothing of one piece kept while the next runs; the
 * best of `runs` such sums. It is the time an engine
 * that read, checked, rated and dropped rows `piece` at a time could at best take on the whole table
 * here: all the work, over input that is not in the CPU cache, with each piece's garbage its own.
 * Divided by the best 10k run it is the growth a perfectly linear engine would show on this machine,
 * at this moment: a report, not a budget.
 */
export function timeInPieces(n: number, piece: number, runs: number): EngineRun {
  const all = generateRows(n);
  const header = all.slice(0, 2);
  const pieces: WorkbookSnapshot[] = [];
  for (let from = 2; from < all.length; from += piece)
    pieces.push(snapshotOf([...header, ...all.slice(from, from + piece)]));
  let best: EngineRun = { ms: Infinity, findings: 0, pageFaults: 0, gcMs: 0, gcCount: 0 };
  for (let r = 0; r < runs; r++) {
    let run: EngineRun = { ms: 0, findings: 0, pageFaults: 0, gcMs: 0, gcCount: 0 };
    for (const p of pieces) {
      const one = runOnce(p);
      run = {
        ms: run.ms + one.ms,
        findings: run.findings + one.findings,
        pageFaults: run.pageFaults + one.pageFaults,
        gcMs: run.gcMs + one.gcMs,
        gcCount: run.gcCount + one.gcCount,
      };
    }
    if (run.ms < best.ms) best = run;
  }
  return best;
}

function runOnce(snapshot: WorkbookSnapshot): EngineRun {
  // The profiler records each collection's pause (in µs) as V8 reports it; it costs a heap-statistics
  // read per collection, a few at 100k rows, and nothing between them.
  const gc = new GCProfiler();
  gc.start();
  const faults0 = process.resourceUsage().minorPageFault;
  const t0 = process.hrtime.bigint();
  const report = analyse(snapshot, SETTINGS);
  const outcome = planRag(snapshot, report, SETTINGS);
  // Every finding read once, as the CLI and the pane list them: a report keeps findings on many rows
  // as those rows and makes each when it is read, and that making is timed too.
  const read = readAll(report.findings);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const pageFaults = process.resourceUsage().minorPageFault - faults0;
  const pauses = gc.stop().statistics;
  if (!outcome.ok) throw new Error(`bench table did not plan: ${outcome.message}`);
  if (read === 0 && report.findings.length > 0) throw new Error("bench findings were not read");
  const gcMs = pauses.reduce((sum, p) => sum + p.cost, 0) / 1000;
  return { ms, findings: report.findings.length, pageFaults, gcMs, gcCount: pauses.length };
}

/** Characters of every finding's code, cell and message: each finding read, as a listing reads it. */
function readAll(findings: readonly Finding[]): number {
  let chars = 0;
  for (const f of findings) chars += f.code.length + (f.cell?.length ?? 0) + f.message.length;
  return chars;
}

/**
 * What this machine charges (µs) for a page of memory touched for the first time: 64 MB of fresh
 * memory written one byte per 4 KB page, best of three. On a virtual machine it can be tens of times
 * a bare machine's cost, and a 100k-row run, whose report outgrows the young generation and is
 * promoted, touches tens of thousands of fresh pages; a 10k-row run's memory is recycled.
 */
export function freshPageMicros(): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const faults0 = process.resourceUsage().minorPageFault;
    const t0 = process.hrtime.bigint();
    const b = Buffer.allocUnsafeSlow(64 * 1024 * 1024);
    for (let i = 0; i < b.length; i += 4096) b[i] = 1;
    const us = Number(process.hrtime.bigint() - t0) / 1e3;
    const faults = process.resourceUsage().minorPageFault - faults0;
    if (faults > 0) best = Math.min(best, us / faults);
  }
  return best;
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
