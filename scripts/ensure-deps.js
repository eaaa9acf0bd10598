#!/usr/bin/env node
// Runs before `npm test` and `npm run demo`, so either works as the first command on a fresh clone:
// when node_modules is missing it installs the locked dependencies (`npm ci`), saying so in one line.
// When they are there (CI runs `npm ci` itself first) it does nothing. No dependencies of its own.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
// npm writes this file at the end of every install; without it the tree is missing or half-made.
if (!fs.existsSync(path.join(root, "node_modules", ".package-lock.json"))) {
  console.log("Dependencies are not installed yet: installing them with npm ci (a minute or two)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    console.error("npm ci failed (above): fix that, then run the command again.");
    process.exit(r.status || 1);
  }
}
