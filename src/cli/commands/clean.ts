/** `laa-monitor clean <file.xlsx> --out <new.xlsx>`: take LAA Monitor's own output back out. */
import { describeOwned, planClean } from "../../engine";
import { CliError, CliIo, EXIT_OK, writeLines } from "../io";
import { writeJson } from "../format/json";
import { para } from "../format/text";
import { writeTarget } from "../paths";
import { PLAIN } from "../terminal";
import { WritingOptions, openWithProgress, outputOf, saveWorkbook } from "./common";

export type CleanOptions = WritingOptions;

/**
 * Removes what the ownership record names (status columns, board sheets, the LAAMonitor_* names) and
 * nothing else, into a copy or with --in-place. A workbook the add-in never wrote to is not written.
 */
export async function cleanCommand(file: string, opts: CleanOptions, io: CliIo): Promise<number> {
  const target = await writeTarget(file, opts);
  const out = outputOf(opts, io);
  const opened = await openWithProgress(file, opts, out.progress);
  const { snapshot } = opened;
  const removed = describeOwned(snapshot);
  const outcome = planClean(snapshot);
  if (!outcome.ok && outcome.reason !== "nothing-to-write") {
    out.progress.done();
    throw new CliError(outcome.message);
  }
  if (outcome.ok) await saveWorkbook(opened, outcome.plan, target, out.progress);
  out.progress.done();
  const said = outcome.ok ? outcome.summary : outcome.message;
  const t = out.look.terminal ?? PLAIN;
  if (out.format === "json") {
    writeJson(io.stdout, {
      files: [{ file, ...(outcome.ok ? { out: target.shown } : {}), removed, summary: said }],
    });
  } else if (!out.look.quiet) {
    const wrote = outcome.ok ? `Wrote ${target.shown}.` : "Nothing was written.";
    writeLines(
      io.stdout,
      out.format === "compact"
        ? [`${file}: ${said} ${wrote}`]
        : [
            file,
            ...removed.flatMap((r) => para(`- ${r}`, "  ", t)),
            ...para(said, "  ", t),
            ...para(wrote, "  ", t),
          ]
    );
  }
  return EXIT_OK;
}
