/** `laa-monitor rag <file.xlsx> --out <new.xlsx>`: rate every indicator and write the status columns. */
import { analyse, planRag } from "../../engine";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { quietErrors, summaryLine } from "../format/findings";
import { jsonRagFile, writeJson } from "../format/json";
import { formatRag, formatRagCompact, locateRagCells } from "../format/rag";
import { para } from "../format/text";
import { PLAIN } from "../terminal";
import {
  WriteOptions,
  applyAndSave,
  openWithProgress,
  outputOf,
  outputPath,
  settingsFrom,
} from "./common";

export type RagOptions = WriteOptions;

/**
 * Writes a copy (or, with --in-place, the file itself) with a "RAG <year>" column per year of actuals.
 * When the plan cannot be applied (a cell in the way, a protected sheet) nothing is written: exit 2.
 */
export async function ragCommand(file: string, opts: RagOptions, io: CliIo): Promise<number> {
  const target = outputPath(file, opts);
  const out = outputOf(opts, io);
  const settings = await settingsFrom(opts, io);
  const { wb, snapshot } = await openWithProgress(file, out.progress);
  const report = analyse(snapshot, settings);
  const outcome = planRag(snapshot, report, settings);
  if (!outcome.ok && outcome.reason !== "nothing-to-write") {
    out.progress.done();
    throw new CliError(outcome.message);
  }
  if (outcome.ok) await applyAndSave(wb, outcome.plan, target, out.progress);
  out.progress.done();
  const cells = locateRagCells(report, outcome.ok ? outcome.plan : undefined);
  const t = out.look.terminal ?? PLAIN;
  if (out.format === "json") {
    writeJson(io.stdout, {
      files: [jsonRagFile(file, report, cells, outcome.ok ? target : undefined)],
    });
  } else if (out.look.quiet) {
    writeLines(io.stdout, quietErrors(file, report, out.look));
  } else if (out.format === "compact") {
    writeLines(io.stdout, [
      ...formatRagCompact(file, cells),
      `${file}: ${outcome.ok ? `${outcome.summary} Wrote ${target}.` : outcome.message}`,
      `${file}: check: ${summaryLine(report.summary, t)}`,
    ]);
  } else {
    const lines = formatRag(file, cells, t);
    lines.push(...para(outcome.ok ? outcome.summary : outcome.message, "  ", t));
    if (outcome.ok) lines.push(...para(`Wrote ${target}.`, "  ", t));
    lines.push(
      ...para(
        `Check: ${summaryLine(report.summary, t)} Run laa-monitor check ${file} for the list.`,
        "  ",
        t
      )
    );
    writeLines(io.stdout, lines);
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
