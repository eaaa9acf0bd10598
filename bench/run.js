#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: compiles the CLI and the benchmark, checks the speed guards, prints a table and
 * writes bench/results.json. Guards, not a race: once met, nothing more to do. Never a timed test.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.resolve(__dirname, "..");
const tsc = (project) =>
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  );

/** Microsoft's React task-pane template ships this much first-paint JavaScript (gzip): the budget. */
const FIRST_PAINT_BUDGET = 166 * 1024;
/** What `npm ci` may install. */
const PACKAGE_BUDGET = 1000;

/** Local script sources of a page in dist/ (Office.js itself comes from Microsoft's CDN). */
function pageScripts(page = "taskpane.html") {
  const html = path.join(ROOT, "dist", page);
  if (!fs.existsSync(html)) return undefined;
  return [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
}
const taskpaneScripts = () => pageScripts("taskpane.html");

const gzipOf = (srcs) =>
  srcs.reduce(
    (n, s) => n + zlib.gzipSync(fs.readFileSync(path.join(ROOT, "dist", s)), { level: 9 }).length,
    0
  );

/**
 * The packages `npm ci` installed: every folder under node_modules (nested ones too) holding a
 * package.json, as npm counts them in "added N packages".
 */
function installedPackages() {
  let n = 0;
  const visit = (dir) => {
    if (!fs.existsSync(path.join(dir, "package.json"))) return;
    n++;
    walk(path.join(dir, "node_modules"));
  };
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.name.startsWith("@")) for (const s of fs.readdirSync(p)) visit(path.join(p, s));
      else visit(p);
    }
  };
  walk(path.join(ROOT, "node_modules"));
  return n;
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
    console.log("dist/ is absent or a development build: building the pages for production…");
    // No manifest: the benchmark needs the pages only, not a deployment (which needs LAA_PROD_ORIGIN).
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "noManifest"],
      { cwd: ROOT, stdio: "inherit" }
    );
    srcs = taskpaneScripts() ?? [];
  }
  return gzipOf(srcs);
}

/**
 * The file figures (bench/file-bench.ts): each command's time and peak memory on three workbooks,
 * the patching writer beside the ExcelJS one, and the stray-cell guards. Returns false when a guard
 * is not met.
 */
