#!/usr/bin/env node
"use strict";
/**
 * Builds test/corpus/: the sample workbook carrying what real council board packs carry, one group
 * of features per workbook, each written as Excel writes it (scripts/corpus/features.js) or by
 * another tool (openpyxl). The no-data-loss tests run `rag --out` and `board --out` on each and
 * compare the packages part by part. Deterministic: run `node scripts/build-corpus.js` and commit.
 *
 * Needs Debian's python3-openpyxl (apt-get install python3-openpyxl; .ci/run installs it) for the
 * workbook openpyxl writes.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { readPackage, writePackage, clone, addOverride } = require("./corpus/package");
const features = require("./corpus/features");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "test/corpus");
const SAMPLE = path.join(ROOT, "examples/sample-partnership.xlsx");

/** The openpyxl workbook, its sheet part moved to a name that is not sheetN.xml. */
function openpyxl1904() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "laa-corpus-"));
  const saved = path.join(dir, "openpyxl.xlsx");
  execFileSync("/usr/bin/python3", [
    path.join(__dirname, "corpus/openpyxl-1904.py"),
    SAMPLE,
    saved,
  ]);
  const parts = readPackage(saved);
  fs.rmSync(dir, { recursive: true, force: true });
  const from = "xl/worksheets/sheet1.xml";
  const to = "xl/worksheets/laa-targets.xml";
  parts.set(to, parts.get(from));
  parts.delete(from);
  const rels = `xl/worksheets/_rels/sheet1.xml.rels`;
  if (parts.has(rels)) {
    parts.set("xl/worksheets/_rels/laa-targets.xml.rels", parts.get(rels));
    parts.delete(rels);
  }
  parts.set(
    "xl/_rels/workbook.xml.rels",
    parts
      .get("xl/_rels/workbook.xml.rels")
      .replace(/Target="(\/xl\/)?worksheets\/sheet1\.xml"/, 'Target="worksheets/laa-targets.xml"')
  );
  const ct = parts
    .get("[Content_Types].xml")
    .replace(/<Override PartName="\/xl\/worksheets\/sheet1\.xml"[^>]*\/>/, "");
  parts.set("[Content_Types].xml", ct);
  addOverride(
    parts,
    to,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
  );
  return parts;
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const base = readPackage(SAMPLE);
  const built = [];
  const write = (name, parts) => {
    writePackage(parts, path.join(OUT, name));
    built.push(name);
  };
  const make = (name, ...steps) => {
    const parts = clone(base);
    for (const step of steps) step(parts);
    write(name, parts);
  };
  make("charts-and-print.xlsx", features.chartsAndPrint);
  make("pivot-and-slicer.xlsx", features.pivotAndSlicer);
  make("queries-and-links.xlsx", features.queriesAndLinks);
  make("macros.xlsm", features.macros);
  make("comments.xlsx", features.comments);
  make("labelled-and-locked.xlsx", features.labelledAndLocked);
  make("names-tables-validation.xlsx", features.namesTablesValidation);
  make("formatted-column.xlsx", features.formattedColumn);
  write("openpyxl-1904.xlsx", openpyxl1904());
  console.log(`Wrote test/corpus: ${built.join(", ")}`);
}

main();
