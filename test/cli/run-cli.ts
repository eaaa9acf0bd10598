import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/main";

export const ROOT = join(__dirname, "../..");
export const SAMPLE = join(ROOT, "examples/sample-partnership.xlsx");
export const PROBLEMS = join(ROOT, "examples/sample-problems.xlsx");
export const QUARTERLY = join(ROOT, "examples/sample-quarterly.xlsx");
export const CONFIG = join(ROOT, "examples/northshire.config.json");
export const fixture = (name: string): string => join(ROOT, "test/fixtures", name);

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs laa-monitor in-process with captured output and a fixed clock (2010-06-30). */
export async function cli(...args: string[]): Promise<CliResult> {
  return cliWith({}, ...args);
}

/** What the captured streams claim to be: a terminal (of some width), and the environment. */
export interface FakeTerminal {
  readonly stdoutTTY?: boolean;
  readonly stderrTTY?: boolean;
  readonly columns?: number;
  readonly env?: Record<string, string>;
}

/** Runs laa-monitor in-process as if its output went to a terminal (or not), as `term` says. */
export async function cliWith(term: FakeTerminal, ...args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(["node", "laa-monitor", ...args], {
    stdout: {
      write: (s: string) => (stdout += s),
      isTTY: term.stdoutTTY,
      columns: term.columns,
    },
    stderr: {
      write: (s: string) => (stderr += s),
      isTTY: term.stderrTTY,
      columns: term.columns,
    },
    now: () => new Date(2010, 5, 30, 12, 0, 0),
    env: term.env ?? {},
  });
  return { code, stdout, stderr };
}

/** Parses stdout as exactly one JSON document (JSON.parse fails on anything before or after it). */
export function json<T>(r: CliResult): T {
  return JSON.parse(r.stdout) as T;
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** One plain sentence: a single line, no stack frames. */
export function expectOneSentence(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(lines[0]).toMatch(/^[^\s].*[.!]$/);
}
