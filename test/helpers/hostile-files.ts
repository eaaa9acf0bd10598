/**
 * Hostile workbooks, built small in the test: zips whose directory lies or boasts, and sample
 * workbooks with a stray cell at XFD1048576 or 60,000 merged areas. None is more than a few hundred
 * kilobytes on disk.
 */
import { readFileSync } from "node:fs";
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { crc32 } from "../../src/xlsx/package/zip";

export interface RawEntry {
  readonly name: string;
  /** The compressed bytes stored (deflate). */
  readonly data: Uint8Array;
  /** The uncompressed size the directory declares (true or not). */
  readonly declared: number;
  readonly crc?: number;
}

/** A zip written byte by byte, so its directory can say anything. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const header = (e: RawEntry, name: Uint8Array, isCentral: boolean, at: number) => {
    const b = new Uint8Array((isCentral ? 46 : 30) + name.length);
    const v = new DataView(b.buffer);
    const base = isCentral ? 6 : 4;
    v.setUint32(0, isCentral ? 0x02014b50 : 0x04034b50, true);
    if (isCentral) v.setUint16(4, 20, true);
    v.setUint16(base, 20, true);
    v.setUint16(base + 4, 8, true);
    v.setUint32(base + 10, e.crc ?? 0, true);
    v.setUint32(base + 14, e.data.length, true);
    v.setUint32(base + 18, e.declared, true);
    v.setUint16(base + 22, name.length, true);
    if (isCentral) v.setUint32(42, at, true);
    b.set(name, isCentral ? 46 : 30);
    return b;
  };
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = header(e, name, false, 0);
    central.push(header(e, name, true, offset));
    chunks.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, Math.min(entries.length, 0xffff), true);
  v.setUint16(10, Math.min(entries.length, 0xffff), true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Deflated zeros: `mb` megabytes inflate from about a thousandth of that. */
export function zeros(mb: number): Uint8Array {
  return deflateSync(new Uint8Array(mb * 1024 * 1024), { level: 9 });
}

/** A sheet part of `rows` × a few columns, deflated, with its true size and CRC. */
export function entryOf(name: string, text: string): RawEntry {
  const bytes = strToU8(text);
  return { name, data: deflateSync(bytes), declared: bytes.length, crc: crc32(bytes) };
}

/** The sample workbook with its LAA sheet (xl/worksheets/sheet1.xml) changed by `edit`. */
export function sampleWith(samplePath: string, edit: (sheetXml: string) => string): Uint8Array {
  const files = unzipSync(readFileSync(samplePath));
  const sheet = "xl/worksheets/sheet1.xml";
  files[sheet] = strToU8(edit(strFromU8(files[sheet] as Uint8Array)));
  return zipSync(files, { level: 6 });
}

/** A single space in XFD1048576, far from the table. */
export function strayCell(xml: string): string {
  return xml.replace(
    "</sheetData>",
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row></sheetData>'
  );
}

/** 60,000 merged areas (pairs of cells in rows below the table), replacing the sheet's merges. */
export function manyMerges(xml: string, count = 60_000): string {
  const refs: string[] = [];
  for (let i = 0; i < count; i++) refs.push(`<mergeCell ref="P${100 + i}:Q${100 + i}"/>`);
  return xml.replace(
    /<mergeCells count="\d+">/,
    (open) => `${open.replace(/\d+/, (n) => String(Number(n) + count))}${refs.join("")}`
  );
}
