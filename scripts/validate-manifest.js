#!/usr/bin/env node
// `npm run validate [manifest.xml]`: checks the add-in manifest offline and says which checks ran.
// - Always: the project's own checks (scripts/manifest-checks.js): one https origin, a GUID Id,
//   ReadWriteDocument, the ExcelApi requirement, every resid defined, and what the XSD cannot check.
// - When xmllint (Debian: libxml2-utils) and the schemas are found: the XSD check against
//   schemas/office-addin-manifest/ (in the repository), or the folder LAA_MANIFEST_SCHEMAS names.
// `office-addin-manifest validate` posts the file to a web service, which is not needed here.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-checks");

const root = path.resolve(__dirname, "..");
const file = path.resolve(process.argv[2] || path.join(root, "manifest.xml"));
const schemaDir = path.resolve(
  process.env.LAA_MANIFEST_SCHEMAS || path.join(root, "schemas", "office-addin-manifest")
);
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
const name = path.basename(file);

function fail(message) {
  console.error(`validate: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(file)) fail(`${file} does not exist.`);

const problems = checkManifest(fs.readFileSync(file, "utf8"));
if (problems.length) {
  for (const p of problems) console.error(`  - ${p}`);
  fail(`${name} fails the project's own checks: ${problems.length} problem(s) above.`);
}
console.log(
  `validate: ${name} passes the project's own checks (origin, Id, permission, requirement, resids).`
);

if (!fs.existsSync(schema)) {
  console.log(
    `validate: XSD check NOT run: no OfficeAppManifestV1_1.xsd in ${schemaDir}. Put the Office add-in ` +
      "manifest schemas there (schemas/office-addin-manifest/ in the repository has them), or set " +
      "LAA_MANIFEST_SCHEMAS to their folder."
  );
  process.exit(0);
}
const lint = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schema, file], {
  encoding: "utf8",
});
if (lint.error && lint.error.code === "ENOENT") {
  console.log(
    "validate: XSD check NOT run: xmllint is not installed (Debian: apt-get install libxml2-utils)."
  );
  process.exit(0);
}
if (lint.status !== 0) {
  process.stderr.write(lint.stderr);
  fail(
    `${name} does not match the Office add-in manifest schema (${path.relative(root, schema) || schema}).`
  );
}
console.log(
  `validate: ${name} matches the Office add-in manifest schema (XSD, ${path.relative(root, schemaDir)}).`
);
