// Helpers for the browser tests of the pane: axe-core, the pane's layout checks and its actions.
const assert = require("node:assert/strict");
const fs = require("fs");

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Fluent's documented false positive: tabster's focus guards (`data-tabster-dummy`) are focusable on
 * purpose and aria-hidden, so axe's aria-hidden-focus rule flags them (Fluent v9 known issues;
 * microsoft/tabster#288). Only those nodes of only that rule are set aside; everything else counts.
 */
const FOCUS_GUARD = {
  rule: "aria-hidden-focus",
  isGuard: (node) => /data-tabster-dummy/.test(node.html),
};

/** Runs axe-core on the whole page; fails with the violations (minus the focus guards) listed. */
async function expectAccessible(page, state) {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy still holds for it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ html: n.html.slice(0, 200), target: n.target.join(" ") })),
    }));
  });
  const real = violations
    .map((v) =>
      v.id === FOCUS_GUARD.rule
        ? { ...v, nodes: v.nodes.filter((n) => !FOCUS_GUARD.isGuard(n)) }
        : v
    )
    .filter((v) => v.nodes.length > 0);
  assert.deepEqual(
    real.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(", ")}`),
    [],
    `axe-core violations in state "${state}"`
  );
}

/** The page never scrolls sideways: the pane fits the window at every width. */
async function expectNoSidewaysScroll(page, state) {
  const overflow = await page.evaluate(
    () => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth
  );
  assert.ok(overflow <= 0, `the page scrolls ${overflow}px sideways in state "${state}"`);
}

/**
 * Message bars: errors before warnings before information before success, and at most one success.
 */
async function expectMessageOrder(page, state) {
  const intents = await page
    .getByTestId("pane")
    .locator("[data-intent]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-intent")));
  const rank = { error: 0, warning: 1, info: 2, success: 3 };
  const ranks = intents.map((i) => rank[i]);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
    `message order in "${state}": ${intents}`
  );
  assert.ok(
    intents.filter((i) => i === "success").length <= 1,
    `more than one success in "${state}"`
  );
}

/** Every check a pane state must pass, and its screenshot: the window, as the officer sees it. */
async function expectGoodState(t, page, state) {
  await expectNoSidewaysScroll(page, state);
  await expectMessageOrder(page, state);
  await expectAccessible(page, state);
  // The messages sit at the top of the pane: that is what the picture shows.
  await page.evaluate(() => window.scrollTo(0, 0));
  await t.shot(page, state);
}

/**
 * Runs a toolbar action: its button when it fits the pane's width, else the same item under
 * "More actions" (the toolbar's overflow menu).
 */
async function runAction(page, name) {
  const pane = page.getByTestId("pane");
  const button = pane.getByRole("toolbar").getByRole("button", { name, exact: true });
  if ((await button.count()) > 0 && (await button.isVisible())) {
    await button.click();
    return;
  }
  await pane.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name }).click();
}

/** Opens the pane alone (as Excel shows it) at a width, in a theme, over the sample; waits for its check. */
async function openPane(t, { theme = "light" } = {}) {
  const page = await t.page();
  await page.goto(`${t.baseUrl}demo.html?view=pane&theme=${theme}`);
  await page.getByTestId("summary").waitFor({ timeout: 30000 });
  // The check is over when the actions are enabled again.
  await page
    .locator('[role="toolbar"] [aria-disabled="true"]')
    .first()
    .waitFor({ state: "detached" });
  return page;
}

module.exports = {
  expectAccessible,
  expectGoodState,
  expectMessageOrder,
  expectNoSidewaysScroll,
  openPane,
  runAction,
  FOCUS_GUARD,
};
