/** What every command shares: settings from options and config, opening and saving workbooks. */
import { HostError, Settings, WorkbookSnapshot, WritePlan, withDefaults } from "../../engine";
import { ReadWorkbook, ZipLimits, isMacroEnabled, patchedBytes } from "../../xlsx";
import { readWorkbookFile, writeFileAtomically } from "../../xlsx/file";
import { loadConfig } from "../config";
import { CliError, CliIo, isoDate } from "../io";
import { parseAmberRule, parseAsAt, parseLimits, parseRewardPot, parseTolerance } from "../options";
import { WriteOptions, WriteTarget, checkExtension, writeTarget } from "../paths";

/** Options every command accepts (strings as commander gives them; validated here). */
export interface CommonOptions {
  readonly json?: boolean;
  readonly config?: string;
  readonly asAt?: string;
  readonly tolerance?: string;
  readonly amber?: string;
  readonly limits?: string;
  readonly rewardPot?: string;
}

/** Options of the commands that write (rag, board). */
export interface WritingOptions extends CommonOptions, WriteOptions {}

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

function asCliError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof HostError) throw new CliError(e.message);
    throw e;
  }
}

/** Reads an .xlsx/.xlsm file and its snapshot; unreadable files become a CliError sentence (exit 2). */
export async function openWorkbook(path: string, opts: CommonOptions = {}): Promise<OpenWorkbook> {
  const limits: ZipLimits | undefined = opts.limits ? parseLimits(opts.limits) : undefined;
  try {
    const book = await readWorkbookFile(path, limits);
    return { path, book, snapshot: book.snapshot };
  } catch (e) {
    if (e instanceof HostError) throw new CliError(e.message);
    throw e;
  }
}

/** Checks --out / --in-place / --force before any work, so that a mistake costs nothing. */
export async function outputTarget(input: string, opts: WriteOptions): Promise<WriteTarget> {
  return writeTarget(input, opts);
}

/**
 * Patches the workbook with the plan and saves it through a temporary file beside the target,
 * renamed over it: a failure leaves no half-written workbook where the officer's file was.
 */
export async function saveWorkbook(
  opened: OpenWorkbook,
  plan: WritePlan,
  target: WriteTarget
): Promise<void> {
  checkExtension(target, isMacroEnabled(opened.book));
  const bytes = asCliError(() => patchedBytes(opened.book, plan));
  try {
    await writeFileAtomically(target.path, bytes, target.mode);
  } catch (e) {
    if (e instanceof HostError) throw new CliError(e.message);
    throw e;
  }
}
