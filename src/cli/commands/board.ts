/** `laa-monitor board <file.xlsx> --out <new.xlsx>`: add the board status sheet to a copy. */
import { analyse, planBoard } from "../../engine";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { quietErrors, summaryLine } from "../format/findings";
import { writeJson } from "../format/json";
import { parseYear } from "../options";
import { para } from "../format/text";
import { writeTarget } from "../paths";
import { PLAIN } from "../terminal";
import { WritingOptions, openWithProgress, outputOf, saveWorkbook, settingsFrom } from "./common";

export interface BoardCliOptions extends WritingOptions {
  readonly year?: string;
}

/** Builds "Board status <as-at>"; nothing is written when the plan cannot be applied (exit 2). */
export async function boardCommand(
  file: string,
  opts: BoardCliOptions,
  io: CliIo
): Promise<number> {
  const year = opts.year !== undefined ? parseYear(opts.year) : undefined;
  const out = outputOf(opts, io);
  const settings = await settingsFrom(opts, io);
  const target = await writeTarget(file, opts);
  const opened = await openWithProgress(file, opts, out.progress);
  const { snapshot } = opened;
  const report = analyse(snapshot, settings);
  const outcome = planBoard(snapshot, report, settings, year !== undefined ? { year } : {});
  if (!outcome.ok) {
    out.progress.done();
    throw new CliError(outcome.message);
  }
  await saveWorkbook(opened, outcome.plan, target, out.progress);
  out.progress.done();
  const sheets = outcome.plan.newSheets.map((s) => s.name);
  const t = out.look.terminal ?? PLAIN;
  const wrote = `Wrote ${sheets.map((s) => `'${s}'`).join(", ")} to ${target.shown}.`;
  if (out.format === "json") {
    writeJson(io.stdout, {
      files: [{ file, out: target.shown, sheets, summary: report.summary }],
    });
  } else if (out.look.quiet) {
    writeLines(io.stdout, quietErrors(file, report, out.look));
  } else if (out.format === "compact") {
    writeLines(io.stdout, [
      `${file}: ${outcome.summary} ${wrote}`,
      `${file}: check: ${summaryLine(report.summary, t)}`,
    ]);
  } else {
    writeLines(io.stdout, [
      file,
      ...para(outcome.summary, "  ", t),
      ...para(wrote, "  ", t),
      ...para(`Check: ${summaryLine(report.summary, t)}`, "  ", t),
    ]);
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
