#!/usr/bin/env node
// `npm run dev-server`: builds the pages in development mode, rebuilds them on every change (webpack's
// own watch), and serves dist/ on https://localhost:3000/ with Office's dev certificates (Excel loads
// add-ins only over https). Where the certificates cannot be installed (Linux without sudo, CI) it
// serves http://localhost:3000/ and says so: fine for the demo page, not for sideloading. Reload the
// pane after a rebuild (right-click › Reload, or reopen it).
const Webpack = require("webpack");
const config = require("../webpack.config.js");
const { serve, DIST } = require("./demo");

async function httpsOptions() {
  if (process.env.LAA_DEV_HTTP === "1") return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.log(
      `Dev certificates are not available (${String(e.message || e).split("\n")[0]}): serving over http. ` +
        "Excel needs https; on Windows or Mac run `npx office-addin-dev-certs install` once."
    );
    return undefined;
  }
}

/** Runs webpack in watch mode; resolves after the first build so the server never serves nothing. */
function watch() {
  const compiler = Webpack(config({ noManifest: false }, { mode: "development" }));
  return new Promise((resolve, reject) => {
    let first = true;
    compiler.watch({ aggregateTimeout: 300 }, (err, stats) => {
      if (err) {
        if (first) reject(err);
        else console.error(`Rebuild failed: ${err.message}`);
        return;
      }
      const info = stats.toJson({ all: false, errors: true, warnings: false });
      if (stats.hasErrors()) {
        for (const e of info.errors.slice(0, 5)) console.error(e.message);
        console.error("The build has errors (above): the pages served are the last good ones.");
      } else {
        console.log(`Built in ${stats.endTime - stats.startTime} ms.`);
      }
      if (first) {
        first = false;
        resolve();
      }
    });
  });
}

async function main() {
  const https = await httpsOptions();
  await watch();
  const port = Number(process.env.PORT || 3000);
  // Office loads the pane's files from this origin; the header lets Office's own frames fetch them too.
  // "localhost" as Office asks for it (IPv4 or IPv6, whichever the system resolves first).
  await serve(DIST, port, {
    https,
    host: "localhost",
    headers: { "Access-Control-Allow-Origin": "*" },
  });
  const scheme = https ? "https" : "http";
  console.log(`Task pane: ${scheme}://localhost:${port}/taskpane.html`);
  console.log(`Demo:      ${scheme}://localhost:${port}/demo.html`);
}

main().catch((e) => {
  console.error(`The dev server could not start: ${e.message}`);
  process.exit(1);
});
