// The demo page in a real browser: the same App as in Excel over the bundled sample workbook.
const assert = require("node:assert/strict");
const path = require("path");

const { expectAccessible, runAction } = require("./pane-helpers");

const EXAMPLES = path.resolve(__dirname, "..", "..", "examples");
const fs = require("fs");

/** The engine's status fills (STATUS_FILL in src/engine/model/rag.ts), read so the test follows the palette. */
function statusFill(status) {
  const src = fs.readFileSync(
    path.resolve(__dirname, "..", "..", "src", "engine", "model", "rag.ts"),
    "utf8"
  );
  const m = new RegExp(`${status}: \\{ fill: "(#[0-9A-Fa-f]{6})"`).exec(src);
  if (!m) throw new Error(`no STATUS_FILL for ${status}`);
  return m[1].toUpperCase();
}

async function openDemo(t) {
  const page = await t.page();
  await page.goto(t.baseUrl);
  // The demo checks the sample as soon as it opens.
  await page.getByTestId("summary").waitFor({ timeout: 20000 });
  return page;
}

async function openFile(page, file) {
  await page.locator("#demo-file").setInputFiles(file);
}

module.exports = [
  {
    name: "checks the sample: summary, a specific finding, click selects its cell in the grid",
    async run(t) {
      const page = await openDemo(t);
      await runAction(page, "Check table");
      const summary = page.getByTestId("summary");
      await summary.waitFor();
      // No errors; warnings for the Reds and off-track forecasts without a remedial action
      // (exception.no-action).
      const text = await summary.innerText();
      assert.match(text, /^\d+ warnings to look at/);
      assert.doesNotMatch(text, /\d+ errors?/);
      const finding = page.getByRole("button", { name: /LAA!B11/ });
      assert.match(await finding.innerText(), /No NI code: this counts as a local indicator\./);
      assert.equal(await page.getByTestId("name-box").innerText(), "No cell selected");
      await t.shot(page.getByTestId("pane"), "01-pane-checked");
      await finding.click();
      await page.getByTestId("name-box").filter({ hasText: "Selected: LAA!B11" }).waitFor();
      const cell = page.locator('table[data-sheet="LAA"] td[data-address="B11"]');
      assert.equal(await cell.getAttribute("data-selected"), "true");
      assert.match(await cell.innerText(), /Volunteers placed/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await t.shot(page, "02-demo-finding-selected");
      await expectAccessible(page, "the demo page, a finding selected");
      assert.deepEqual(t.errors, []);
    },
  },
  {
    name: "a workbook with problems: errors summarised, Enter on a finding selects its cell",
    async run(t) {
      const page = await openDemo(t);
      await openFile(page, path.join(EXAMPLES, "sample-problems.xlsx"));
      await page.getByText("sample-problems.xlsx").waitFor();
      const summary = page.getByTestId("summary");
      await summary.filter({ hasText: /\d+ errors?/ }).waitFor({ timeout: 20000 });
      assert.match(await summary.innerText(), /to look at/);
      const items = page.getByTestId("pane").locator("button[title^='Select ']");
      assert.ok((await items.count()) >= 3, "several findings with cells");
      const third = items.nth(2);
      const target = (await third.getAttribute("title")).replace("Select ", "").replace(/'/g, "");
      await third.focus();
      await page.keyboard.press("Enter");
      await page
        .getByTestId("name-box")
        .filter({ hasText: `Selected: ${target}` })
        .waitFor();
      assert.equal(await third.getAttribute("aria-current"), "true");
      await t.shot(page.getByTestId("pane"), "03-pane-problems");
      // The severity filter hides the errors.
      const before = await items.count();
      await page.getByRole("checkbox", { name: /^Errors/ }).click();
      assert.ok((await items.count()) < before, "unticking Errors hides findings");
    },
  },
  {
    name: "Write RAG: status words and fills appear in the grid",
    // Wide enough to show the status columns beside the table in the picture.
    viewport: { width: 1500, height: 900 },
    async run(t) {
      const page = await openDemo(t);
      await runAction(page, "Write RAG");
      await page
        .getByTestId("pane")
        .locator("[data-intent]", { hasText: "RAG status written" })
        .waitFor({ timeout: 20000 });
      const grid = page.locator('table[data-sheet="LAA"]');
      for (const word of ["Green", "Amber", "Red"]) {
        const cells = grid.locator("td", { hasText: new RegExp(`^${word}`) });
        assert.ok((await cells.count()) > 0, `${word} written as a word`);
        const fill = await cells.first().getAttribute("data-fill");
        assert.equal((fill || "").toUpperCase(), statusFill(word.toLowerCase()), `${word} fill`);
      }
      await page.getByTestId("pane").getByRole("tab", { name: "RAG" }).click();
      await page
        .getByText(/^Green: \d+/)
        .first()
        .waitFor();
      await t.shot(page, "04-demo-rag-written");
      await t.shot(page.getByTestId("pane"), "05-pane-rag");
    },
  },
  {
    name: "Build board sheet: the new sheet's tab appears and opens",
    async run(t) {
      const page = await openDemo(t);
      await runAction(page, "Build board");
      await page
        .getByTestId("pane")
        .locator("[data-intent]", { hasText: "Board sheet built" })
        .waitFor({ timeout: 20000 });
      const tab = page.getByRole("tab", { name: /^Board status/ });
      await tab.waitFor();
      assert.equal(await tab.getAttribute("aria-selected"), "true");
      const sheet = await tab.innerText();
      assert.ok(
        (await page.locator(`table[data-sheet="${sheet}"] td`).count()) > 10,
        "board sheet drawn"
      );
      await t.shot(page, "06-demo-board-sheet");
    },
  },
  {
    name: "Download gives the patched workbook: an .xlsm keeps its macros and every part it had",
    async run(t) {
      const { unzipSync } = require("fflate");
      const input = path.resolve(__dirname, "..", "corpus", "macros.xlsm");
      const page = await openDemo(t);
      await openFile(page, input);
      await page.getByText("macros.xlsm").waitFor();
      await page.getByTestId("summary").waitFor({ timeout: 20000 });
      await runAction(page, "Build board");
      await page
        .getByTestId("pane")
        .locator("[data-intent]", { hasText: "Board sheet built" })
        .waitFor({ timeout: 20000 });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download" }).click(),
      ]);
      assert.equal(download.suggestedFilename(), "macros-checked.xlsm");
      const saved = await download.path();
      const before = unzipSync(fs.readFileSync(input));
      const after = unzipSync(fs.readFileSync(saved));
      const owned = new Set([
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "xl/styles.xml",
      ]);
      for (const [name, bytes] of Object.entries(before)) {
        assert.ok(after[name], `${name} kept`);
        if (!owned.has(name))
          assert.ok(Buffer.from(after[name]).equals(Buffer.from(bytes)), `${name} unchanged`);
      }
      assert.match(Buffer.from(after["[Content_Types].xml"]).toString(), /macroEnabled\.main\+xml/);
      assert.ok(
        Object.keys(after).some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)),
        "the board's chart"
      );
      assert.deepEqual(t.errors, []);
    },
  },
  {
    name: "the cross-cutting matrix explains each cell",
    async run(t) {
      const page = await openDemo(t);
      await page.getByTestId("pane").getByRole("tab", { name: "Cross-cutting" }).click();
      await page.getByRole("grid").waitFor();
      const cells = page.locator("td[data-state]");
      assert.ok((await cells.count()) > 10, "matrix drawn");
      await cells.nth(2).focus();
      const label = await page.getByTestId("matrix-detail").innerText();
      assert.match(label, /supporting/);
      assert.equal(label, await cells.nth(2).getAttribute("aria-label"));
      await t.shot(page.getByTestId("pane"), "07-pane-matrix");
    },
  },
  {
    name: "a bad file gives a plain message and keeps the workbook",
    async run(t) {
      const page = await openDemo(t);
      await openFile(page, {
        name: "targets.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("Indicator,Baseline\nNI 1,76%\n"),
      });
      const problem = page.getByTestId("demo-problem");
      await problem.waitFor();
      assert.match(await problem.innerText(), /'targets\.csv' is not an Excel workbook/);
      await openFile(page, {
        name: "old.xls",
        mimeType: "application/vnd.ms-excel",
        buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      });
      await problem.filter({ hasText: /old-format \.xls/ }).waitFor();
      assert.ok(
        await page.getByText("sample-partnership.xlsx").isVisible(),
        "the sample is still open"
      );
      await t.shot(page, "08-demo-bad-file");
    },
  },
  {
    name: "readable at 320 px: no sideways scrolling in the pane",
    viewport: { width: 320, height: 800 },
    async run(t) {
      const page = await openDemo(t);
      const overflow = await page
        .getByTestId("pane")
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(overflow <= 0, `pane overflows by ${overflow}px`);
      await t.shot(page.getByTestId("pane"), "09-pane-320px");
    },
  },
];
