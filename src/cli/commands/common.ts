/** What every command shares: settings from options and config, opening and saving workbooks. */
import { rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import {
  HostError,
  Settings,
  WorkbookSnapshot,
  WritePlan,
  formatNumber,
  withDefaults,
} from "../../engine";
import { applyPlanToWorkbook, snapshotFromWorkbook, workbookToBuffer } from "../../xlsx";
import { readWorkbookFile } from "../../xlsx/file";
import { loadConfig } from "../config";
import { CliError, CliIo, isoDate } from "../io";
import { TextLook } from "../format/findings";
import { OutputFormat, parseAmberRule, parseAsAt, parseFormat, parseTolerance } from "../options";
import { Progress, terminalOf } from "../terminal";

/** Options every command accepts (strings as commander gives them; validated here). */
export interface CommonOptions {
  readonly json?: boolean;
  readonly format?: string;
  /** Errors only. */
  readonly quiet?: boolean;
  /** false with --no-color. */
  readonly color?: boolean;
  readonly config?: string;
  readonly asAt?: string;
  readonly tolerance?: string;
  readonly amber?: string;
}

/** How a command prints: the format, the look of text, and progress on stderr. */
export interface Output {
  readonly format: OutputFormat;
  readonly look: TextLook;
  readonly progress: Progress;
}

export function outputOf(opts: CommonOptions & { verbose?: boolean }, io: CliIo): Output {
  const format = parseFormat(opts.format, opts.json);
  return {
    format,
    look: { terminal: terminalOf(io, opts.color), quiet: opts.quiet, verbose: opts.verbose },
    progress: Progress.for(io, opts.quiet),
  };
}

/** A table this long (rows, all sheets) or a file this large gets progress while it is read and checked. */
export const LONG_TABLE_ROWS = 2_000;
const LARGE_FILE_BYTES = 1_000_000;

/** Rows of content the snapshot holds (all sheets). */
export function rowsOf(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce((n, s) => n + s.areas.reduce((m, a) => m + a.values.length, 0), 0);
}

/** Opens a workbook with progress for a large file or a long table; `of` says "2 of 20: " when many. */
export async function openWithProgress(
  file: string,
  progress: Progress,
  of = ""
): Promise<OpenWorkbook> {
  const size = await stat(file).then(
    (s) => s.size,
    () => 0
  );
  if (of || size >= LARGE_FILE_BYTES) progress.say(`${of}reading ${basename(file)}…`);
  const opened = await openWorkbook(file);
  const rows = rowsOf(opened.snapshot);
  if (of || rows >= LONG_TABLE_ROWS)
    progress.say(`${of}checking ${formatNumber(rows)} rows of ${basename(file)}…`);
  return opened;
}

/** Defaults ← config file ← command-line options; the as-at date defaults to today (the driver's clock). */
export async function settingsFrom(opts: CommonOptions, io: CliIo): Promise<Settings> {
  const config = opts.config ? await loadConfig(opts.config) : {};
  const today = isoDate((io.now ?? (() => new Date()))());
  return withDefaults({
    ...config,
    asAt: opts.asAt !== undefined ? parseAsAt(opts.asAt) : today,
    ...(opts.tolerance !== undefined ? { tolerancePercent: parseTolerance(opts.tolerance) } : {}),
    ...(opts.amber !== undefined ? { amberRule: parseAmberRule(opts.amber) } : {}),
  });
}

export interface OpenWorkbook {
  readonly path: string;
  readonly wb: ExcelJS.Workbook;
  readonly snapshot: WorkbookSnapshot;
}

/** Reads an .xlsx file and its snapshot; unreadable files become a CliError sentence (exit 2). */
export async function openWorkbook(path: string): Promise<OpenWorkbook> {
  try {
    const wb = await readWorkbookFile(path);
    return { path, wb, snapshot: snapshotFromWorkbook(wb) };
  } catch (e) {
    if (e instanceof HostError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * Where a writing command saves: --out (never the input itself) or, with --in-place, the input.
 * Checked before any work so that a mistake costs nothing.
 */
export function outputPath(input: string, opts: { out?: string; inPlace?: boolean }): string {
  if (opts.inPlace && opts.out)
    throw new CliError("Give either --out <new.xlsx> or --in-place, not both.");
  if (opts.inPlace) return input;
  if (!opts.out) {
    throw new CliError(
      "Say where to save the result: --out <new.xlsx> (or --in-place to change the file itself)."
    );
  }
  if (resolve(opts.out) === resolve(input)) {
    throw new CliError(
      `--out is the input file '${basename(input)}': choose a new name, or use --in-place to change it.`
    );
  }
  if (!/\.xlsx$/i.test(opts.out)) throw new CliError(`--out '${opts.out}' must end in .xlsx.`);
  return opts.out;
}

/** The options of a command that writes: a new file, or the input itself. */
export interface WriteOptions extends CommonOptions {
  readonly out?: string;
  readonly inPlace?: boolean;
}

/**
 * Applies a plan to the workbook read and saves it to `target` (the file adapter's writer, in this one
 * place), saying so on a terminal's stderr while it writes.
 */
export async function applyAndSave(
  wb: ExcelJS.Workbook,
  plan: WritePlan,
  target: string,
  progress: Progress
): Promise<void> {
  progress.say(`writing ${target}…`);
  applyPlanToWorkbook(wb, plan);
  await saveWorkbook(wb, target);
}

/**
 * Saves through a temporary file in the same folder, then renames: a crash or a full disk never leaves
 * a half-written workbook where the officer's file was.
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, target: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.laa-monitor-${process.pid}.tmp`);
  const bytes = await workbookToBuffer(wb);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch {
    await unlink(temp).catch(() => undefined);
    throw new CliError(
      `'${target}' cannot be written: check the folder exists, you may write to it, and the file is not open in Excel.`
    );
  }
}
