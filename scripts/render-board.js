#!/usr/bin/env node
// Renders the board status sheet the CLI builds for the sample workbook to PNG, the way a board member
// would see it on paper: laa-monitor board → keep only the board sheet → LibreOffice PDF → pdftoppm PNG.
// Needs `npm run build:cli`, LibreOffice (libreoffice-calc) and poppler-utils.
// Usage: node scripts/render-board.js [out-dir] [quarterly]
//   default: examples/sample-partnership.xlsx at 30 June 2010 → <out-dir>/board-sheet-<n>.png
//   quarterly: examples/sample-quarterly.xlsx at 15 November 2009 → board-quarterly-<n>.png
// (out-dir defaults to docs/images).
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");

const root = path.resolve(__dirname, "..");
const outDir = path.resolve(process.argv[2] || path.join(root, "docs/images"));
const quarterly = process.argv[3] === "quarterly";
const sample = quarterly ? "sample-quarterly" : "sample-partnership";
const asAt = quarterly ? "2009-11-15" : "2010-06-30";
const prefix = quarterly ? "board-quarterly" : "board-sheet";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "laa-board-"));
const run = (cmd, args) =>
  execFileSync(cmd, args, { cwd: work, stdio: ["ignore", "pipe", "inherit"] });

async function main() {
  const full = path.join(work, "board-full.xlsx");
  run(process.execPath, [
    path.join(root, "bin/laa-monitor.js"),
    "board",
    path.join(root, `examples/${sample}.xlsx`),
    "--out",
    full,
    "--as-at",
    asAt,
    "--config",
    path.join(root, "examples/northshire.config.json"),
    "--reward-pot",
    "2500000",
  ]);
  // LibreOffice prints every sheet; leave only the board's tab so page numbers read "1 of N" as in
  // Excel. Only workbook.xml is touched (the board keeps its chart); its print titles become sheet 0's.
  const files = unzipSync(fs.readFileSync(full));
  const wbXml = strFromU8(files["xl/workbook.xml"])
    .replace(/<sheet [^>]*\/>/g, (tag) => (/name="Board status/.test(tag) ? tag : ""))
    .replace(/<definedName name="LAAMonitor_RAG[^<]*<\/definedName>/g, "")
    .replace(/localSheetId="\d+"/g, 'localSheetId="0"');
  files["xl/workbook.xml"] = strToU8(wbXml);
  const boardOnly = path.join(work, "board.xlsx");
  fs.writeFileSync(boardOnly, zipSync(files));
  run("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", work, boardOnly]);
  fs.mkdirSync(outDir, { recursive: true });
  run("pdftoppm", ["-r", "90", "-png", path.join(work, "board.pdf"), path.join(outDir, prefix)]);
  const pages = fs.readdirSync(outDir).filter((f) => f.startsWith(prefix));
  console.log(
    `Rendered ${pages.length} page(s) to ${path.relative(process.cwd(), outDir)}: ${pages.join(", ")}`
  );
}

main().catch((err) => {
  console.error(`render-board: ${err.message}`);
  process.exit(1);
});
