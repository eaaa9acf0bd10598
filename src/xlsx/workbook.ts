/**
 * The file adapter's entry points, browser-safe (the demo bundles them): bytes → a read workbook
 * and its snapshot; a plan → the package patched; the package → bytes again.
 */
import { HostError, WritePlan } from "../engine";
import { unreadableReason } from "./load";
import { DEFAULT_LIMITS, ZipLimits } from "./package/limits";
import { openPackage } from "./package/package";
import { Codec } from "./package/zip";
import { ReadWorkbook, readWorkbook } from "./read/read-workbook";
import { ApplyOptions, applyPlanToPackage } from "./write/apply";
import { contentTypeOf } from "./write/parts";

export type { ReadWorkbook } from "./read/read-workbook";
export type { ZipLimits } from "./package/limits";
export type { Codec } from "./package/zip";
export type { ApplyOptions } from "./write/apply";
export { DEFAULT_LIMITS } from "./package/limits";

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Reads an .xlsx or .xlsm workbook from bytes. `label` names the file in messages ("'targets.xlsx'").
 * Throws HostError("unreadable") with one sentence for anything that is not a workbook, is damaged,
 * or is larger than the limits.
 */
export function readWorkbookBytes(
  data: Uint8Array | ArrayBuffer,
  label = "The file",
  limits: ZipLimits = DEFAULT_LIMITS,
  codec?: Codec
): ReadWorkbook {
  const bytes = toBytes(data);
  const reason = unreadableReason(bytes, label);
  if (reason) throw new HostError("unreadable", reason);
  return readWorkbook(openPackage(bytes, label, limits, codec));
}

/**
 * Applies the plan by patching the package, all or nothing, and returns the workbook read again
 * (its snapshot shows what was written).
 */
export function applyPlanToFile(
  book: ReadWorkbook,
  plan: WritePlan,
  options: ApplyOptions = {}
): ReadWorkbook {
  applyPlanToPackage(book, plan, options);
  return readWorkbook(book.pkg);
}

/**
 * The plan applied and the workbook's bytes, without reading the result again (what the CLI needs).
 * HostError as applyPlanToFile.
 */
export function patchedBytes(book: ReadWorkbook, plan: WritePlan): Uint8Array {
  applyPlanToPackage(book, plan);
  return book.pkg.toBytes();
}

/** The workbook's bytes: every part nobody changed exactly as it was read. */
export function workbookBytes(book: ReadWorkbook): Uint8Array {
  return book.pkg.toBytes();
}

/** True for a macro-enabled workbook (.xlsm): its content type says so, whatever the file is called. */
export function isMacroEnabled(book: ReadWorkbook): boolean {
  return /macroEnabled/i.test(contentTypeOf(book.pkg, book.info.part) ?? "");
}
