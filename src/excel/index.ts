/** The Office.js adapter: the open workbook as a WorkbookHost. */
export { ExcelHost } from "./excel-host";
export type { ExcelHostOptions } from "./excel-host";
export { checkRequirements, NEEDS } from "./requirements";
export type { RequirementReport } from "./requirements";
export { translateError, TRANSLATED_CODES } from "./errors";
export { needsTextPrefix, toExcelValue } from "./text";
