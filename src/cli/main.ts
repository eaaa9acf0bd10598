/**
 * `laa-monitor`: the command-line driver. Commander wiring only; each command lives in commands/.
 * Exit codes: 0 no errors found, 1 errors found, 2 a file or an option could not be used (one plain
 * sentence on stderr, never a stack trace).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { boardCommand } from "./commands/board";
import { checkCommand } from "./commands/check";
import { cleanCommand } from "./commands/clean";
import { gapsCommand } from "./commands/gaps";
import { ragCommand } from "./commands/rag";
import { ruleCommand } from "./commands/rule";
import { CliError, CliIo, EXIT_OK, EXIT_UNUSABLE } from "./io";

function version(): string {
  try {
    // build/cli/main.js and src/cli/main.ts both sit two folders below package.json.
    return (
      JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "unknown";
  }
}

const opt = {
  json: () => new Option("--json", "print one JSON document instead of text (--format json)"),
  format: () =>
    new Option(
      "--format <format>",
      "stylish (default: grouped, for reading), compact (one line each) or json"
    ),
  quiet: () => new Option("-q, --quiet", "print errors only"),
  noColor: () =>
    new Option("--no-color", "no colour, even in a terminal (NO_COLOR=1 does the same)"),
  config: () =>
    new Option("--config <file.json>", "settings: partners, aliases, thresholds, severities"),
  asAt: () =>
    new Option(
      "--as-at <date>",
      "as-at date for the ratings, e.g. 30/06/2010 or 2010-06-30 (default: today)"
    ),
  out: () =>
    new Option(
      "--out <new.xlsx>",
      "write the result to this new file (.xlsm for a workbook with macros)"
    ),
  inPlace: () => new Option("--in-place", "change the input file itself instead of writing a copy"),
  force: () => new Option("--force", "replace the --out file if it already exists"),
  limits: () =>
    new Option(
      "--limits <list>",
      "largest workbook to open, e.g. part=200MB,total=1GB,entries=10000,ratio=500"
    ),
  tolerance: () => new Option("--tolerance <percent>", "Amber band, % of the target (default 5)"),
  amber: () => new Option("--amber <rule>", "tolerance (default), improving or forecast"),
  rewardPot: () =>
    new Option(
      "--reward-pot <pounds>",
      "reward grant pot to share among the designated targets (default: none, shares only)"
    ),
};

/** The output options every command takes. */
function withOutput(command: Command): Command {
  return command
    .addOption(opt.format())
    .addOption(opt.json())
    .addOption(opt.quiet())
    .addOption(opt.noColor());
}

function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command("laa-monitor")
    .description(
      "Check Local Area Agreement target tables in .xlsx workbooks, rate them and build board sheets."
    )
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own error lines are replaced by one plain sentence (see run()).
      outputError: () => undefined,
    });

  withOutput(
    program
      .command("check")
      .description("check every LAA table cell by cell and list the problems")
      .argument("<file.xlsx...>", "workbooks to check")
      .addOption(opt.config())
      .addOption(opt.asAt())
      .addOption(opt.limits())
      .option("--verbose", "show how to fix each problem under it")
  ).action(async (files: string[], o) => done(await checkCommand(files, o, io)));

  withOutput(
    program
      .command("rag")
      .description('rate every indicator Red/Amber/Green and write "RAG <year>" columns to a copy')
      .argument("<file.xlsx>", "workbook with actuals")
      .addOption(opt.out())
      .addOption(opt.inPlace())
      .addOption(opt.force())
      .addOption(opt.asAt())
      .addOption(opt.tolerance())
      .addOption(opt.amber())
      .addOption(opt.rewardPot())
      .addOption(opt.config())
      .addOption(opt.limits())
  ).action(async (file: string, o) => done(await ragCommand(file, o, io)));

  withOutput(
    program
      .command("gaps")
      .description(
        "show the cross-cutting matrix: claimed, evidenced and missing support between ambitions"
      )
      .argument("<file.xlsx>", "workbook")
      .addOption(opt.config())
      .addOption(opt.limits())
  ).action(async (file: string, o) => done(await gapsCommand(file, o, io)));

  withOutput(
    program
      .command("board")
      .description('add the board status sheet ("Board status <as-at>") to a copy')
      .argument("<file.xlsx>", "workbook with actuals")
      .addOption(opt.out())
      .addOption(opt.inPlace())
      .addOption(opt.force())
      .addOption(opt.asAt())
      .option(
        "--year <2009/10>",
        "year to report (default: the latest with actuals before the as-at date)"
      )
      .addOption(opt.tolerance())
      .addOption(opt.amber())
      .addOption(opt.rewardPot())
      .addOption(opt.config())
      .addOption(opt.limits())
  ).action(async (file: string, o) => done(await boardCommand(file, o, io)));

  withOutput(
    program
      .command("clean")
      .description(
        "take LAA Monitor's own output back out: its status columns, board sheets and names"
      )
      .argument("<file.xlsx>", "workbook LAA Monitor wrote to")
      .addOption(opt.out())
      .addOption(opt.inPlace())
      .addOption(opt.force())
      .addOption(opt.limits())
  ).action(async (file: string, o) => done(await cleanCommand(file, o, io)));

  program
    .command("rule")
    .description("where a finding code's page is, and what it says (no code: every code)")
    .argument("[code]", "a finding code, e.g. baseline.placeholder")
    .addOption(opt.noColor())
    .action((code: string | undefined, o) => done(ruleCommand(code, o, io)));

  return program;
}

/**
 * Commander's message ("error: unknown option '--jsn'" and its "(Did you mean --json?)") as one plain
 * sentence with where to look.
 */
function usageSentence(e: CommanderError): string {
  const [first = "", ...rest] = e.message.replace(/^error:\s*/i, "").split("\n");
  const text = first.replace(/\.$/, "");
  const hint = /\(Did you mean (.+?)\?\)/i.exec(rest.join(" "))?.[1];
  const suggestion = hint ? ` (did you mean ${hint}?)` : "";
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${suggestion}: see laa-monitor --help.`;
}

/**
 * Runs the CLI. `argv` is shaped like process.argv (node, script, then arguments). Resolves to the exit
 * code; never rejects and never prints a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo = process): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, (c) => (code = c));
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT_UNUSABLE;
    }
    await program.parseAsync([...argv], { from: "node" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      ) {
        return EXIT_OK;
      }
      io.stderr.write(`${usageSentence(e)}\n`);
      return EXIT_UNUSABLE;
    }
    if (e instanceof CliError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT_UNUSABLE;
    }
    const why = e instanceof Error ? e.message : String(e);
    io.stderr.write(
      `laa-monitor stopped on an unexpected problem (${why}): please report it, with the workbook if you can.\n`
    );
    if (process.env.LAA_MONITOR_DEBUG && e instanceof Error) io.stderr.write(`${e.stack ?? ""}\n`);
    return EXIT_UNUSABLE;
  }
}
