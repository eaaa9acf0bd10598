/** `laa-monitor gaps <file.xlsx>`: the cross-cutting matrix view. Never writes. */
import { analyse } from "../../engine";
import { CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { formatGaps, formatGapsCompact } from "../format/gaps";
import { writeJson } from "../format/json";
import { CommonOptions, openWithProgress, outputOf, settingsFrom } from "./common";

/** Prints the matrix (or, with --json, the GapView); exit 1 when a gap finding is an error. */
export async function gapsCommand(file: string, opts: CommonOptions, io: CliIo): Promise<number> {
  const out = outputOf(opts, io);
  const settings = await settingsFrom(opts, io);
  const { snapshot } = await openWithProgress(file, opts, out.progress);
  const report = analyse(snapshot, settings);
  out.progress.done();
  if (out.format === "json") writeJson(io.stdout, report.gaps);
  else if (out.format === "compact")
    writeLines(io.stdout, formatGapsCompact(file, report.findings, out.look));
  else writeLines(io.stdout, formatGaps(file, report.gaps, report.findings, out.look));
  const gapErrors = report.findings.some(
    (f) => f.code.startsWith("gap.") && f.severity === "error"
  );
  return gapErrors ? EXIT_FINDINGS : EXIT_OK;
}
