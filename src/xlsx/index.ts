/**
 * The file adapter: .xlsx/.xlsm bytes ⇄ WorkbookSnapshot / WritePlan, by reading the package's XML
 * and patching it. Browser-safe (no fs, no path): the demo bundles it. Node file helpers live in
 * ./file. ExcelJS reads a workbook only to show it (the demo's grid).
 */
export {
  readWorkbookBytes,
  applyPlanToFile,
  workbookBytes,
  patchedBytes,
  isMacroEnabled,
  DEFAULT_LIMITS,
} from "./workbook";
export type { Codec, ReadWorkbook, ZipLimits } from "./workbook";
export { loadWorkbook, workbookToBuffer, unreadableReason } from "./load";
export { XlsxHost } from "./xlsx-host";
