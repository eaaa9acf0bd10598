/**
 * The file adapter: .xlsx/.xlsm bytes ⇄ WorkbookSnapshot / WritePlan, by reading the package's XML
 * and patching it. Browser-safe (no fs, no path): the demo bundles it. Node file helpers live in
 * ./file. ExcelJS is used only to show a workbook (the demo's grid) and by older tests.
 */
export {
  readWorkbookBytes,
  applyPlanToFile,
  workbookBytes,
  isMacroEnabled,
  DEFAULT_LIMITS,
} from "./workbook";
export type { ReadWorkbook, ZipLimits } from "./workbook";
export { loadWorkbook, workbookToBuffer, unreadableReason } from "./load";
export { snapshotFromWorkbook, snapshotSheet, toCellValue } from "./snapshot";
export { applyPlanToWorkbook } from "./apply-plan";
export { XlsxHost } from "./xlsx-host";
