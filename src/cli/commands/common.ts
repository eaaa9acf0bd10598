/** What every command shares: settings from options and config, opening and saving workbooks. */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import {
  HostError,
  Settings,
  WorkbookSnapshot,
  WritePlan,
  formatNumber,
  withDefaults,
} from "../../engine";
import { ReadWorkbook, ZipLimits, isMacroEnabled, patchedBytes } from "../../xlsx";
import { readWorkbookFile, writeFileAtomically } from "../../xlsx/file";
import { loadConfig } from "../config";
import { TextLook } from "../format/findings";
import { CliError, CliIo, isoDate } from "../io";
import {
  OutputFormat,
  parseAmberRule,
  parseAsAt,
  parseFormat,
  parseLimits,
  parseRewardPot,
  parseTolerance,
} from "../options";
import { WriteOptions, WriteTarget, checkExtension } from "../paths";
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
  readonly limits?: string;
  readonly rewardPot?: string;
}

/** Options of the commands that write (rag, board, clean). */
export interface WritingOptions extends CommonOptions, WriteOptions {}

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
  opts: CommonOptions,
  progress: Progress,
  of = ""
): Promise<OpenWorkbook> {
  const size = await stat(file).then(
    (s) => s.size,
    () => 0
  );
  if (of || size >= LARGE_FILE_BYTES) progress.say(`${of}reading ${basename(file)}…`);
  const opened = await openWorkbook(file, opts);
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
    ...(opts.rewardPot !== undefined ? { rewardPot: parseRewardPot(opts.rewardPot) } : {}),
  });
}

export interface OpenWorkbook {
  readonly path: string;
  readonly book: ReadWorkbook;
  readonly snapshot: WorkbookSnapshot;
}

/** Runs `fn`, turning an adapter's HostError (already one plain sentence) into a CliError (exit 2). */
async function asCliError<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof HostError) throw new CliError(e.message);
    throw e;
  }
}

/** Reads an .xlsx/.xlsm file and its snapshot; unreadable files become a CliError sentence (exit 2). */
export async function openWorkbook(path: string, opts: CommonOptions = {}): Promise<OpenWorkbook> {
  const limits: ZipLimits | undefined = opts.limits ? parseLimits(opts.limits) : undefined;
  const book = await asCliError(() => readWorkbookFile(path, limits));
  return { path, book, snapshot: book.snapshot };
}

/**
 * Patches the workbook with the plan and saves it through a temporary file beside the target,
 * renamed over it: a failure leaves no half-written workbook where the officer's file was. Says so on
 * a terminal's stderr while it writes.
 */
export async function saveWorkbook(
  opened: OpenWorkbook,
  plan: WritePlan,
  target: WriteTarget,
  progress?: Progress
): Promise<void> {
  checkExtension(target, isMacroEnabled(opened.book));
  progress?.say(`writing ${target.shown}…`);
  const bytes = await asCliError(() => patchedBytes(opened.book, plan));
  await asCliError(() => writeFileAtomically(target.path, bytes, target.mode));
}