async function fileBench() {
  const files = require(path.join(ROOT, "build/bench/bench/file-bench.js"));
  console.log("\nFiles: the compiled CLI in a child process (time, peak resident memory)…");
  const figures = await files.fileFigures();
  const f = (x, d = 1) => x.toFixed(d);
  const cmd = (c) => `${f(c.seconds, 2)} s ${f(c.peakMb, 0)} MB`;
  const rows = figures.map((x) => [
    x.workbook,
    `${f(x.bytes / 1024, 0)} KB`,
    cmd(x.check),
    cmd(x.rag),
    cmd(x.board),
    `${f(x.writeMs.patch)} / ${f(x.writeMs.exceljs)} ms (${f(x.writeMs.ratio)}×)`,
  ]);
  const head = ["workbook", "file", "check", "rag --out", "board --out", "write: patch / ExcelJS"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  "));
  const stray = figures.find((x) => x.workbook === "stray cell");
  const guards = [
    ["stray cell: check (s)", f(stray.check.seconds, 2), "≤ 5", stray.check.seconds <= 5],
    [
      "stray cell: check peak memory (MB)",
      f(stray.check.peakMb, 0),
      "≤ 300",
      stray.check.peakMb <= 300,
    ],
  ];
  console.log("");
  for (const [name, value, limit, pass] of guards)
    console.log(
      `${name.padEnd(36)}  ${value.padEnd(8)}  ${limit.padEnd(6)}  ${pass ? "met" : "NOT MET"}`
    );
  return {
    files: figures,
    guards: Object.fromEntries(
      guards.map(([n, value, limit, pass]) => [n, { value, limit, pass }])
    ),
    met: guards.every((g) => g[3]),
  };
}

async function main() {
  console.log("Compiling the CLI and the benchmark…");
  tsc("tsconfig.cli.json");
  tsc("bench/tsconfig.json");
  const bench = require(path.join(ROOT, "build/bench/bench/engine-bench.js"));

  const ms = {
    1000: bench.timeEngine(1000),
    2000: bench.timeEngine(2000),
    10000: bench.timeEngine(10000),
  };
  const growth = ms[10000] / ms[1000];
  const quarterly = bench.timeEngineQuarterly(10000);
  const sample = await bench.timeSample();
  const quarterlySample = await bench.timeQuarterlySample();
  const excel = {};
  for (const n of [100, 10000]) excel[n] = await bench.excelCounts(n);
  const gzip = taskpaneGzipBytes();
  const demoScripts = pageScripts("demo.html") ?? [];
  const demoGzip = gzipOf(demoScripts);
  const demoHasExcelJs = demoScripts.some((s) => /exceljs|xlsx/.test(s));
  const packages = installedPackages();

  const f = (x, d = 1) => x.toFixed(d);
  const guards = [
    ["engine, sample workbook (ms)", f(sample, 2), "≤ 5", sample <= 5],
    ["engine, quarterly sample (ms)", f(quarterlySample, 2), "≤ 5", quarterlySample <= 5],
    ["engine, 2,000 rows (ms)", f(ms[2000]), "≤ 100", ms[2000] <= 100],
    ["engine, 10,000 rows (ms)", f(ms[10000]), "≤ 1,000", ms[10000] <= 1000],
    ["engine, 10,000 rows by quarter (ms)", f(quarterly), "≤ 1,000", quarterly <= 1000],
    ["growth 1k → 10k", f(growth, 2), "≤ 15", growth <= 15],
    [
      "syncs to check (10k rows)",
      String(excel[10000].syncsCheck),
      "≤ 2",
      excel[10000].syncsCheck <= 2,
    ],
    [
      "syncs to write RAG (10k rows)",
      String(excel[10000].syncsWrite),
      "1",
      excel[10000].syncsWrite === 1,
    ],
    [
      "write ops at 100 / 10k rows",
      `${excel[100].writeOps} / ${excel[10000].writeOps}`,
      "equal",
      excel[100].writeOps === excel[10000].writeOps,
    ],
    ["task pane first-paint JS (gzip bytes)", String(gzip), "≤ 166 KB", gzip <= FIRST_PAINT_BUDGET],
    [
      "demo first-paint JS, no ExcelJS (gzip bytes)",
      String(demoGzip),
      "≤ 166 KB",
      demoGzip <= FIRST_PAINT_BUDGET && !demoHasExcelJs,
    ],
    ["npm ci packages", String(packages), "≤ 1,000", packages <= PACKAGE_BUDGET],
  ];
  const results = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    date: new Date().toISOString(),
    engineMs: {
      sample,
      quarterlySample,
      "1k": ms[1000],
      "2k": ms[2000],
      "10k": ms[10000],
      "10k by quarter": quarterly,
    },
    engineGrowth1kTo10k: growth,
    syncsCheck: excel[10000].syncsCheck,
    syncsWrite: excel[10000].syncsWrite,
    writeOps: { 100: excel[100].writeOps, "10k": excel[10000].writeOps },
    taskpaneGzipBytes: gzip,
    demoGzipBytes: demoGzip,
    npmCiPackages: packages,
    guards: Object.fromEntries(
      guards.map(([name, value, limit, pass]) => [name, { value, limit, pass }])
    ),
  };
  const w0 = Math.max(...guards.map((r) => r[0].length));
  const w1 = Math.max(...guards.map((r) => r[1].length));
  console.log(`\nLAA Monitor speed guards — ${results.machine}\n`);
  for (const [name, value, limit, pass] of guards)
    console.log(
      `${name.padEnd(w0)}  ${value.padEnd(w1)}  ${limit.padEnd(9)}  ${pass ? "met" : "NOT MET"}`
    );
  console.log("\nEngine times: analyse + planRag, best of 5 (sample: of 20).");
  const files = await fileBench();
  results.files = files.files;
  Object.assign(results.guards, files.guards);
  fs.writeFileSync(path.join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("Wrote bench/results.json.");
  if (guards.some((g) => !g[3]) || !files.met) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
