/**
 * Where a writing command may save, decided before any work: --out never resolves to the input
 * (through a symbolic link, a hard link or a case-insensitive file system), replaces an existing
 * file only with --force, and --in-place writes to the real file behind a link, keeping its mode.
 */
import { Stats } from "node:fs";
import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CliError } from "./io";

export interface WriteOptions {
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly force?: boolean;
}

/** Where to write: the real path, and the mode to give it (an --in-place write keeps the file's). */
export interface WriteTarget {
  readonly path: string;
  /** What the user wrote, for messages. */
  readonly shown: string;
  readonly mode?: number;
  readonly inPlace?: boolean;
}

async function statOrUndefined(path: string, follow = true): Promise<Stats | undefined> {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch {
    return undefined;
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** Checks the options and works out the target; the input's own problems are reported by the read. */
export async function writeTarget(input: string, opts: WriteOptions): Promise<WriteTarget> {
  if (opts.inPlace && opts.out)
    throw new CliError("Give either --out <new.xlsx> or --in-place, not both.");
  if (opts.inPlace) {
    const real = await realpath(input).catch(() => resolve(input));
    const st = await statOrUndefined(real);
    return { path: real, shown: input, inPlace: true, ...(st ? { mode: st.mode & 0o7777 } : {}) };
  }
  if (!opts.out) {
    throw new CliError(
      "Say where to save the result: --out <new.xlsx> (or --in-place to change the file itself)."
    );
  }
  const out = opts.out;
  if (!/\.xls[xm]$/i.test(out)) throw new CliError(`--out '${out}' must end in .xlsx or .xlsm.`);
  const inputStat = await statOrUndefined(input);
  const outStat = await statOrUndefined(out);
  const isInput =
    resolve(out) === resolve(input) || (inputStat && outStat && sameFile(inputStat, outStat));
  if (isInput) {
    throw new CliError(
      `--out '${out}' is the input file '${basename(input)}': choose a new name, or use --in-place to change it.`
    );
  }
  const link = await statOrUndefined(out, false);
  if (link && !opts.force) {
    throw new CliError(`'${out}' already exists: choose a new name, or add --force to replace it.`);
  }
  if (outStat && !outStat.isFile()) {
    throw new CliError(`--out '${out}' is not a regular file: choose the path of a new workbook.`);
  }
  // An existing link is written through (the file behind it is replaced), never replaced itself.
  const real = outStat
    ? await realpath(out)
    : join(await realpath(dirname(resolve(out))).catch(() => dirname(resolve(out))), basename(out));
  return { path: real, shown: out };
}

/** The extension a workbook must keep: a macro-enabled one is .xlsm, any other .xlsx. */
export function checkExtension(target: WriteTarget, macroEnabled: boolean): void {
  if (target.inPlace) return;
  const ext = extname(target.shown).toLowerCase();
  const want = macroEnabled ? ".xlsm" : ".xlsx";
  if (ext === want || !/\.xls[xm]$/.test(ext)) return;
  throw new CliError(
    macroEnabled
      ? `--out '${target.shown}' must end in .xlsm: the workbook has macros, and Excel will not open a macro-enabled workbook named .xlsx.`
      : `--out '${target.shown}' must end in .xlsx: the workbook has no macros, and Excel will not open it named .xlsm.`
  );
}
