#!/usr/bin/env node
// `npm run demo`: builds dist/ if it is missing, then serves it on http://localhost:3000/ with a tiny
// static server (no dependencies), so anyone can try the pane without Excel. Also used by scripts/e2e.js.
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * A static file server over `dir` on 127.0.0.1; resolves with the server once listening. `options.https`
 * (key and cert) serves https; `options.headers` are added to every answer; `options.host` replaces
 * 127.0.0.1.
 */
function serve(dir, port, options = {}) {
  const handler = (req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(dir, path.normalize(rel));
    // Never serve anything outside dist/ (a "../" in the URL).
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Cache-Control": "no-cache",
        ...options.headers,
      });
      res.end(body);
    });
  };
  const server = options.https
    ? https.createServer(options.https, handler)
    : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, options.host || "127.0.0.1", () => resolve(server));
  });
}

/** Builds the production bundle when dist/ has no demo page yet. */
function ensureBuilt() {
  if (fs.existsSync(path.join(DIST, "demo.html"))) return;
  console.log("dist/ is missing: building it first (about a minute)…");
  const r = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "noManifest"],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  );
  if (r.status !== 0) {
    console.error(
      "The build failed, so there is nothing to serve: fix the errors above and run npm run demo again."
    );
    process.exit(1);
  }
}

async function main() {
  ensureBuilt();
  const wanted = Number(process.env.PORT || 3000);
  let server;
  try {
    server = await serve(DIST, wanted);
  } catch (e) {
    if (e.code !== "EADDRINUSE") throw e;
    console.log(`Port ${wanted} is busy (the dev server?), so the demo uses a free port instead.`);
    server = await serve(DIST, 0);
  }
  const { port } = server.address();
  console.log(`LAA Monitor demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`The demo could not start: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { serve, DIST };
