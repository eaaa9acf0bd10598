/**
 * A zip reader and writer for OOXML packages, on fflate's inflate/deflate. Reading trusts nothing:
 * the directory's sizes are checked against the limits before inflating, and inflating stops as soon
 * as a part produces more than its directory entry declared. Writing copies an unchanged entry's
 * compressed bytes and CRC as they were, so a part the add-in does not own is identical bit for bit.
 */
import { Inflate, deflateSync } from "fflate";
import { HostError } from "../../engine";
import { RATIO_FLOOR_BYTES, ZipLimits, sizeText, tooLargeSentence } from "./limits";

/** One entry of the zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  /** The name as stored (written back unchanged). */
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The compressed bytes (a view into the file). */
  readonly data: Uint8Array;
}

/** A part to write: copied from the input as it was, or new content. */
export type ZipOutput =
  | { readonly kind: "copy"; readonly entry: ZipEntry }
  | { readonly kind: "new"; readonly name: string; readonly bytes: Uint8Array };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** 1980-01-01 00:00, the earliest DOS date: new parts get a fixed time so re-runs give equal files. */
const DOS_DATE_1980 = 0x21;
const UTF8_FLAG = 0x800;

/** The one sentence for a file that is not a whole, readable package. */
export function damaged(label: string): HostError {
  return new HostError(
    "unreadable",
    `${label} is damaged or incomplete (perhaps a partial download or copy): get a fresh copy of the workbook and try again.`
  );
}

function tooLarge(label: string, why: string): HostError {
  return new HostError("unreadable", tooLargeSentence(label, why));
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    return this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 0x1_0000_0000;
  }
  fits(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }
}

function findEndRecord(r: Reader): number {
  // The end record is 22 bytes plus a comment of up to 65,535.
  const stop = Math.max(0, r.bytes.length - 22 - 0xffff);
  for (let at = r.bytes.length - 22; at >= stop; at--) {
    if (r.u32(at) === EOCD) return at;
  }
  return -1;
}

interface Directory {
  readonly offset: number;
  readonly count: number;
}

function directory(r: Reader, label: string): Directory {
  const end = findEndRecord(r);
  if (end < 0) throw damaged(label);
  let count = r.u16(end + 10);
  let offset = r.u32(end + 16);
  const locator = end - 20;
  if (locator >= 0 && r.u32(locator) === EOCD64_LOCATOR) {
    const at = r.u64(locator + 8);
    if (!r.fits(at, 56) || r.u32(at) !== EOCD64) throw damaged(label);
    count = r.u64(at + 32);
    offset = r.u64(at + 48);
  }
  return { offset, count };
}

const decoder = new TextDecoder("utf-8");

/** Zip64 extra field: the real sizes and offset where the 32-bit fields hold 0xFFFFFFFF. */
function zip64(
  r: Reader,
  extraStart: number,
  extraEnd: number,
  fields: { size: number; compressedSize: number; offset: number }
): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = r.u16(at);
    const len = r.u16(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      if (fields.size === 0xffffffff) {
        fields.size = r.u64(p);
        p += 8;
      }
      if (fields.compressedSize === 0xffffffff) {
        fields.compressedSize = r.u64(p);
        p += 8;
      }
      if (fields.offset === 0xffffffff) fields.offset = r.u64(p);
      return;
    }
    at += 4 + len;
  }
}

/**
 * Lists a zip's entries without inflating anything, refusing it (HostError "unreadable", one sentence)
 * when it is damaged, encrypted, or past a limit by its own account.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, label: string): ZipEntry[] {
  const r = new Reader(bytes);
  const dir = directory(r, label);
  if (dir.count > limits.entries) {
    throw tooLarge(label, `it holds ${dir.count} parts, more than ${limits.entries}`);
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (!r.fits(at, 46) || r.u32(at) !== CENTRAL) throw damaged(label);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const fields = { compressedSize: r.u32(at + 20), size: r.u32(at + 24), offset: r.u32(at + 42) };
    if (!r.fits(at + 46, nameLength + extraLength)) throw damaged(label);
    zip64(r, at + 46 + nameLength, at + 46 + nameLength + extraLength, fields);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const name = decoder.decode(rawName);
    if (flags & 1) {
      throw new HostError(
        "unreadable",
        `${label} has encrypted parts: remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password), save it and try again.`
      );
    }
    if (method !== 0 && method !== 8) throw damaged(label);
    if (fields.size > limits.partBytes) {
      throw tooLarge(label, `a part expands to more than ${sizeText(limits.partBytes)}`);
    }
    total += fields.size;
    if (total > limits.totalBytes) {
      throw tooLarge(label, `its parts expand to more than ${sizeText(limits.totalBytes)}`);
    }
    if (
      fields.size > RATIO_FLOOR_BYTES &&
      fields.size > limits.ratio * Math.max(1, fields.compressedSize)
    ) {
      throw tooLarge(label, `a part expands more than ${limits.ratio} times its stored size`);
    }
    const local = fields.offset;
    if (!r.fits(local, 30) || r.u32(local) !== LOCAL) throw damaged(label);
    const dataStart = local + 30 + r.u16(local + 26) + r.u16(local + 28);
    if (!r.fits(dataStart, fields.compressedSize)) throw damaged(label);
    entries.push({
      name,
      rawName,
      flags,
      method,
      time: r.u16(at + 12),
      date: r.u16(at + 14),
      crc: r.u32(at + 16),
      compressedSize: fields.compressedSize,
      size: fields.size,
      data: bytes.subarray(dataStart, dataStart + fields.compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Raw deflate both ways. fflate's runs everywhere (the demo in the browser); the CLI passes Node's
 * zlib, which is several times faster and bounds its output natively.
 */
