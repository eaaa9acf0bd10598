#!/usr/bin/env node
// Offline manifest validation: the XSD (xmllint, Debian's libxml2-utils) plus the project's own checks.
// `office-addin-manifest validate` posts the file to a web service, which these machines cannot reach.
// Usage: node scripts/validate-manifest.js [manifest.xml]
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-checks");

const root = path.resolve(__dirname, "..");
const file = path.resolve(process.argv[2] || path.join(root, "manifest.xml"));
const schemaDir =
  process.env.LAA_MANIFEST_SCHEMAS || path.resolve(root, "../shared/schemas/office-addin-manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

function fail(message) {
  console.error(`validate: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(file)) fail(`${file} does not exist.`);
if (!fs.existsSync(schema)) {
  fail(
    `the manifest schemas are not at ${schemaDir}: check out shared/ beside the project, or set LAA_MANIFEST_SCHEMAS.`
  );
}
const lint = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schema, file], {
  encoding: "utf8",
});
if (lint.error && lint.error.code === "ENOENT")
  fail("xmllint is not installed: apt-get install libxml2-utils.");
if (lint.status !== 0) {
  process.stderr.write(lint.stderr);
  fail(`${path.basename(file)} does not match the Office add-in manifest schema.`);
}
const problems = checkManifest(fs.readFileSync(file, "utf8"));
if (problems.length) {
  for (const p of problems) console.error(`  - ${p}`);
  fail(`${path.basename(file)} has ${problems.length} problem(s).`);
}
console.log(`validate: ${path.basename(file)} is valid (schema and project checks).`);
