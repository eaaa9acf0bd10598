#!/usr/bin/env node
// Rewrites test/golden/outputs/ from what the product gives now (npm run golden). Commit a changed
// golden on its own, saying which bug fix changed it.
const { spawnSync } = require("node:child_process");
const r = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest"), "test/golden", "--selectProjects", "node"],
  {
    stdio: "inherit",
    env: { ...process.env, UPDATE_GOLDEN: "1" },
    cwd: require("node:path").join(__dirname, ".."),
  }
);
process.exit(r.status ?? 1);
