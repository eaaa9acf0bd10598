#!/usr/bin/env node
"use strict";
// The compiled CLI lives in build/ (npm run build). Say so plainly instead of a stack trace.
let main;
try {
  main = require("../build/cli/main.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("laa-monitor is not built yet: run `npm run build` (or `npm run build:cli`) first.\n");
    process.exit(2);
  }
  throw err;
}
main.run(process.argv).then((code) => {
  process.exitCode = code;
});
