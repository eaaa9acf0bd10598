/** `laa-monitor board <file.xlsx> --out <new.xlsx>`: add the board status sheet to a copy. */
import { analyse, planBoard } from "../../engine";
import { applyPlanToWorkbook } from "../../xlsx";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { summaryText } from "../format/findings";
import { writeJson } from "../format/json";
import { parseYear } from "../options";
import { CommonOptions, openWorkbook, outputPath, saveWorkbook, settingsFrom } from "./common";

export interface BoardCliOptions extends CommonOptions {
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly year?: string;
}

/** Builds "Board status <as-at>"; nothing is written when the plan cannot be applied (exit 2). */
export async function boardCommand(
  file: string,
  opts: BoardCliOptions,
  io: CliIo
): Promise<number> {
  const target = outputPath(file, opts);
  const year = opts.year !== undefined ? parseYear(opts.year) : undefined;
  const settings = await settingsFrom(opts, io);
  const { wb, snapshot } = await openWorkbook(file);
  const report = analyse(snapshot, settings);
  const outcome = planBoard(snapshot, report, settings, year !== undefined ? { year } : {});
  if (!outcome.ok) throw new CliError(outcome.message);
  applyPlanToWorkbook(wb, outcome.plan);
  await saveWorkbook(wb, target);
  const sheets = outcome.plan.newSheets.map((s) => s.name);
  if (opts.json) {
    writeJson(io.stdout, { files: [{ file, out: target, sheets, summary: report.summary }] });
  } else {
    writeLines(io.stdout, [
      file,
      `  ${outcome.summary}`,
      `  Wrote ${sheets.map((s) => `'${s}'`).join(", ")} to ${target}.`,
      `  Check: ${summaryText(report.summary)}`,
    ]);
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
