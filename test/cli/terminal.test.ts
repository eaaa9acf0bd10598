/**
 * The CLI in a terminal and in a pipe: colour only on a terminal (NO_COLOR and --no-color respected),
 * lines fitted to the terminal's width, --quiet, --format, progress on stderr, "did you mean".
 */
import { join } from "node:path";
import { visibleLength } from "../../src/cli/terminal";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { CONFIG, PROBLEMS, SAMPLE, cli, cliWith, json } from "./run-cli";

const ANSI = /\u001b\[\d+m/;
const TTY = { stdoutTTY: true, stderrTTY: true, columns: 80 };
afterAll(removeTempDirs);
const tmp = tempDir("laa-terminal-");
const check = ["check", PROBLEMS, "--as-at", "2010-06-30", "--config", CONFIG];

describe("laa-monitor in a terminal", () => {
  it("colours severities and the summary on a terminal, and says the same words", async () => {
    const tty = await cliWith(TTY, ...check);
    const pipe = await cli(...check);
    expect(tty.stdout).toMatch(ANSI);
    expect(tty.stdout).toMatch(/\u001b\[31merror\u001b\[39m/);

    const words = (s: string) => s.replace(/\u001b\[\d+m/g, "").replace(/\s+/g, " ");
    expect(words(tty.stdout)).toContain('Baseline is "TBC", a placeholder, not a value.');
    expect(words(tty.stdout).split(" ").length).toBeGreaterThan(
      words(pipe.stdout).split(" ").length * 0.8
    );
    expect(tty.code).toBe(pipe.code);
  });

  it.each([
    ["NO_COLOR", { ...TTY, env: { NO_COLOR: "1" } }, []],
    ["--no-color", TTY, ["--no-color"]],
    ["TERM=dumb", { ...TTY, env: { TERM: "dumb" } }, []],
  ])("has no colour with %s", async (_why, term, extra) => {
    const r = await cliWith(term, ...check, ...extra);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("writes plain, unfitted lines to a pipe: the same bytes as ever", async () => {
    const r = await cli(...check);
    expect(r.stdout).not.toMatch(ANSI);
    expect(Math.max(...r.stdout.split("\n").map((l) => [...l].length))).toBeGreaterThan(120);
  });

  it.each([60, 80, 120])("fits every line into a %i-column terminal", async (columns) => {
    const runs = [
      check,
      [...check, "--verbose"],
      ["gaps", SAMPLE, "--config", CONFIG],
      ["rag", SAMPLE, "--as-at", "30/06/2010", "--out", join(tmp, `rag-${columns}.xlsx`)],
      ["board", SAMPLE, "--as-at", "30/06/2010", "--out", join(tmp, `board-${columns}.xlsx`)],
    ];
    for (const args of runs) {
      const r = await cliWith({ ...TTY, columns }, ...args);
      expect(r.stderr.replace(/\r\u001b\[2K[^\r]*/g, "")).toBe("");
      // Every line is shorter than the terminal (the offenders are named when one is not).
      expect(r.stdout.split("\n").filter((l) => visibleLength(l) >= columns)).toEqual([]);
      expect(r.stdout.split("\n").length).toBeGreaterThan(3);
    }
  });

  it("--quiet prints errors only", async () => {
    const r = await cli(...check, "--quiet");
    expect(r.stdout).toMatch(/ error /);
    expect(r.stdout).not.toMatch(/ (warning|info) /);
    const all = await cli(...check);
    expect(r.stdout.split("\n").length).toBeLessThan(all.stdout.split("\n").length);
    expect(r.code).toBe(all.code);
  });

  it("--format compact prints one line per finding, file first", async () => {
    const r = await cli(...check, "--format", "compact");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^.*sample-problems\.xlsx: (workbook|\S+!\S+): (error|warning|info) [a-z]+\.[a-z-]+: /
    );
    const { summary } = json<{ files: { summary: Record<string, number> }[] }>(
      await cli(...check, "--json")
    ).files[0] ?? { summary: {} };
    const { errors = 0, warnings = 0, info = 0 } = summary;
    expect(lines.at(-1)).toBe(`${errors} errors, ${warnings} warnings, ${info} info.`);
    expect(lines).toHaveLength(errors + warnings + info + 1);
  });

  it("--format json is --json; --quiet keeps only the errors in it", async () => {
    const a = await cli(...check, "--format", "json");
    const b = await cli(...check, "--json");
    expect(a.stdout).toBe(b.stdout);
    const quiet = json<{ files: { findings: { severity: string }[] }[] }>(
      await cli(...check, "--json", "--quiet")
    );
    expect(quiet.files[0]?.findings.every((f) => f.severity === "error")).toBe(true);
    expect(quiet.files[0]?.findings).toHaveLength(15);
  });

  it("refuses a format it does not know, in one sentence", async () => {
    const r = await cli(...check, "--format", "table");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '--format "table" is not a format LAA Monitor knows: use stylish, compact, json.\n'
    );
  });

  it("shows progress on a terminal's stderr while checking several files, then clears it", async () => {
    const r = await cliWith(TTY, "check", SAMPLE, PROBLEMS, "--as-at", "2010-06-30");
    expect(r.stderr).toContain("2 of 2: checking");
    expect(r.stderr.endsWith("\r\u001b[2K")).toBe(true);
    const piped = await cliWith({ ...TTY, stderrTTY: false }, "check", SAMPLE, PROBLEMS);
    expect(piped.stderr).toBe("");
  });

  it.each([
    [
      ["check", SAMPLE, "--jsn"],
      "Unknown option '--jsn' (did you mean --json?): see laa-monitor --help.\n",
    ],
    [["chek", SAMPLE], "Unknown command 'chek' (did you mean check?): see laa-monitor --help.\n"],
  ])("suggests what was meant for %j", async (args, said) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(said);
  });

  it("takes the as-at date written the British way", async () => {
    const british = await cli("check", PROBLEMS, "--json", "--as-at", "30/06/2010");
    const iso = await cli("check", PROBLEMS, "--json", "--as-at", "2010-06-30");
    expect(british.stdout).toBe(iso.stdout);
    expect((await cli("check", PROBLEMS, "--as-at", "30 June 2010")).code).toBe(iso.code);
  });
});

describe("laa-monitor rule", () => {
  it("prints where a code's page is and what it says", async () => {
    const r = await cli("rule", "baseline.placeholder");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^baseline\.placeholder\n {2}A baseline cell holding a placeholder/);
    expect(r.stdout).toMatch(/\n {2}Page: \S+docs\/rules\/baseline\.placeholder\.md\n/);
  });

  it("lists every code with a page", async () => {
    const r = await cli("rule");
    expect(r.stdout).toContain("\n  target.wrong-direction\n");
  });

  it("suggests the code meant", async () => {
    const r = await cli("rule", "baseline.placeholdr");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "'baseline.placeholdr' is not a finding code (did you mean baseline.placeholder?): laa-monitor rule lists them.\n"
    );
  });
});
