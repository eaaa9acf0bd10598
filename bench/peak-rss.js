"use strict";
// Preloaded with `node -r` into a child process: records its peak resident memory (KB) when it exits.
const fs = require("fs");
process.on("exit", () => {
  if (process.env.LAA_BENCH_RSS_FILE) {
    fs.writeFileSync(process.env.LAA_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
  }
});
