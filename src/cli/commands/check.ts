/** `laa-monitor check <file.xlsx>...`: read, check, report. Never writes. */
import { analyse } from "../../engine";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, writeLines } from "../io";
import { FileReport, formatCheck, formatCheckCompact, shown } from "../format/findings";
import { jsonCheckFile, writeJson } from "../format/json";
import { CommonOptions, openWithProgress, outputOf, settingsFrom } from "./common";

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
  const out = outputOf(opts, io);
  const settings = await settingsFrom(opts, io);
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const [i, file] of files.entries()) {
    const of = files.length > 1 ? `${i + 1} of ${files.length}: ` : "";
    try {
      const { snapshot } = await openWithProgress(file, opts, out.progress, of);
      reports.push({ file, report: analyse(snapshot, settings) });
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      out.progress.done();
      io.stderr.write(`${e.message}\n`);
      unreadable = true;
    }
  }
  out.progress.done();
  if (out.format === "json") {
    const quiet = (r: FileReport) => ({
      ...jsonCheckFile(r.file, r.report),
      findings: shown(r.report.findings, out.look),
    });
    writeJson(io.stdout, { files: reports.map(quiet) });
  } else if (out.format === "compact") {
    writeLines(io.stdout, formatCheckCompact(reports, out.look));
  } else {
    writeLines(io.stdout, formatCheck(reports, out.look));
  }
  if (unreadable) return EXIT_UNUSABLE;
  return reports.some((r) => r.report.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}
