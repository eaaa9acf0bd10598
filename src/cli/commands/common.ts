/** What every command shares: settings from options and config, opening and saving workbooks. */
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { HostError, Settings, WorkbookSnapshot, withDefaults } from "../../engine";
import { snapshotFromWorkbook, workbookToBuffer } from "../../xlsx";
import { readWorkbookFile } from "../../xlsx/file";
import { loadConfig } from "../config";
import { CliError, CliIo, isoDate } from "../io";
import { parseAmberRule, parseAsAt, parseRewardPot, parseTolerance } from "../options";

/** Options every command accepts (strings as commander gives them; validated here). */
export interface CommonOptions {
  readonly json?: boolean;
  readonly config?: string;
  readonly asAt?: string;
  readonly tolerance?: string;
  readonly amber?: string;
  readonly rewardPot?: string;
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
