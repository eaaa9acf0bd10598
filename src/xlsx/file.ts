/** Node-only file helpers for the CLI (the browser demo never imports this module). */
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { HostError } from "../engine";
import { loadWorkbook, workbookToBuffer } from "./load";

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

/** Reads an .xlsx file; HostError("unreadable") with one plain sentence for anything that is not one. */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const label = `'${basename(path)}'`;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = errorCode(e);
    const why =
      code === "ENOENT"
        ? "does not exist: check the file name and folder"
        : code === "EISDIR"
          ? "is a folder, not a file: give the path of an .xlsx workbook"
          : code === "EACCES" || code === "EPERM"
            ? "cannot be opened (permission denied): check you are allowed to read it"
            : "cannot be read: check the path and that the file is not locked by another program";
    throw new HostError("unreadable", `${label} ${why}.`);
  }
  return loadWorkbook(bytes, label);
}

/** Writes the workbook as .xlsx; HostError("access-denied") when the file cannot be written. */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = await workbookToBuffer(wb);
  try {
    await writeFile(path, bytes);
  } catch (e) {
    const code = errorCode(e);
    const why =
      code === "EBUSY" || code === "EPERM" || code === "EACCES"
        ? "cannot be written: close it in Excel (or check you may write to that folder) and run again"
        : code === "ENOENT"
          ? "cannot be written because its folder does not exist: create the folder or choose another path"
          : "cannot be written: check the path and free disk space";
    throw new HostError("access-denied", `'${basename(path)}' ${why}.`);
  }
}
