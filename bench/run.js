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
  return { ms, mb };
}

/** Gzip bytes of the JavaScript the task pane loads before first paint (script tags of dist/taskpane.html). */
function taskpaneGzipBytes() {
  const html = path.join(ROOT, "dist/taskpane.html");
  if (!fs.existsSync(html)) return "not built";
  const srcs = [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  return srcs.reduce(
    (n, s) => n + zlib.gzipSync(fs.readFileSync(path.join(ROOT, "dist", s))).length,
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
  for (const n of [1000, 10000, 100000]) timings[n] = bench.timeEngine(n, n >= 100000 ? 3 : 5).ms;
  const engineRowsPerSecond = Math.round(100000 / (timings[100000] / 1000));
  const engineGrowth = timings[100000] / timings[10000];

  // The 50k-row .xlsx: written once per run with ExcelJS from the same generator.
  const xlsx = path.join(OUT, "bench-50k.xlsx");
  const { writeGridWorkbook } = require(path.join(ROOT, "scripts/build-examples.js"));
  await writeGridWorkbook(
    [{ name: "LAA", rows: bench.generateRows(50000), merges: ["D1:F1"] }],
    xlsx
  );
  const loadOnly = `require("exceljs");new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(xlsx)})`;
  const exceljs = timedNode(["-e", loadOnly]);
  const cli = timedNode([
    path.join(ROOT, "bin/laa-monitor.js"),
    "check",
    xlsx,
    "--json",
    "--as-at",
    "2010-06-30",
  ]);
  const cliOverheadRatio = cli.ms / exceljs.ms;

  const excel = {};
  for (const n of [100, 10000, 100000]) excel[n] = await bench.excelCounts(n);
  const opsPer1k = (n) => (excel[n].writeOps / n) * 1000;
  const gzip = taskpaneGzipBytes();

  const results = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    date: new Date().toISOString(),
    timingsMs: { "1k": timings[1000], "10k": timings[10000], "100k": timings[100000] },
    engineRowsPerSecond,
    engineGrowth,
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
    writeOpsPerRow: {
      "per 1k rows at 100": opsPer1k(100),
      "at 10k": opsPer1k(10000),
      "at 100k": opsPer1k(100000),
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
      "cliOverheadRatio (check 50k ÷ ExcelJS load)",
      `${f(cliOverheadRatio)} (${f(cli.ms, 0)} ÷ ${f(exceljs.ms, 0)} ms)`,
      "≤ 1.5",
      cliOverheadRatio <= 1.5,
    ],
    ["cliPeakMemoryMB (50k rows)", f(cli.mb, 0), "report", ""],
    ["syncsCheck (10k rows)", String(results.syncsCheck), "≤ 2", results.syncsCheck <= 2],
    ["syncsWrite (10k rows)", String(results.syncsWrite), "≤ 2", results.syncsWrite <= 2],
    [
      "write ops at 100 / 10k / 100k rows",
      `${excel[100].writeOps} / ${excel[10000].writeOps} / ${excel[100000].writeOps}`,
      "flat",
      excel[100000].writeOps <= excel[100].writeOps * 2,
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
  console.log("\nWrote bench/results.json");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
