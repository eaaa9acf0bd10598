/**
 * Opening and saving .xlsx bytes with ExcelJS. Browser-safe: no fs/path (the demo bundles this file).
 * Every unreadable input becomes a HostError("unreadable") with one plain sentence, never a stack trace.
 */
import ExcelJS from "exceljs";
import { HostError } from "../engine";
import { damaged } from "./package/zip";
import { notAWorkbook } from "./read/workbook";

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** "EncryptionInfo" as UTF-16LE: the stream name an encrypted OOXML package carries inside its OLE2 wrapper. */
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Why these bytes cannot be an .xlsx workbook, or undefined when they look like one (a zip). Checked
 * before ExcelJS sees the bytes, because its own errors ("End of data reached", "invalid signature")
 * mean nothing to a performance officer.
 */
export function unreadableReason(bytes: Uint8Array, label = "The file"): string | undefined {
  if (startsWith(bytes, OLE2_MAGIC)) {
    // Both legacy .xls and password-protected .xlsx are OLE2 compound files; only the latter has EncryptionInfo.
    if (contains(bytes, ENCRYPTION_INFO)) {
      return `${label} is password-protected: remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password), save it and try again.`;
    }
    return `${label} is an old-format .xls workbook: open it in Excel and save it as .xlsx (Excel Workbook).`;
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    return `${label} is not an Excel workbook (.xlsx): if it is a CSV or another format, open it in Excel and save it as .xlsx.`;
  }
  return undefined;
}

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Loads an .xlsx workbook from bytes. `label` names the file in messages ("'targets.xls'"); default
 * "The file". Throws HostError("unreadable") for legacy .xls, password-protected, non-zip or corrupt input.
 */
export async function loadWorkbook(
  data: Uint8Array | ArrayBuffer,
  label = "The file"
): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  const reason = unreadableReason(bytes, label);
  if (reason) throw new HostError("unreadable", reason);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; JSZip underneath accepts any Uint8Array (and the browser build has no Buffer).
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw damaged(label);
  }
  // ExcelJS accepts any zip (a .docx or .zip renamed .xlsx) as a workbook without sheets; Excel never
  // saves one, so it is not a workbook, and "no LAA table found" would send the officer the wrong way.
  if (wb.worksheets.length === 0) throw notAWorkbook(label);
  return wb;
}

/** Serialises the workbook to .xlsx bytes. */
export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
