/**
 * The file half of `npm run bench`: time and peak memory of the CLI's `check`, `rag --out` and
 * `board --out` on the sample, a 50,000-row workbook and the stray-cell workbook (each a child
 * process of the compiled CLI), and the patching writer's time beside the ExcelJS writer it
 * replaced. bench/run.js prints them after the engine's guards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyse, planBoard, planRag, withDefaults, WritePlan } from "../src/engine";
import { loadWorkbook, patchedBytes, readWorkbookBytes } from "../src/xlsx";
import { NODE_ZLIB } from "../src/xlsx/file";
import { generateRows } from "../test/helpers/generated-table";
import { sampleWith, strayCell } from "../test/helpers/hostile-files";
import { applyPlanToWorkbook } from "./exceljs-writer";

const ROOT = join(__dirname, "../../..");
const SAMPLE = join(ROOT, "examples/sample-partnership.xlsx");
const SETTINGS = withDefaults({ asAt: "2010-06-30" });

export interface CommandFigures {
  readonly seconds: number;
  readonly peakMb: number;
  readonly exit: number | null;
}

export interface FileFigures {
  readonly workbook: string;
  readonly bytes: number;
  readonly check: CommandFigures;
  readonly rag: CommandFigures;
  readonly board: CommandFigures;
  /** Applying the RAG plan and serialising, best of 3 (ms): the patching writer and ExcelJS's. */
  readonly writeMs: { readonly patch: number; readonly exceljs: number; readonly ratio: number };
}

async function bigWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("LAA");
  for (const row of generateRows(rows)) ws.addRow([...row]);
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Runs the compiled CLI once; peak memory is the child's maximum resident set size. */
function command(args: readonly string[]): CommandFigures {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      "-e",
      `process.on("exit", () => require("fs").writeSync(2, "\\nPEAK_RSS_KB=" + process.resourceUsage().maxRSS + "\\n")); process.argv.splice(1, 0, "laa-monitor"); require(${JSON.stringify(join(ROOT, "bin/laa-monitor.js"))});`,
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 300_000, stdio: ["ignore", "ignore", "pipe"] }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN);
  return { seconds, peakMb: kb / 1024, exit: r.status };
}

function best(runs: number, fn: () => number): number {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) ms = Math.min(ms, fn());
  return ms;
}

function timed(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The RAG plan (or, when there is nothing to rate, the board plan) for a workbook's bytes. */
function planFor(bytes: Uint8Array): WritePlan {
  const snapshot = readWorkbookBytes(bytes).snapshot;
  const report = analyse(snapshot, SETTINGS);
  const rag = planRag(snapshot, report, SETTINGS);
  if (rag.ok) return rag.plan;
  const board = planBoard(snapshot, report, SETTINGS);
  if (!board.ok) throw new Error(board.message);
  return board.plan;
}

async function writers(bytes: Uint8Array): Promise<FileFigures["writeMs"]> {
  const plan = planFor(bytes);
  const patch = best(3, () => {
    const book = readWorkbookBytes(bytes, "bench", undefined, NODE_ZLIB);
    return timed(() => patchedBytes(book, plan));
  });
  let exceljs = Infinity;
  for (let i = 0; i < 3; i++) {
    const wb = await loadWorkbook(bytes);
    const t0 = process.hrtime.bigint();
    applyPlanToWorkbook(wb, plan);
    await wb.xlsx.writeBuffer();
    exceljs = Math.min(exceljs, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { patch, exceljs, ratio: exceljs / patch };
}

/** Every file figure; the workbooks are made in a temporary folder and removed after. */
export async function fileFigures(): Promise<FileFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), "laa-file-bench-"));
  try {
    const big = join(dir, "table-50k.xlsx");
    await bigWorkbook(big, 50_000);
    const stray = join(dir, "stray-cell.xlsx");
    writeFileSync(stray, sampleWith(SAMPLE, strayCell));
    const out: FileFigures[] = [];
    for (const [name, file] of [
      ["sample", SAMPLE],
      ["50k rows", big],
      ["stray cell", stray],
    ] as const) {
      const bytes = new Uint8Array(readFileSync(file));
      const asAt = ["--as-at", "2010-06-30"];
      out.push({
        workbook: name,
        bytes: bytes.length,
        check: command(["check", file, ...asAt]),
        rag: command(["rag", file, "--out", join(dir, "rag.xlsx"), "--force", ...asAt]),
        board: command(["board", file, "--out", join(dir, "board.xlsx"), "--force", ...asAt]),
        writeMs: await writers(bytes),
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
