/** `laa-monitor gaps <file.xlsx>`: the cross-cutting matrix view. Never writes. */
import { analyse } from "../../engine";
import { CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { formatGaps } from "../format/gaps";
import { writeJson } from "../format/json";
import { CommonOptions, openWorkbook, settingsFrom } from "./common";

/** Prints the matrix (or, with --json, the GapView); exit 1 when a gap finding is an error. */
export async function gapsCommand(file: string, opts: CommonOptions, io: CliIo): Promise<number> {
  const settings = await settingsFrom(opts, io);
  const { snapshot } = await openWorkbook(file, opts);
  const report = analyse(snapshot, settings);
  if (opts.json) writeJson(io.stdout, report.gaps);
  else writeLines(io.stdout, formatGaps(file, report.gaps, report.findings));
  const gapErrors = report.findings.some(
    (f) => f.code.startsWith("gap.") && f.severity === "error"
  );
  return gapErrors ? EXIT_FINDINGS : EXIT_OK;
}
