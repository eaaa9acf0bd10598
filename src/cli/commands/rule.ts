/** `laa-monitor rule [code]`: where a finding code's page is, and what it says; or every code. */
import { pathToFileURL } from "node:url";
import { CliError, CliIo, EXIT_OK, writeLines } from "../io";
import { nearestCode, rulePage, ruleCodes } from "../rule-pages";
import { para } from "../format/text";
import { terminalOf } from "../terminal";

export interface RuleOptions {
  readonly color?: boolean;
}

export function ruleCommand(code: string | undefined, opts: RuleOptions, io: CliIo): number {
  const t = terminalOf(io, opts.color);
  if (code === undefined) {
    writeLines(io.stdout, [
      "Finding codes (laa-monitor rule <code> prints a code's page):",
      ...ruleCodes().map((c) => `  ${c}`),
    ]);
    return EXIT_OK;
  }
  const page = rulePage(code.trim());
  if (!page) {
    const near = nearestCode(code.trim());
    throw new CliError(
      `'${code}' is not a finding code${near ? ` (did you mean ${near}?)` : ""}: laa-monitor rule lists them.`
    );
  }
  const lines = [page.code];
  const what = page.sections.get("What it checks");
  const fix = page.sections.get("How to fix");
  if (what) lines.push(...para(what, "  ", t));
  if (fix) lines.push(...para(`How to fix: ${fix}`, "  ", t));
  lines.push(`  Page: ${page.source}`);
  if (page.html) lines.push(`  In a browser: ${pathToFileURL(page.html).href}`);
  writeLines(io.stdout, lines);
  return EXIT_OK;
}
