#!/usr/bin/env node
"use strict";
/**
 * Builds the .xlsx test fixtures from readable sources: test/fixtures/sources/<name>.json →
 * test/fixtures/<name>.xlsx (grid sheets; see addSheet in build-examples.js for the value forms), plus the
 * unreadable files the CLI must refuse with one sentence (test/fixtures/bad/). Deterministic, like the
 * examples: run `node scripts/build-fixtures.js` and commit the result.
 */
const fs = require("fs");
const path = require("path");
const { writeGridWorkbook } = require("./build-examples");

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures");

/** UTF-16LE bytes of a stream name, as they appear in an OLE2 compound file's directory. */
function utf16(text) {
  return Buffer.from(text, "utf16le");
}

/**
 * An OLE2 compound file header (magic D0 CF 11 E0 A1 B1 1A E1) padded to one 512-byte sector, followed by
 * a directory sector naming `streams`. This is the container Excel uses both for legacy .xls ("Workbook")
 * and for password-protected .xlsx ("EncryptionInfo", "EncryptedPackage"); readers tell them apart by
 * the stream names, which is exactly what the adapter must do.
 */
function ole2(streams) {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const dir = Buffer.alloc(512);
  streams.forEach((name, i) => {
    const entry = utf16(name);
    entry.copy(dir, i * 128);
    dir.writeUInt16LE(entry.length + 2, i * 128 + 64);
  });
  return Buffer.concat([header, dir]);
}

async function buildBadFiles() {
  const bad = path.join(FIXTURES, "bad");
  fs.mkdirSync(bad, { recursive: true });
  const sample = fs.readFileSync(path.join(ROOT, "examples/sample-partnership.xlsx"));
  const files = {
    "legacy.xls": ole2(["Root Entry", "Workbook", "SummaryInformation"]),
    "legacy-renamed.xlsx": ole2(["Root Entry", "Workbook", "SummaryInformation"]),
    "password-protected.xlsx": ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
    "csv-renamed.xlsx": Buffer.from(
      "Priority,Indicator,Baseline\nSafer communities,NI 16,14.6\n",
      "utf8"
    ),
    "truncated.xlsx": sample.subarray(0, Math.floor(sample.length / 2)),
    "empty.xlsx": Buffer.alloc(0),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(bad, name), bytes);
  return Object.keys(files).map((n) => `bad/${n}`);
}

async function main() {
  const sources = path.join(FIXTURES, "sources");
  const built = [];
  for (const file of fs
    .readdirSync(sources)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const src = JSON.parse(fs.readFileSync(path.join(sources, file), "utf8"));
    const out = path.join(FIXTURES, file.replace(/\.json$/, ".xlsx"));
    await writeGridWorkbook(src.sheets, out);
    built.push(path.basename(out));
  }
  built.push(...(await buildBadFiles()));
  console.log(`Wrote test/fixtures: ${built.join(", ")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
