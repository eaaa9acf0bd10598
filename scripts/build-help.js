// The rule pages of the add-in: docs/rules/*.md as HTML pages under dist/help/ (webpack emits them, see
// webpack.config.js), so every finding's page opens offline and from inside Excel. A small converter for
// the Markdown those pages use (headings, paragraphs, lists, tables, code, emphasis, links); no
// dependency. `node scripts/build-help.js <dir>` writes them to a folder, for a look without webpack.
"use strict";
const fs = require("fs");
const path = require("path");

const RULES = path.resolve(__dirname, "..", "docs", "rules");

const escape = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A relative link to a Markdown page becomes its HTML page; anything leaving the pages stays out. */
function href(url) {
  if (/^[a-z]+:/i.test(url) || url.startsWith("#")) return url;
  const m = /^([A-Za-z0-9._-]+)\.md(#.*)?$/.exec(url);
  if (m) return `${m[1] === "README" ? "index" : m[1]}.html${m[2] || ""}`;
  return undefined;
}

/** Inline Markdown: links (their label is inline Markdown too), code spans (literal), bold, italics. */
function inline(text) {
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let out = "";
  let at = 0;
  for (const m of text.matchAll(link)) {
    out += spans(text.slice(at, m.index));
    const to = href(m[2]);
    out += to ? `<a href="${escape(to)}">${spans(m[1])}</a>` : spans(m[1]);
    at = m.index + m[0].length;
  }
  return out + spans(text.slice(at));
}

/** Code spans first (their content is literal), then bold and italics in what is left. */
function spans(text) {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length > 1)
        return `<code>${escape(part.slice(1, -1))}</code>`;
      let s = escape(part);
      s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
      s = s.replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>");
      s = s.replace(/(^|[\s(])_([^_\s][^_]*)_(?=[\s).,;:]|$)/g, "$1<em>$2</em>");
      return s;
    })
    .join("");
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

/** Markdown (the subset the rule pages use) to HTML. */
function markdownToHtml(md) {
  const lines = md.replace(/\r\n/g, "\n").split("\n");
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      out.push(`<h${level}>${inline(heading[2].trim())}</h${level}>`);
      i++;
      continue;
    }
    if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escape(code.join("\n"))}</code></pre>`);
      continue;
    }
    if (line.trim().startsWith("|") && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] || "")) {
      const head = cells(line);
      const body = [];
      for (i += 2; i < lines.length && lines[i].trim().startsWith("|"); i++)
        body.push(cells(lines[i]));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th scope="col">${inline(c)}</th>`).join("")}</tr></thead>` +
          `<tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`
      );
      continue;
    }
    const bullet = /^\s*([-*]|\d+\.)\s+/;
    if (bullet.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items = [];
      while (i < lines.length && (bullet.test(lines[i]) || /^\s{2,}\S/.test(lines[i]))) {
        if (bullet.test(lines[i])) items.push(lines[i].replace(bullet, ""));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      const tag = ordered ? "ol" : "ul";
      out.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join("")}</${tag}>`);
      continue;
    }
    if (line.startsWith(">")) {
      const quote = [];
      for (; i < lines.length && lines[i].startsWith(">"); i++)
        quote.push(lines[i].replace(/^>\s?/, ""));
      out.push(`<blockquote><p>${inline(quote.join(" "))}</p></blockquote>`);
      continue;
    }
    const para = [];
    for (
      ;
      i < lines.length &&
      lines[i].trim() !== "" &&
      !/^(#{1,6}\s|```|\s*([-*]|\d+\.)\s|>)/.test(lines[i]) &&
      !lines[i].trim().startsWith("|");
      i++
    )
      para.push(lines[i].trim());
    out.push(`<p>${inline(para.join(" "))}</p>`);
  }
  return out.join("\n");
}

const STYLE = `
  :root { color-scheme: light dark; }
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem;
    line-height: 1.5; color: #242424; background: #ffffff; }
  @media (prefers-color-scheme: dark) { body { color: #f0f0f0; background: #1f1f1f; } a { color: #6cb8f6; }
    code, pre { background: #2e2e2e; } th { background: #2e2e2e; } }
  h1 { font-size: 1.5rem; overflow-wrap: anywhere; } h2 { font-size: 1.15rem; margin-top: 1.5rem; }
  code { background: #f3f3f3; padding: 0 .25rem; overflow-wrap: anywhere; }
  pre { background: #f3f3f3; padding: .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  table { border-collapse: collapse; font-size: .9rem; }
  th, td { border: 1px solid #a6a6a6; padding: .2rem .4rem; text-align: left; vertical-align: top;
    overflow-wrap: anywhere; }
  th { background: #f3f3f3; } nav { font-size: .9rem; }`;

function page(title, body, isIndex) {
  const nav = isIndex
    ? `<nav><a href="../help.html">Getting started</a></nav>`
    : `<nav><a href="index.html">All finding codes</a> · <a href="../help.html">Getting started</a></nav>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'">
<title>${escape(title)} – LAA Monitor help</title>
<style>${STYLE}</style>
</head>
<body>
${nav}
<main>
${body}
</main>
</body>
</html>
`;
}

/** Every help page, as { "baseline.placeholder.html": "<!doctype html>…", "index.html": … }. */
function helpPages(dir = RULES) {
  const pages = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const md = fs.readFileSync(path.join(dir, file), "utf8");
    const title = (/^#\s+(.*)$/m.exec(md) || [null, file])[1].replace(/`/g, "");
    const isIndex = file === "README.md";
    pages[isIndex ? "index.html" : file.replace(/\.md$/, ".html")] = page(
      title,
      markdownToHtml(md),
      isIndex
    );
  }
  return pages;
}

module.exports = { helpPages, markdownToHtml, RULES };

if (require.main === module) {
  const out = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist", "help"));
  fs.mkdirSync(out, { recursive: true });
  const pages = helpPages();
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(out, name), html);
  console.log(`Wrote ${Object.keys(pages).length} help pages to ${out}.`);
}
