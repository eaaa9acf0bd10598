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
 */
export async function ragCommand(file: string, opts: RagOptions, io: CliIo): Promise<number> {
  const target = outputPath(file, opts);
  const settings = await settingsFrom(opts, io);
  const { wb, snapshot } = await openWorkbook(file);
  const report = analyse(snapshot, settings);
  const outcome = planRag(snapshot, report, settings);
  if (!outcome.ok && outcome.reason !== "nothing-to-write") throw new CliError(outcome.message);
  if (outcome.ok) {
    applyPlanToWorkbook(wb, outcome.plan);
    await saveWorkbook(wb, target);
  }
  const cells = locateRagCells(report, outcome.ok ? outcome.plan : undefined);
  if (opts.json) {
    writeJson(io.stdout, {
      files: [jsonRagFile(file, report, cells, outcome.ok ? target : undefined)],
    });
  } else {
    const lines = formatRag(file, cells);
    lines.push(outcome.ok ? `  ${outcome.summary}` : `  ${outcome.message}`);
    if (outcome.ok) lines.push(`  Wrote ${target}.`);
    lines.push(
      `  Check: ${summaryText(report.summary)} Run laa-monitor check ${file} for the list.`
    );
    writeLines(io.stdout, lines);
  }
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
