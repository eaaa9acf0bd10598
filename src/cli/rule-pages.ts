/**
 * The rule pages (docs/rules/<code>.md, built into dist/help/<code>.html for the add-in), found from
 * the CLI: it sits two folders below the repository both as src/cli and as build/cli.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
export const RULES_DIR = join(ROOT, "docs", "rules");
export const HELP_DIR = join(ROOT, "dist", "help");

/** Every finding code with a page, sorted. */
export function ruleCodes(): string[] {
  try {
    return readdirSync(RULES_DIR)
      .filter((f) => f.endsWith(".md") && f !== "README.md")
      .map((f) => f.slice(0, -3))
      .sort();
  } catch {
    return [];
  }
}

export interface RulePage {
  readonly code: string;
  /** The Markdown source. */
  readonly source: string;
  /** The built HTML page, when dist/ has been built. */
  readonly html?: string;
  /** Paragraphs of the page's sections, by heading ("What it checks", "How to fix"). */
  readonly sections: ReadonlyMap<string, string>;
}

/** A rule's page, or undefined when the code has none. */
export function rulePage(code: string): RulePage | undefined {
  if (!/^[a-z]+\.[a-z-]+$/.test(code)) return undefined;
  const source = join(RULES_DIR, `${code}.md`);
  if (!existsSync(source)) return undefined;
  const html = join(HELP_DIR, `${code}.html`);
  const sections = new Map<string, string>();
  let heading = "";
  for (const line of readFileSync(source, "utf8").split(/\r?\n/)) {
    const h = /^##\s+(.*)$/.exec(line);
    if (h) heading = (h[1] ?? "").trim();
    else if (heading && line.trim() && !line.startsWith("|"))
      sections.set(heading, `${sections.get(heading) ?? ""} ${line.trim()}`.trim());
  }
  return { code, source, ...(existsSync(html) ? { html } : {}), sections };
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j] ?? 0;
      row[j] = Math.min(here + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length] ?? 0;
}

/** The code nearest to a mistyped one, when it is near enough to be what was meant. */
export function nearestCode(code: string): string | undefined {
  let best: { code: string; d: number } | undefined;
  for (const c of ruleCodes()) {
    const d = distance(code.toLowerCase(), c);
    if (!best || d < best.d) best = { code: c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(code.length / 4)) ? best.code : undefined;
}
