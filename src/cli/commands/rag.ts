/** `laa-monitor rag <file.xlsx> --out <new.xlsx>`: rate every indicator and write the status columns. */
import { analyse, planRag } from "../../engine";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { summaryText } from "../format/findings";
import { jsonRagFile, writeJson } from "../format/json";
import { formatRag, locateRagCells } from "../format/rag";
import { WritingOptions, openWorkbook, outputTarget, saveWorkbook, settingsFrom } from "./common";

export type RagOptions = WritingOptions;

/**
 * Writes a copy (or, with --in-place, the file itself) with a "RAG <year>" column per year of actuals.
 * When the plan cannot be applied (a cell in the way, a protected sheet) nothing is written: exit 2.
 * With --json and no destination it only rates: the JSON, and nothing written.
 */
export async function ragCommand(file: string, opts: RagOptions, io: CliIo): Promise<number> {
  const ratingOnly = opts.json === true && opts.out === undefined && !opts.inPlace;
  const target = ratingOnly ? undefined : await outputTarget(file, opts);
  const settings = await settingsFrom(opts, io);
  const opened = await openWorkbook(file, opts);
  const { snapshot } = opened;
  const report = analyse(snapshot, settings);
  const outcome = planRag(snapshot, report, settings);
  if (!outcome.ok && outcome.reason !== "nothing-to-write" && !ratingOnly)
    throw new CliError(outcome.message);
  const written = outcome.ok && target !== undefined ? target : undefined;
  if (outcome.ok && written) await saveWorkbook(opened, outcome.plan, written);
  const cells = locateRagCells(report, written && outcome.ok ? outcome.plan : undefined);
  if (opts.json) {
    writeJson(io.stdout, { files: [jsonRagFile(file, report, cells, written?.shown)] });
  } else {
    const lines = formatRag(file, cells, report);
    lines.push(outcome.ok ? `  ${outcome.summary}` : `  ${outcome.message}`);
    if (written) lines.push(`  Wrote ${written.shown}.`);
    lines.push(
      `  Check: ${summaryText(report.summary)} Run laa-monitor check ${file} for the list.`
    );
    writeLines(io.stdout, lines);
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
