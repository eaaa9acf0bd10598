// The task pane alone, as Excel shows it (demo.html?view=pane over the sample workbook), at Excel's pane
// widths (270 px: Excel for Mac; 340 px: Windows; 700 px: widened) in light and dark themes. Every
// state the pane goes through is checked by axe-core, must not scroll sideways, orders its messages
// (errors, warnings, information, at most one success) and is photographed.
const assert = require("node:assert/strict");
const path = require("path");
const {
  expectAccessible,
  expectGoodState,
  expectNoSidewaysScroll,
  openPane,
  runAction,
} = require("./pane-helpers");

const EXAMPLES = path.resolve(__dirname, "..", "..", "examples");
const WIDTHS = [270, 340, 700];
const THEMES = ["light", "dark"];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The message bar with this text, not its hidden announcement. */
const bar = (page, text) => page.getByTestId("pane").locator("[data-intent]", { hasText: text });

/** One width and theme: the pane through every state of an officer's session. */
function session(width, theme) {
  const tag = `${width}-${theme}`;
  return {
    name: `pane at ${width} px, ${theme}: check, RAG, matrix, settings, out of date, board, remove`,
    viewport: { width, height: 760 },
    reducedMotion: true,
    async run(t) {
      const page = await openPane(t, { theme });
      const pane = page.getByTestId("pane");

      // Checked on open. No heading repeats Office's own pane title: the h1 is for screen readers.
      const title = await pane
        .getByRole("heading", { level: 1, name: "LAA Monitor" })
        .boundingBox();
      assert.ok(title && title.width <= 1 && title.height <= 1, "the title is not drawn");
      assert.match(await page.getByTestId("summary").innerText(), /Rated as at 30 June 2010\./);
      assert.ok((await pane.getByRole("link", { name: /^Rule indicator\.local/ }).count()) > 0);
      await expectGoodState(t, page, `pane-${tag}-01-checked`);

      // Actions that do not fit go into "More actions"; at 700 px everything fits.
      const more = pane.getByRole("button", { name: "More actions" });
      assert.equal(await more.isVisible(), width < 700, `More actions at ${width} px`);
      assert.equal(
        await pane.getByRole("toolbar").getByRole("button", { name: "Check table" }).isVisible(),
        true
      );
      if (width < 700) {
        await more.click();
        await page.getByRole("menuitem", { name: "Remove output" }).waitFor();
        await expectAccessible(page, `pane-${tag}-02-more-actions`);
        await t.shot(page, `pane-${tag}-02-more-actions`);
        await page.keyboard.press("Escape");
        await page.waitForFunction(
          () => document.activeElement?.getAttribute("aria-label") === "More actions"
        );
      }

      // Write RAG: one success, announced politely, never as an alert.
      await runAction(page, "Write RAG");
      await bar(page, "RAG status written").waitFor({ timeout: 20000 });
      assert.match(await page.getByTestId("announce").innerText(), /RAG status written/);
      assert.equal(
        await pane.getByRole("alert").filter({ hasText: "RAG status written" }).count(),
        0
      );
      await pane.getByRole("tab", { name: "RAG" }).click();
      await pane
        .getByText(/^Green: \d+/)
        .first()
        .waitFor();
      assert.match(await pane.innerText(), /▲ improving, ▼ worsening, ▶ no change/);
      // Each indicator's final-year forecast, their counts, and the reward estimate.
      assert.match(
        await pane.innerText(),
        /Likely to achieve 2010\/11\? (On track|At risk|Off track)/
      );
      await pane.getByRole("group", { name: "Forecast counts for 2010/11" }).waitFor();
      const reward = pane.getByRole("region", { name: "Reward at stake" });
      assert.match(await reward.innerText(), /\d+ designated targets; no reward pot set/);
      await expectGoodState(t, page, `pane-${tag}-03-rag`);
      await reward.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await expectNoSidewaysScroll(page, `pane-${tag}-03-reward`);
      await t.shot(page, `pane-${tag}-03-reward`);

      // The matrix: one grid, one tab stop, arrow keys move.
      await pane.getByRole("tab", { name: "Cross-cutting" }).click();
      const grid = pane.getByRole("grid");
      await grid.waitFor();
      const cells = grid.getByRole("gridcell");
      assert.equal(await cells.count(), 49);
      assert.equal(await grid.locator('[role="gridcell"][tabindex="0"]').count(), 1);
      await grid.locator('[tabindex="0"]').focus();
      await page.keyboard.press("ArrowDown");
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute("data-at")),
        "1-1"
      );
      await page.keyboard.press("ArrowRight");
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute("data-at")),
        "1-2"
      );
      assert.match(await pane.getByTestId("matrix-detail").innerText(), /supporting/);
      await expectGoodState(t, page, `pane-${tag}-04-matrix`);

      // A new tolerance re-runs the check, and the RAG columns written at 5% are named.
      await pane.getByRole("tab", { name: "Settings" }).click();
      await pane
        .getByRole("radio", { name: "Off target, but on track for the final year's target" })
        .waitFor();
      await pane
        .getByLabel("Reward pot (£)")
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await pane.getByRole("radio", { name: "As last year's quarters built up" }).waitFor();
      await expectNoSidewaysScroll(page, `pane-${tag}-05-settings`);
      await t.shot(page, `pane-${tag}-05-settings`);
      const tolerance = pane.getByLabel("Amber tolerance (% of target)");
      await tolerance.fill("15");
      await pane.getByLabel("As-at date").fill("30/06/2010");
      assert.match(await pane.innerText(), /Rates as at 30 June 2010\./);
      await pane.getByRole("button", { name: "Save settings" }).click();
      await bar(page, "RAG columns rated with other settings").waitFor({ timeout: 20000 });
      assert.match(
        await bar(page, "RAG columns rated with other settings").innerText(),
        /Amber tolerance 5% \(now 15%\)/
      );
      await expectGoodState(t, page, `pane-${tag}-05-settings-changed`);

      // A cell typed into the workbook marks the results out of date, until checked again.
      await pane.getByRole("tab", { name: "Findings" }).click();
      const change = page.getByRole("form", { name: "Change a cell" });
      await change.getByLabel("Cell").fill("LAA!C6");
      await change.getByLabel("New value").fill("TBC");
      await change.getByRole("button", { name: "Change the cell" }).click();
      await bar(page, "Out of date — Check again").waitFor({ timeout: 10000 });
      await expectGoodState(t, page, `pane-${tag}-06-out-of-date`);
      await bar(page, "Out of date — Check again")
        .getByRole("button", { name: "Check again" })
        .click();
      await bar(page, "Out of date — Check again").waitFor({ state: "detached", timeout: 20000 });

      // Building the board: its named steps while the board builder arrives.
      await page.route(/\/board\.[0-9a-f]+\.js$/, async (route) => {
        await sleep(1500);
        await route.continue();
      });
      await runAction(page, "Build board");
      await pane.getByText(/Build board: step 3 of 4, loading the board builder/).waitFor();
      await expectNoSidewaysScroll(page, `pane-${tag}-07-running`);
      await t.shot(page, `pane-${tag}-07-running`);
      await bar(page, "Board sheet built").waitFor({ timeout: 20000 });
      await expectGoodState(t, page, `pane-${tag}-08-board-built`);

      // Remove: a confirmation names what goes; then it goes.
      await runAction(page, "Remove output");
      const dialog = page.getByRole("alertdialog", { name: "Remove LAA Monitor output?" });
      await dialog.getByText("The sheet 'Board status 2010-06-30'").waitFor();
      assert.match(await dialog.innerText(), /RAG 2008\/09 on 'LAA'/);
      await expectAccessible(page, `pane-${tag}-09-remove`);
      await expectNoSidewaysScroll(page, `pane-${tag}-09-remove`);
      await t.shot(page, `pane-${tag}-09-remove`);
      await dialog.getByRole("button", { name: "Remove", exact: true }).click();
      await bar(page, "Output removed").waitFor({ timeout: 20000 });
      // Focus goes back to where Remove was chosen, and the rest of the pane is no longer hidden.
      await dialog.waitFor({ state: "detached" });
      await page.waitForFunction(
        () => !document.getElementById("container")?.hasAttribute("aria-hidden")
      );
      assert.match(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute("aria-label") ??
            document.activeElement?.textContent ??
            ""
        ),
        width < 700 ? /^More actions$/ : /^Remove output$/
      );
      await expectGoodState(t, page, `pane-${tag}-10-removed`);
      assert.deepEqual(t.errors, []);
    },
  };
}

