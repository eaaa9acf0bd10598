/**
 * The rule pages built into the add-in (dist/help/): one per finding code, each linking only to pages
 * that exist, readable offline (no script, no remote resource).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS
const { helpPages, markdownToHtml } = require("../../scripts/build-help") as {
  helpPages: () => Record<string, string>;
  markdownToHtml: (md: string) => string;
};

const pages = helpPages();
const codes = readdirSync(join(__dirname, "../../docs/rules"))
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => f.slice(0, -3));

describe("the help pages", () => {
  it("has a page for every finding code, and an index", () => {
    expect(Object.keys(pages).sort()).toEqual(
      [...codes.map((c) => `${c}.html`), "index.html"].sort()
    );
  });

  it.each(Object.keys(pages))(
    "%s links only to pages that exist, and loads nothing remote",
    (name) => {
      const html = pages[name] ?? "";
      const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
      for (const link of links) {
        if (link === "../help.html") continue;
        expect(Object.keys(pages)).toContain(link.replace(/#.*$/, ""));
      }
      expect(html).not.toMatch(/<script|https?:\/\//);
      expect(html).toMatch(/<html lang="en-GB">/);
    }
  );

  it("turns the index's table into links to each page", () => {
    const index = pages["index.html"] ?? "";
    expect(index).toContain(
      '<a href="baseline.placeholder.html"><code>baseline.placeholder</code></a>'
    );
  });

  it("converts the Markdown the pages use", () => {
    expect(
      markdownToHtml(
        "# `a.b`\n\nText with **bold**, `code <x>` and [a page](x.y.md).\n\n| A | B |\n|---|---|\n| 1 | **2** |\n\n- one\n- two"
      )
    ).toBe(
      [
        "<h1><code>a.b</code></h1>",
        '<p>Text with <strong>bold</strong>, <code>code &lt;x&gt;</code> and <a href="x.y.html">a page</a>.</p>',
        '<table><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody><tr><td>1</td><td><strong>2</strong></td></tr></tbody></table>',
        "<ul><li>one</li><li>two</li></ul>",
      ].join("\n")
    );
  });
});
