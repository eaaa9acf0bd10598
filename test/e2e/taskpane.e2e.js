// dist/taskpane.html in a plain browser, Office.js served from the npm copy: the outside-Excel state.
const assert = require("node:assert/strict");

module.exports = [
  {
    name: "taskpane.html outside Excel says so and how to get there, without errors",
    viewport: { width: 360, height: 640 },
    async run(t) {
      const page = await t.page();
      const scripts = [];
      page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      await page.goto(`${t.baseUrl}taskpane.html`);
      await page.getByText("This pane runs inside Excel").waitFor({ timeout: 20000 });
      const text = await page.locator("main").innerText();
      assert.match(text, /npm start/);
      assert.match(text, /npm run demo/);
      assert.ok(
        scripts.some((u) =>
          u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")
        )
      );
      // The board planner is not part of the first paint.
      assert.ok(
        !scripts.some((u) => /board/.test(u)),
        `board code loaded early: ${scripts.join(", ")}`
      );
      await t.shot(page, "10-taskpane-outside-excel");
      // The pane's script ran, so the message for old Office is gone.
      assert.equal(await page.locator("#old-office").count(), 0);
      assert.deepEqual(t.errors, []);
    },
  },
  {
    name: "taskpane.html whose script cannot run (Office 2016/2019 in IE11) says so in plain words",
    viewport: { width: 360, height: 640 },
    async run(t) {
      const page = await t.page();
      // Internet Explorer 11 cannot parse the pane's bundle: blocking it leaves the page as IE11 sees it.
      await page.route(
        (url) => url.href.startsWith(t.baseUrl) && url.pathname.endsWith(".js"),
        (route) => route.abort()
      );
      await page.goto(`${t.baseUrl}taskpane.html`);
      const message = page.locator("#old-office");
      await page.waitForFunction(
        () => getComputedStyle(document.getElementById("old-office")).opacity === "1",
        null,
        { timeout: 10000 }
      );
      const text = await message.innerText();
      assert.match(text, /This version of Office cannot run LAA Monitor/);
      assert.match(text, /Excel on the web/);
      assert.equal(await page.locator("#container").innerText(), "");
      await t.shot(page, "11-taskpane-old-office");
    },
  },
  {
    name: "the demo page loads no Office.js",
    async run(t) {
      const page = await t.page();
      const scripts = [];
      page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      await page.goto(`${t.baseUrl}demo.html`);
      await page.getByTestId("summary").waitFor({ timeout: 20000 });
      assert.ok(!scripts.some((u) => /office\.js/i.test(u)), scripts.join(", "));
    },
  },
];
