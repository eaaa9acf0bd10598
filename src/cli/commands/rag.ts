/** `laa-monitor rag <file.xlsx> --out <new.xlsx>`: rate every indicator and write the status columns. */
import { analyse, planRag } from "../../engine";
import { applyPlanToWorkbook } from "../../xlsx";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { summaryText } from "../format/findings";
import { jsonRagFile, writeJson } from "../format/json";
import { formatRag, locateRagCells } from "../format/rag";
import { CommonOptions, openWorkbook, outputPath, saveWorkbook, settingsFrom } from "./common";

export interface RagOptions extends CommonOptions {
  readonly out?: string;
  readonly inPlace?: boolean;
}

/**
 * Writes a copy (or, with --in-place, the file itself) with a "RAG <year>" column per year of actuals.
 * When the plan cannot be applied (a cell in the way, a protected sheet) nothing is written: exit 2.
 * With --json and no destination it only rates: the JSON, and nothing written.
 */
export async function ragCommand(file: string, opts: RagOptions, io: CliIo): Promise<number> {
  const ratingOnly = opts.json === true && opts.out === undefined && !opts.inPlace;
  const target = ratingOnly ? undefined : outputPath(file, opts);
  const settings = await settingsFrom(opts, io);
  const { wb, snapshot } = await openWorkbook(file);
  const report = analyse(snapshot, settings);
  const outcome = planRag(snapshot, report, settings);
  const write = outcome.ok && target !== undefined;
  if (!outcome.ok && outcome.reason !== "nothing-to-write" && !ratingOnly) {
    throw new CliError(outcome.message);
  }
  if (write) {
    applyPlanToWorkbook(wb, outcome.plan);
    await saveWorkbook(wb, target);
  }
  const cells = locateRagCells(report, write ? outcome.plan : undefined);
  if (opts.json) {
    writeJson(io.stdout, {
      files: [jsonRagFile(file, report, cells, write ? target : undefined)],
    });
  } else {
    const lines = formatRag(file, cells, report);
    lines.push(outcome.ok ? `  ${outcome.summary}` : `  ${outcome.message}`);
    if (outcome.ok) lines.push(`  Wrote ${target}.`);
    lines.push(
      `  Check: ${summaryText(report.summary)} Run laa-monitor check ${file} for the list.`
    );
    writeLines(io.stdout, lines);
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
