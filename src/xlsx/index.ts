/**
 * The ExcelJS adapter: .xlsx bytes ⇄ WorkbookSnapshot / WritePlan. Browser-safe (no fs, no path): the
 * demo bundles it, where `exceljs` resolves to its browser build. Node file helpers live in ./file.
 */
export { loadWorkbook, workbookToBuffer, unreadableReason } from "./load";
export { snapshotFromWorkbook, snapshotSheet, toCellValue } from "./snapshot";
export { applyPlanToWorkbook } from "./apply-plan";
export { XlsxHost } from "./xlsx-host";