export interface Codec {
  /** The inflated bytes, or undefined as soon as they would be more than `size`. Throws if corrupt. */
  inflateRaw(data: Uint8Array, size: number): Uint8Array | undefined;
  deflateRaw(bytes: Uint8Array): Uint8Array;
  /** CRC-32 of the bytes, when the platform has a faster one than this module's. */
  crc32?(bytes: Uint8Array): number;
}

/** Compressed bytes handed to the inflater at a time: bounds what one push can produce (~1,000×). */
const INFLATE_STEP = 16 * 1024;

export const FFLATE: Codec = {
  inflateRaw(data, size) {
    const out = new Uint8Array(size);
    let filled = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      if (overflow || filled + chunk.length > size) {
        overflow = true;
        return;
      }
      out.set(chunk, filled);
      filled += chunk.length;
    });
    for (let at = 0; at < data.length && !overflow; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (overflow) return undefined;
    return filled === size ? out : out.subarray(0, filled);
  },
  deflateRaw: (bytes) => deflateSync(bytes, { level: 6 }),
};

/**
 * Inflates one entry, never producing more than the entry declared (which readZip held to the
 * limits): a part that would is a zip bomb with a lying directory, refused with the limit's sentence.
 */
export function inflateEntry(entry: ZipEntry, label: string, codec: Codec = FFLATE): Uint8Array {
  if (entry.method === 0) {
    if (entry.data.length !== entry.size) throw damaged(label);
    return checkCrc(entry.data, entry, label, codec);
  }
  let out: Uint8Array | undefined;
  try {
    out = codec.inflateRaw(entry.data, entry.size);
  } catch {
    throw damaged(label);
  }
  if (!out) {
    throw tooLarge(
      label,
      `a part expands to more than its zip directory says, and may be a zip bomb`
    );
  }
  if (out.length !== entry.size) throw damaged(label);
  return checkCrc(out, entry, label, codec);
}

function checkCrc(bytes: Uint8Array, entry: ZipEntry, label: string, codec: Codec): Uint8Array {
  if ((codec.crc32 ?? crc32)(bytes) !== entry.crc) throw damaged(label);
  return bytes;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

interface Written extends Omit<ZipEntry, "name" | "compressedSize"> {
  offset: number;
}

const encoder = new TextEncoder();

function toWritten(o: ZipOutput, codec: Codec): Written {
  if (o.kind === "copy") {
    const e = o.entry;
    // Bit 3 (sizes in a trailing descriptor) is dropped: this writer puts them in the header.
    return { ...e, flags: e.flags & ~0x8, offset: 0 };
  }
  return {
    rawName: encoder.encode(o.name),
    flags: UTF8_FLAG,
    method: 8,
    time: 0,
    date: DOS_DATE_1980,
    crc: (codec.crc32 ?? crc32)(o.bytes),
    size: o.bytes.length,
    data: codec.deflateRaw(o.bytes),
    offset: 0,
  };
}

/** Writes the entries, in order, as a zip (no zip64: the read limits keep every size far below 4 GB). */
export function writeZip(outputs: readonly ZipOutput[], codec: Codec = FFLATE): Uint8Array {
  const items = outputs.map((o) => toWritten(o, codec));
  const centralSize = items.reduce((n, w) => n + 46 + w.rawName.length, 0);
  const localSize = items.reduce((n, w) => n + 30 + w.rawName.length + w.data.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = new DataView(out.buffer);
  let at = 0;
  const header = (w: Written, central: boolean): void => {
    const base = central ? 6 : 4;
    v.setUint32(at, central ? CENTRAL : LOCAL, true);
    if (central) v.setUint16(at + 4, 20, true);
    v.setUint16(at + base, 20, true);
    v.setUint16(at + base + 2, w.flags, true);
    v.setUint16(at + base + 4, w.method, true);
    v.setUint16(at + base + 6, w.time, true);
    v.setUint16(at + base + 8, w.date, true);
    v.setUint32(at + base + 10, w.crc, true);
    v.setUint32(at + base + 14, w.data.length, true);
    v.setUint32(at + base + 18, w.size, true);
    v.setUint16(at + base + 22, w.rawName.length, true);
    if (central) v.setUint32(at + 42, w.offset, true);
    const nameAt = at + (central ? 46 : 30);
    out.set(w.rawName, nameAt);
    at = nameAt + w.rawName.length;
  };
  for (const w of items) {
    w.offset = at;
    header(w, false);
    out.set(w.data, at);
    at += w.data.length;
  }
  const centralStart = at;
  for (const w of items) header(w, true);
  v.setUint32(at, EOCD, true);
  v.setUint16(at + 8, items.length, true);
  v.setUint16(at + 10, items.length, true);
  v.setUint32(at + 12, at - centralStart, true);
  v.setUint32(at + 16, centralStart, true);
  return out;
}
