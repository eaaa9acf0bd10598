/**
 * The public API of the LAA Monitor engine: the only import path for adapters, the task pane and the CLI.
 * Pure TypeScript: no Office.js, DOM, Node or clock.
 */
export * from "./model";
export { analyse } from "./analyse";
export { planRag } from "./plan";
export { planClean, describeOwned } from "./plan/clean";
export { planBoard } from "./board";
export type { BoardOptions } from "./board";
export { NATIONAL_INDICATORS, STATUTORY_EDUCATION, MAX_DESIGNATED_TARGETS } from "./catalog";
export type { Catalog, CatalogEntry } from "./catalog";
export { RULES } from "./rules";
export type { Rule } from "./rules/rule";