module.exports = [
  ...WIDTHS.flatMap((w) => THEMES.map((theme) => session(w, theme))),
  {
    name: "a workbook with errors at 270 px: errors first, a plain sentence each, axe clean",
    viewport: { width: 270, height: 900 },
    async run(t) {
      const page = await openPane(t);
      await page.locator("#demo-file").setInputFiles(path.join(EXAMPLES, "sample-problems.xlsx"));
      await page
        .getByTestId("summary")
        .filter({ hasText: /\d+ errors?/ })
        .waitFor({ timeout: 20000 });
      const first = page.getByTestId("pane").locator("[data-intent]").first();
      assert.equal(await first.getAttribute("data-intent"), "error");
      await expectGoodState(t, page, "pane-270-light-problems");
    },
  },
  {
    name: "every finding links to its rule page, built into the add-in; Help opens the list",
    viewport: { width: 700, height: 900 },
    async run(t) {
      const page = await openPane(t);
      const [rule] = await Promise.all([
        t.context.waitForEvent("page"),
        page
          .getByRole("link", { name: /^Rule indicator\.local/ })
          .first()
          .click(),
      ]);
      await rule.waitForLoadState();
      assert.match(rule.url(), /\/help\/indicator\.local\.html$/);
      assert.match(await rule.locator("h1").innerText(), /indicator\.local/);
      await expectAccessible(rule, "rule page");
      const [index] = await Promise.all([
        t.context.waitForEvent("page"),
        page.getByRole("link", { name: "Help (opens in a new window)" }).click(),
      ]);
      await index.waitForLoadState();
      assert.match(index.url(), /\/help\/index\.html$/);
      await index.getByRole("link", { name: "baseline.placeholder" }).click();
      assert.match(index.url(), /\/help\/baseline\.placeholder\.html$/);
    },
  },
  {
    name: "focus stays on the action that runs (keyboard), and comes back to it",
    viewport: { width: 700, height: 900 },
    async run(t) {
      const page = await openPane(t);
      // The board builder is held back, so the action is seen while it runs.
      let release;
      const held = new Promise((r) => (release = r));
      await page.route(/\/board\.[0-9a-f]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const build = page.getByRole("toolbar").getByRole("button", { name: "Build board" });
      await build.focus();
      await page.keyboard.press("Enter");
      await page.getByText(/Build board: step 3 of 4/).waitFor();
      assert.equal(await build.getAttribute("aria-disabled"), "true");
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Build board");
      release();
      await bar(page, "Board sheet built").waitFor({ timeout: 20000 });
      assert.equal(await build.getAttribute("aria-disabled"), null);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Build board");
    },
  },
  {
    name: "the demo paints before ExcelJS arrives, and loads it for the workbook",
    async run(t) {
      const page = await t.page();
      let release;
      const held = new Promise((r) => (release = r));
      await page.route(/\/(xlsx|exceljs)\.[0-9a-f]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const asked = page.waitForRequest(/\/exceljs\.[0-9a-f]+\.js$/);
      await page.goto(`${t.baseUrl}demo.html`);
      // The page is up (its heading and the spinner) while ExcelJS is still held back.
      await page.getByRole("heading", { name: "LAA Monitor demo" }).waitFor();
      await page.getByText("Opening the sample workbook…").waitFor();
      await asked;
      const html = await (await page.request.get(`${t.baseUrl}demo.html`)).text();
      assert.doesNotMatch(html, /exceljs|xlsx\./, "no ExcelJS in the page's own scripts");
      release();
      await page.getByTestId("summary").waitFor({ timeout: 30000 });
    },
  },
];
