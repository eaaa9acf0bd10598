import { Catalog } from "../catalog";
import { WorkbookSnapshot } from "../model/snapshot";
import { LaaTable } from "../model/table";

/** Finds every LAA table in the workbook and reads its rows. Never throws on odd input. */
export function readWorkbook(_snapshot: WorkbookSnapshot, _catalog: Catalog): readonly LaaTable[] {
  throw new Error("STUB: readWorkbook is being written (issue 3)");
}
