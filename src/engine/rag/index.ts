import { Catalog } from "../catalog";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import { LaaTable } from "../model/table";

/** Rates every indicator of every table for every year that has an actual column. */
export function rateTables(_tables: readonly LaaTable[], _settings: Settings, _catalog: Catalog): RagResult[] {
  throw new Error("STUB: rateTables is being written (issue 4)");
}
