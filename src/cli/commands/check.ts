/** `laa-monitor check <file.xlsx>...`: read, check, report. Never writes. */
import { analyse } from "../../engine";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, writeLines } from "../io";
import { FileReport, formatCheck } from "../format/findings";
import { jsonCheckFile, writeJson } from "../format/json";
import { CommonOptions, openWorkbook, settingsFrom } from "./common";

export interface CheckOptions extends CommonOptions {
  readonly verbose?: boolean;
}

/**
 * Checks every file. A file that cannot be read gets one sentence on stderr and the others are still
 * checked; the exit code is then 2.
 */
export async function checkCommand(
  files: readonly string[],
  opts: CheckOptions,
  io: CliIo
): Promise<number> {
  const settings = await settingsFrom(opts, io);
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      const { snapshot } = await openWorkbook(file, opts);
      reports.push({ file, report: analyse(snapshot, settings) });
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.stderr.write(`${e.message}\n`);
      unreadable = true;
    }
  }
  if (opts.json)
    writeJson(io.stdout, { files: reports.map((r) => jsonCheckFile(r.file, r.report)) });
  else writeLines(io.stdout, formatCheck(reports, opts.verbose));
  if (unreadable) return EXIT_UNUSABLE;
  return reports.some((r) => r.report.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}
