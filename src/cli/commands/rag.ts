/** `laa-monitor rag <file.xlsx> --out <new.xlsx>`: rate every indicator and write the status columns. */
import { analyse, planRag } from "../../engine";
import { CliError, CliIo, EXIT_FINDINGS, EXIT_OK, writeLines } from "../io";
import { quietErrors, summaryLine } from "../format/findings";
import { jsonRagFile, writeJson } from "../format/json";
import { formatRag, formatRagCompact, locateRagCells } from "../format/rag";
import { para } from "../format/text";
import { writeTarget } from "../paths";
import { PLAIN } from "../terminal";
import { WritingOptions, openWithProgress, outputOf, saveWorkbook, settingsFrom } from "./common";

export type RagOptions = WritingOptions;

/**
 * Writes a copy (or, with --in-place, the file itself) with a "RAG <year>" column per year of actuals.
 * When the plan cannot be applied (a cell in the way, a protected sheet) nothing is written: exit 2.
 * With --json and no destination it only rates: the JSON, and nothing written.
 */
export async function ragCommand(file: string, opts: RagOptions, io: CliIo): Promise<number> {
  const out = outputOf(opts, io);
  const ratingOnly = out.format === "json" && opts.out === undefined && !opts.inPlace;
  const settings = await settingsFrom(opts, io);
  const target = ratingOnly ? undefined : await writeTarget(file, opts);
  const opened = await openWithProgress(file, opts, out.progress);
  const { snapshot } = opened;
  const report = analyse(snapshot, settings);
  const outcome = planRag(snapshot, report, settings);
  if (!outcome.ok && outcome.reason !== "nothing-to-write" && !ratingOnly) {
    out.progress.done();
    throw new CliError(outcome.message);
  }
  const written = outcome.ok && target !== undefined ? target : undefined;
  if (outcome.ok && written) await saveWorkbook(opened, outcome.plan, written, out.progress);
  out.progress.done();
  const cells = locateRagCells(report, written && outcome.ok ? outcome.plan : undefined);
  const t = out.look.terminal ?? PLAIN;
  const wrote = written ? ` Wrote ${written.shown}.` : "";
  if (out.format === "json") {
    writeJson(io.stdout, { files: [jsonRagFile(file, report, cells, written?.shown)] });
  } else if (out.look.quiet) {
    writeLines(io.stdout, quietErrors(file, report, out.look));
  } else if (out.format === "compact") {
    writeLines(io.stdout, [
      ...formatRagCompact(file, cells),
      `${file}: ${outcome.ok ? `${outcome.summary}${wrote}` : outcome.message}`,
      `${file}: check: ${summaryLine(report.summary, t)}`,
    ]);
  } else {
    const lines = formatRag(file, cells, report, t);
    lines.push(...para(outcome.ok ? outcome.summary : outcome.message, "  ", t));
    if (written) lines.push(...para(wrote.trim(), "  ", t));
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
