/** `laa-monitor board <file.xlsx> --out <new.xlsx>`: add the board status sheet to a copy. */
import { analyse, planBoard } from "../../engine";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { summaryText } from "../format/findings";
import { writeJson } from "../format/json";
import { parseYear } from "../options";
import { WritingOptions, openWorkbook, outputTarget, saveWorkbook, settingsFrom } from "./common";

export interface BoardCliOptions extends WritingOptions {
  readonly year?: string;
}

/** Builds "Board status <as-at>"; nothing is written when the plan cannot be applied (exit 2). */
export async function boardCommand(
  file: string,
  opts: BoardCliOptions,
  io: CliIo
): Promise<number> {
  const target = await outputTarget(file, opts);
  const year = opts.year !== undefined ? parseYear(opts.year) : undefined;
  const settings = await settingsFrom(opts, io);
  const opened = await openWorkbook(file, opts);
  const { snapshot } = opened;
  const report = analyse(snapshot, settings);
  const outcome = planBoard(snapshot, report, settings, year !== undefined ? { year } : {});
  if (!outcome.ok) throw new CliError(outcome.message);
  await saveWorkbook(opened, outcome.plan, target);
  const sheets = outcome.plan.newSheets.map((s) => s.name);
  if (opts.json) {
    writeJson(io.stdout, { files: [{ file, out: target.shown, sheets, summary: report.summary }] });
  } else {
    writeLines(io.stdout, [
      file,
      `  ${outcome.summary}`,
      `  Wrote ${sheets.map((s) => `'${s}'`).join(", ")} to ${target.shown}.`,
      `  Check: ${summaryText(report.summary)}`,
    ]);
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
