#!/usr/bin/env node
// `npm run test:e2e`: browser tests. Serves dist/ on a free localhost port, drives Debian's Chromium with
// playwright-core, runs every test/e2e/*.e2e.js (each exports [{ name, run(t) }]), saves screenshots in
// test-output/screenshots/, and ends with "e2e: N passed, M failed" (non-zero exit on any failure).
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { serve, DIST } = require("./demo");

const ROOT = path.resolve(__dirname, "..");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_LOCAL = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

function isLocal(url) {
  try {
    const u = new URL(url);
    if (u.protocol === "data:" || u.protocol === "blob:") return true;
    return u.hostname === "localhost" || u.hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

/**
 * Every request of a context passes here: localhost goes through, Office.js's CDN is answered from the
 * npm copy, anything else is blocked and recorded, so a test can assert nothing left the machine.
 */
async function guardNetwork(context, escaped) {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_LOCAL, url.slice(OFFICE_CDN.length).split("?")[0]);
      if (file.startsWith(OFFICE_LOCAL) && fs.existsSync(file)) {
        return route.fulfill({ path: file, contentType: "text/javascript" });
      }
    }
    escaped.push(url);
    return route.abort();
  });
}

async function main() {
  if (
    !fs.existsSync(path.join(DIST, "demo.html")) ||
    !fs.existsSync(path.join(DIST, "taskpane.html"))
  ) {
    console.error("dist/ is not built: run npm run build first.");
    console.log("e2e: 0 passed, 1 failed");
    process.exit(1);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await serve(DIST, 0);
  const baseUrl = `http://localhost:${server.address().port}/`;
  // launch() gives every run a fresh temporary profile.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  // E2E_ONLY=pane runs only the files whose name contains "pane" (while working on one).
  const only = process.env.E2E_ONLY;
  const files = fs
    .readdirSync(path.join(ROOT, "test", "e2e"))
    .filter((f) => f.endsWith(".e2e.js") && (!only || f.includes(only)))
    .sort();
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const tests = require(path.join(ROOT, "test", "e2e", file));
    console.log(file);
    for (const test of tests) {
      const escaped = [];
      const errors = [];
      const context = await browser.newContext({
        viewport: test.viewport || { width: 1280, height: 900 },
        acceptDownloads: true,
        // A test may ask for still pages (no transitions), so what axe-core measures is settled.
        ...(test.reducedMotion ? { reducedMotion: "reduce" } : {}),
      });
      await guardNetwork(context, escaped);
      const started = Date.now();
      const t = {
        baseUrl,
        context,
        escaped,
        /** Uncaught page errors and console errors, for tests to assert none happened. */
        errors,
        async page() {
          const page = await context.newPage();
          page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
          page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
          return page;
        },
        async shot(target, name) {
          await target.screenshot({ path: path.join(SHOTS, `${name}.png`) });
        },
      };
      try {
        await test.run(t);
        if (escaped.length) throw new Error(`requests left localhost: ${escaped.join(", ")}`);
        passed++;
        console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(
          `  ✗ ${test.name}\n    ${String(e && e.stack ? e.stack : e)
            .split("\n")
            .slice(0, 6)
            .join("\n    ")}`
        );
        if (errors.length) console.log(`    page errors: ${errors.slice(0, 5).join(" | ")}`);
      } finally {
        await context.close();
      }
    }
  }
  await browser.close();
  server.close();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log("e2e: 0 passed, 1 failed");
  process.exit(1);
});
