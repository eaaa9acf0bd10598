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
import { gapsCommand } from "./commands/gaps";
import { ragCommand } from "./commands/rag";
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
  json: () => new Option("--json", "print one JSON document instead of text"),
  config: () =>
    new Option("--config <file.json>", "settings: partners, aliases, thresholds, severities"),
  asAt: () => new Option("--as-at <YYYY-MM-DD>", "as-at date for the ratings (default: today)"),
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
  rewardPot: () =>
    new Option(
      "--reward-pot <pounds>",
      "reward grant pot to share among the designated targets (default: none, shares only)"
    ),
};

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

  program
    .command("check")
    .description("check every LAA table cell by cell and list the problems")
    .argument("<file.xlsx...>", "workbooks to check")
    .addOption(opt.json())
    .addOption(opt.config())
    .addOption(opt.asAt())
    .addOption(opt.limits())
    .option("--verbose", "show how to fix each problem under it")
    .action(async (files: string[], o) => done(await checkCommand(files, o, io)));

  program
    .command("rag")
    .description('rate every indicator Red/Amber/Green and write "RAG <year>" columns to a copy')
    .argument("<file.xlsx>", "workbook with actuals")
    .addOption(opt.out())
    .addOption(opt.inPlace())
    .addOption(opt.force())
    .addOption(opt.asAt())
    .option("--tolerance <percent>", "Amber band, % of the target (default 5)")
    .option("--amber <rule>", "tolerance (default), improving or forecast")
    .addOption(opt.rewardPot())
    .addOption(opt.json())
    .addOption(opt.config())
    .addOption(opt.limits())
    .action(async (file: string, o) => done(await ragCommand(file, o, io)));

  program
    .command("gaps")
    .description(
      "show the cross-cutting matrix: claimed, evidenced and missing support between ambitions"
    )
    .argument("<file.xlsx>", "workbook")
    .addOption(opt.json())
    .addOption(opt.config())
    .addOption(opt.limits())
    .action(async (file: string, o) => done(await gapsCommand(file, o, io)));

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
    .addOption(opt.rewardPot())
    .addOption(opt.json())
    .addOption(opt.config())
    .addOption(opt.limits())
    .action(async (file: string, o) => done(await boardCommand(file, o, io)));

  return program;
}

/** Commander's message ("error: unknown option '--x'") as one plain sentence with where to look. */
function usageSentence(e: CommanderError): string {
  const text = e.message
    .replace(/^error:\s*/i, "")
    .replace(/\.$/, "")
    .replace(/\n[\s\S]*$/, "");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}: see laa-monitor --help.`;
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
