#!/usr/bin/env node
"use strict";
// The compiled CLI lives in build/ (npm run build). Say so plainly instead of a stack trace.
let main;
try {
  main = require("../build/cli/main.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "laa-monitor is not built yet: run `npm run build` (or `npm run build:cli`) first.\n"
    );
    process.exit(2);
  }
  throw err;
}
// A reader that stops early (`laa-monitor check … --json | head`) closes the pipe: the rest of the
// output is not wanted, which is no reason for a stack trace. The command ends as it would have.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (!err || err.code !== "EPIPE") throw err;
  });
}
main.run(process.argv).then((code) => {
  process.exitCode = code;
});
