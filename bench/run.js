#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: compiles the CLI and the benchmark, measures against the budgets of issue 8, prints a
 * table and writes bench/results.json. It reports; it is not a timed test.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(__dirname, "out");
const tsc = (project) =>
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  );

/** Wall time (ms) of a child node process, and its peak memory (MB). */
function timedNode(args) {
  const rssFile = path.join(OUT, `rss-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", path.join(__dirname, "peak-rss.js"), ...args], {
    cwd: ROOT,
    env: { ...process.env, LAA_BENCH_RSS_FILE: rssFile },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  const mb = Number(fs.readFileSync(rssFile, "utf8")) / 1024;
  fs.rmSync(rssFile, { force: true });
  return { ms, mb };
}

/** Local script sources of dist/taskpane.html (Office.js itself comes from Microsoft's CDN). */
function taskpaneScripts() {
  const html = path.join(ROOT, "dist/taskpane.html");
  if (!fs.existsSync(html)) return undefined;
  return [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
}

/**
 * Gzip bytes of the JavaScript the task pane loads before first paint: the script tags of
 * dist/taskpane.html (all of them `defer`, all needed to render). A development build (file names
 * without content hashes) is unminified and would overstate it, so a production build is made first.
 */
function taskpaneGzipBytes() {
  let srcs = taskpaneScripts();
  const production = (list) => list.length > 0 && list.every((s) => /\.[0-9a-f]{8}\.js$/.test(s));
  if (!srcs || !production(srcs)) {
    console.log("dist/ is absent or a development build: running `npm run build`…");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    srcs = taskpaneScripts() ?? [];
  }
  return srcs.reduce(
    (n, s) => n + zlib.gzipSync(fs.readFileSync(path.join(ROOT, "dist", s)), { level: 9 }).length,
    0
  );
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  console.log("Compiling the CLI and the benchmark…");
  tsc("tsconfig.cli.json");
  tsc("bench/tsconfig.json");
  const bench = require(path.join(ROOT, "build/bench/bench/engine-bench.js"));

  const timings = {};
  const faults = {};
  const gc = {};
  // A warm-up pass, untimed, over the same sizes: the timed runs then meet code the optimiser has
  // compiled and a young generation grown to its size, at every size. Without it the 10k runs, timed
  // second, were mostly still slower than the same code a pass later (31-81 ms against 20-23), and a
  // slow 10k run flatters engineGrowth.
  for (const n of [1000, 10000, 100000]) bench.timeEngine(n, 3);
  for (const n of [1000, 10000, 100000]) {
    const run = bench.timeEngine(n, 5);
    timings[n] = run.ms;
    faults[n] = run.pageFaults;
    gc[n] = { ms: run.gcMs, count: run.gcCount };
  }
  // The same 100k rows as ten 10k-row tables run back to back, nothing kept between them: the growth a
  // perfectly linear engine would show on this machine now (see timeInPieces).
  const pieces = bench.timeInPieces(100000, 10000, 5);
  const growthFloor = pieces.ms / timings[10000];
  const pageMicros = bench.freshPageMicros();
  const engineRowsPerSecond = Math.round(100000 / (timings[100000] / 1000));
  const engineGrowth = timings[100000] / timings[10000];
  // The same best runs with V8's collection pauses taken out: how the engine's own work grows.
  const workGrowth = (timings[100000] - gc[100000].ms) / (timings[10000] - gc[10000].ms);
  // And with this machine's charge for fresh memory taken out instead (each best run's page faults at
  // the µs a fresh page costs here): an estimate of growth where a page fault costs next to nothing.
  const faultMs = (n) => (faults[n] * pageMicros) / 1000;
  const growthLessFaults = (timings[100000] - faultMs(100000)) / (timings[10000] - faultMs(10000));

  // The 50k-row .xlsx: written once per run with ExcelJS from the same generator.
  const xlsx = path.join(OUT, "bench-50k.xlsx");
  const { writeGridWorkbook } = require(path.join(ROOT, "scripts/build-examples.js"));
  await writeGridWorkbook(
    [{ name: "LAA", rows: bench.generateRows(50000), merges: ["D1:F1"] }],
    xlsx
  );
  const loadOnly = `require("exceljs");new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(xlsx)})`;
  // Each side is the best of three runs, taken in turn, so that a busy moment on the machine does not
  // land on one side only; the peak memory reported is that of the CLI's best run.
  const best = (a, b) => (b.ms < a.ms ? b : a);
  let exceljs = { ms: Infinity, mb: 0 };
  let cli = { ms: Infinity, mb: 0 };
  for (let i = 0; i < 3; i++) {
    exceljs = best(exceljs, timedNode(["-e", loadOnly]));
    cli = best(
      cli,
      timedNode([
        path.join(ROOT, "bin/laa-monitor.js"),
        "check",
        xlsx,
        "--json",
        "--as-at",
        "2010-06-30",
      ])
    );
  }
  const cliOverheadRatio = cli.ms / exceljs.ms;

  const excel = {};
  for (const n of [100, 10000, 100000]) excel[n] = await bench.excelCounts(n);
  const opsPer1k = (n) => (excel[n].writeOps / n) * 1000;
  // Flat: the same writes at 100 and 10k rows (one request each); at 100k the matrices pass Excel on
  // the web's 5 MB request limit and are cut into row chunks, each cut adding one write, never one per row.
  const opsFlat =
    excel[10000].writeOps === excel[100].writeOps &&
    excel[100000].writeOps <= excel[100].writeOps + (excel[100000].syncsWrite - 1);
  const gzip = taskpaneGzipBytes();

  const results = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    date: new Date().toISOString(),
    timingsMs: { "1k": timings[1000], "10k": timings[10000], "100k": timings[100000] },
    engineRowsPerSecond,
    engineGrowth,
    enginePageFaults: { "10k": faults[10000], "100k": faults[100000] },
    freshPageMicroseconds: pageMicros,
    engineGcPauses: {
      "10k": { ms: gc[10000].ms, collections: gc[10000].count },
      "100k": { ms: gc[100000].ms, collections: gc[100000].count },
    },
    engineGrowthWithoutGcPauses: workGrowth,
    engineGrowthWithoutPageFaultTime: growthLessFaults,
    engineIn10kPiecesMs: pieces.ms,
    engineGrowthFloor: growthFloor,
    cliCheckMs50k: cli.ms,
    exceljsLoadMs50k: exceljs.ms,
    cliOverheadRatio,
    cliPeakMemoryMB: cli.mb,
    syncsCheck: excel[10000].syncsCheck,
    syncsWrite: excel[10000].syncsWrite,
    writeOps: {
      100: excel[100].writeOps,
      "10k": excel[10000].writeOps,
      "100k": excel[100000].writeOps,
    },
    syncsWriteBySize: {
      100: excel[100].syncsWrite,
      "10k": excel[10000].syncsWrite,
      "100k": excel[100000].syncsWrite,
    },
    writeOpsPerRow: {
      unit: "write ops per 1,000 rows",
      100: opsPer1k(100),
      "10k": opsPer1k(10000),
      "100k": opsPer1k(100000),
    },
    taskpaneGzipBytes: gzip,
  };
  const f = (x, d = 2) => (typeof x === "number" ? x.toFixed(d) : String(x));
  const rows = [
    [
      "engine 1k / 10k / 100k rows (ms)",
      `${f(timings[1000], 1)} / ${f(timings[10000], 1)} / ${f(timings[100000], 1)}`,
      "",
      "",
    ],
    [
      "engineRowsPerSecond",
      String(engineRowsPerSecond),
      "≥ 200,000",
      engineRowsPerSecond >= 200000,
    ],
    ["engineGrowth (100k ÷ 10k)", f(engineGrowth), "≤ 12", engineGrowth <= 12],
    [
      "engine page faults 10k / 100k (best runs)",
      `${faults[10000]} / ${faults[100000]} (≈ ${f((faults[100000] * pageMicros) / 1000, 0)} ms at ${f(pageMicros, 1)} µs)`,
      "report",
      "",
    ],
    [
      "engine GC pauses 10k / 100k (best runs)",
      `${f(gc[10000].ms, 1)} ms (${gc[10000].count}) / ${f(gc[100000].ms, 1)} ms (${gc[100000].count})`,
      "report",
      "",
    ],
    ["engine growth without GC pauses", f(workGrowth), "report", ""],
    ["engine growth without page-fault time (estimate)", f(growthLessFaults), "report", ""],
    [
      "growth floor here (100k rows as ten 10k tables ÷ 10k)",
      `${f(growthFloor)} (${f(pieces.ms, 1)} ms)`,
      "report",
      "",
    ],
    [
      "cliOverheadRatio (check 50k ÷ ExcelJS load)",
      `${f(cliOverheadRatio)} (${f(cli.ms, 0)} ÷ ${f(exceljs.ms, 0)} ms)`,
      "≤ 1.5",
      cliOverheadRatio <= 1.5,
    ],
    ["cliPeakMemoryMB (50k rows)", f(cli.mb, 0), "report", ""],
    [
      "syncsCheck (10k rows: 1 enumerate + 1 read)",
      String(results.syncsCheck),
      "≤ 2",
      results.syncsCheck <= 2,
    ],
    [
      "syncsWrite (10k rows: applyPlan)",
      String(results.syncsWrite),
      "≤ 2",
      results.syncsWrite <= 2,
    ],
    [
      "write ops (syncs) at 100 / 10k / 100k rows",
      [100, 10000, 100000].map((n) => `${excel[n].writeOps} (${excel[n].syncsWrite})`).join(" / "),
      "report",
      "",
    ],
    [
      "writeOpsPerRow (per 1,000 rows at 100 / 10k / 100k)",
      [100, 10000, 100000].map((n) => f(opsPer1k(n))).join(" / "),
      "flat",
      opsFlat,
    ],
    [
      "taskpaneGzipBytes",
      String(gzip),
      "≤ 300 KB",
      typeof gzip === "number" ? gzip <= 300 * 1024 : "not built",
    ],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\nLAA Monitor benchmark — ${results.machine}\n`);
  for (const [name, value, budget, ok] of rows) {
    const verdict = ok === true ? "pass" : ok === false ? "FAIL" : ok;
    console.log(`${name.padEnd(w0)}  ${value.padEnd(w1)}  ${budget.padEnd(9)}  ${verdict}`);
  }
  results.budgets = Object.fromEntries(
    rows.filter((r) => r[2]).map((r) => [r[0], { budget: r[2], pass: r[3] }])
  );
  fs.writeFileSync(path.join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    [
      "",
      "syncsCheck is 2 by design: sync 1 enumerates the sheets (with protection and visibility), names and",
      "tables; only then do the proxies for each sheet's used range, merged areas and each table's range",
      "exist, and sync 2 loads all of them at once, whatever the number of sheets.",
      "Write ops are flat: each sheet's formats go in one setCellProperties matrix and its values in one",
      "range.values block; above Excel on the web's 5 MB request limit (100k rows) both are cut into row",
      "chunks, one sync each, and each cut adds one write.",
      "Page faults are memory touched for the first time. What a 100k-row run keeps (its report: the",
      "ratings, the findings' cells, the gap lists, and the write plan; not the rows, which are read and",
      "dropped 256 at a time) is promoted out of V8's young generation into fresh pages; a 10k-row run's",
      "memory is recycled. Their cost is the machine's (measured here on 64 MB of fresh memory) and is",
      "part of engineGrowth.",
      "GC pauses are V8's collections inside the best runs (count in brackets): a 10k-row run's best",
      "often has none; a 100k-row run has about three, each copying what the run has kept so far out of",
      "the young generation. Growth without them is the engine's own work (page faults included);",
      "engineGrowth, the budget, includes them. Growth without page-fault time takes each best run's",
      "faults at this machine's cost per fresh page out of its time: an estimate of growth on a machine",
      "where touching fresh memory is nearly free (on this virtual machine a fault costs about 11 µs).",
      "The growth floor runs the same 100k rows as ten tables of 10k rows, one after another, each timed",
      "and the ten times added, nothing of one kept while the next runs: all the work, over input not in",
      "the CPU cache, with no report outgrowing the young generation. Divided by the best 10k run it is",
      "what an engine that kept nothing between 10k-row pieces would score on this machine at this",
      "moment; engineGrowth above it is what keeping the 100k-row report costs here, and a floor far",
      "above 10 says the machine was slow while it ran.",
      "Every size is run once untimed (3 runs each) before the timed runs, so that no size is timed",
      "before the optimiser has compiled the engine.",
      "\nWrote bench/results.json",
    ].join("\n")
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
