#!/usr/bin/env node
// `npm start` / `npm stop`: sideload manifest.xml into Excel on Windows or Mac (and close the session)
// with Microsoft's office-addin-debugging, fetched by npx at a pinned version. It is not a dependency of
// the project: through a peer dependency it installs a Microsoft 365 agents toolkit of about 400
// packages that only sideloading needs, so `npm ci` stays lean and only `npm start` pays for it.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const TOOL = "office-addin-debugging@7.0.0";
const command = process.argv[2];

if (command !== "start" && command !== "stop") {
  console.error("Usage: node scripts/office.js start|stop");
  process.exit(2);
}
if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    `Sideloading into Excel works on Windows and Mac only (this is ${process.platform}). ` +
      "Use Excel on the web (npm run dev-server, then Upload my add-in), or try the pane with npm run demo."
  );
  process.exit(1);
}
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const root = path.resolve(__dirname, "..");
const r = spawnSync(npx, ["--yes", TOOL, command, "manifest.xml"], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(r.status ?? 1);
