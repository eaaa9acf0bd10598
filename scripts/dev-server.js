#!/usr/bin/env node
// `npm run dev-server`: webpack-dev-server on https://localhost:3000/ with Office's dev certificates
// (Excel only loads add-ins over https). Where they cannot be installed (Linux without sudo, CI), it
// falls back to http://localhost:3000/ and says so: fine for the demo page, not for sideloading.
const path = require("path");
const Webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const config = require("../webpack.config.js");

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

async function main() {
  const https = await httpsOptions();
  const compiler = Webpack(config({}, { mode: "development" }));
  const server = new WebpackDevServer(
    {
      port: Number(process.env.PORT || 3000),
      host: "localhost",
      static: { directory: path.resolve(__dirname, "..", "dist"), watch: false },
      server: https ? { type: "https", options: https } : { type: "http" },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false, errors: true } },
      hot: false,
    },
    compiler
  );
  await server.start();
  const scheme = https ? "https" : "http";
  console.log(`Task pane: ${scheme}://localhost:${server.options.port}/taskpane.html`);
  console.log(`Demo:      ${scheme}://localhost:${server.options.port}/demo.html`);
}

main().catch((e) => {
  console.error(`The dev server could not start: ${e.message}`);
  process.exit(1);
});
