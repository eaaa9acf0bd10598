/**
 * Node-only file helpers for the CLI (the browser demo never imports this module): read a workbook
 * from a regular file within the size limit, and write one through an exclusive temporary file
 * beside the target, renamed over it atomically.
 */
import { constants } from "node:fs";
import { FileHandle, open, rename, unlink } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import * as zlib from "node:zlib";
import { HostError } from "../engine";
import { DEFAULT_LIMITS, ZipLimits, sizeText, tooLargeSentence } from "./package/limits";
import { Codec, ReadWorkbook, readWorkbookBytes } from "./workbook";

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

function openFailure(label: string, e: unknown): HostError {
  const code = errorCode(e);
  const why =
    code === "ENOENT"
      ? "does not exist: check the file name and folder"
      : code === "EISDIR"
        ? "is a folder, not a file: give the path of an .xlsx workbook"
        : code === "EACCES" || code === "EPERM"
          ? "cannot be opened (permission denied): check you are allowed to read it"
          : "cannot be read: check the path and that the file is not locked by another program";
  return new HostError("unreadable", `${label} ${why}.`);
}

/**
 * The bytes of a regular file, refusing anything else (a folder, a device such as /dev/zero, a
 * named pipe) before reading, and any file larger than the limit on a whole workbook.
 */
export async function readRegularFile(
  path: string,
  label: string,
  maxBytes = DEFAULT_LIMITS.totalBytes
): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openFailure(label, e);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw openFailure(label, { code: "EISDIR" });
    if (!stat.isFile()) {
      throw new HostError(
        "unreadable",
        `${label} is not a regular file (it is a device, pipe or socket): give the path of an .xlsx workbook.`
      );
    }
    if (stat.size > maxBytes) {
      throw new HostError(
        "unreadable",
        tooLargeSentence(label, `the file is more than ${sizeText(maxBytes)}`)
      );
    }
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw openFailure(label, e);
  } finally {
    await handle.close();
  }
}

/** Node's zlib: several times faster than fflate, and it stops at `maxOutputLength` by itself. */
export const NODE_ZLIB: Codec = {
  inflateRaw(data, size) {
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    } catch (e) {
      if (errorCode(e) === "ERR_BUFFER_TOO_LARGE") return undefined;
      throw e;
    }
  },
  deflateRaw: (bytes) => zlib.deflateRawSync(bytes, { level: 6 }),
  // zlib.crc32 came in Node 20.15; the module's own is the fallback.
  ...("crc32" in zlib
    ? {
        crc32: (bytes: Uint8Array) =>
          (zlib as unknown as { crc32(b: Uint8Array): number }).crc32(bytes) >>> 0,
      }
    : {}),
};

/** Reads an .xlsx/.xlsm file; HostError("unreadable") with one plain sentence for anything else. */
export async function readWorkbookFile(
  path: string,
  limits: ZipLimits = DEFAULT_LIMITS
): Promise<ReadWorkbook> {
  const label = `'${basename(path)}'`;
  const bytes = await readRegularFile(path, label, limits.totalBytes);
  return readWorkbookBytes(bytes, label, limits, NODE_ZLIB);
}

/**
 * Writes `bytes` to `target` through a temporary file created exclusively (a name no one can guess
 * or pre-create) in the same folder, with `mode` if given (else the umask's), then renamed over the target in one step: a crash
 * or a full disk never leaves a half-written workbook where the officer's file was.
 * HostError("access-denied") when it cannot be written.
 */
export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  mode?: number
): Promise<void> {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(8).toString("hex")}.laa-monitor.tmp`
  );
  let handle: FileHandle | undefined;
  try {
    handle = await open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      mode ?? 0o666
    );
    // The umask narrows the mode given to open(): a file written in place gets its own mode back.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    const code = errorCode(e);
    const why =
      code === "ENOENT"
        ? "cannot be written because its folder does not exist: create the folder or choose another path"
        : code === "ENOSPC"
          ? "cannot be written: the disk is full"
          : "cannot be written: check you may write to that folder and the file is not open in Excel";
    throw new HostError("access-denied", `'${basename(target)}' ${why}.`);
  }
}
