import { readFileSync } from "fs";
import { join } from "path";
import { GAP_RULES } from "../../../src/engine/gaps";

const DOCS_DIR = join(__dirname, "../../../docs/rules");
const SECTIONS = ["What it checks", "Why it matters", "How to fix", "Example", "Default severity"];

describe("GAP_RULES", () => {
  it("lists the six gap codes, sorted, with the issue's default severities", () => {
    expect(GAP_RULES.map((r) => [r.code, r.defaultSeverity])).toEqual([
      ["gap.ambition-uncovered", "warning"],
      ["gap.indicator-orphan", "warning"],
      ["gap.matrix-unmatched", "warning"],
      ["gap.priority-unowned", "error"],
      ["gap.silo", "info"],
      ["gap.unsupported-claim", "warning"],
    ]);
  });

  it.each(GAP_RULES.map((r) => [r.code, r]))(
    "%s has a docs page with every section and its severity",
    (code, rule) => {
      const page = readFileSync(join(DOCS_DIR, `${code}.md`), "utf8");
      expect(page.startsWith(`# \`${code}\``)).toBe(true);
      expect([...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim())).toEqual(SECTIONS);
      expect(page.split("## Default severity")[1]).toContain(`**${rule.defaultSeverity}**`);
    }
  );
});
