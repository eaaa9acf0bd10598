import { FindingDraft, RowDrafts, TableRule } from "./rule";
import { CellRef } from "../model/cell";
import { IndicatorRow } from "../model/table";
import { toA1 } from "../model/address";
import { indicatorLabel } from "./support/where";

/**
 * One sentence for every local indicator: the finding's `indicator` is the title, and the pane and the
 * CLI show it beside the message (as every other rule's message leaves the indicator to that field).
 * Shared, so a table of 100k local indicators does not build 100k quoted copies of their titles.
 */
const MESSAGE = "No NI code: this counts as a local indicator.";

/**
 * indicator.local: a row without an NI code is a local indicator. That is allowed, but it is not one of
 * the 35 designated targets and its definition and data source must be agreed locally; the finding makes
 * sure a forgotten code does not pass as "local".
 */
export const indicatorLocal: TableRule = {
  code: "indicator.local",
  scope: "table",
  rowLocal: true,
  defaultSeverity: "info",
  description: "An indicator with no NI code: a local indicator.",
  hint: "If this is a National Indicator, add its code (e.g. NI 154); otherwise make sure its definition and data source are written down.",
  check(table): RowDrafts {
    // One finding on every local indicator: on a long table that is nearly every row, so the report
    // keeps the cells and titles and makes each finding when it is read (see RowDrafts).
    const rows = table.rows;
    const found = new Int32Array(rows.length);
    let n = 0;
    for (let i = 0; i < rows.length; i++) if (isLocal(rows[i] as IndicatorRow)) found[n++] = i;
    return { picks: found.slice(0, n), where: (row) => row.indicator, keep: indicatorLabel, draft };
  },
};

function isLocal(row: IndicatorRow): boolean {
  const ind = row.indicator;
  return !ind.code && !ind.badCode && indicatorLabel(row) !== undefined;
}

/**
 * Field by field rather than `...at(cell)`. The title (`label`, the row's indicatorLabel) is the
 * finding's indicator, so neither the message nor a data object repeats it.
 */
function draft(cell: CellRef, label: string | undefined): FindingDraft {
  return {
    sheet: cell.sheet,
    cell: toA1(cell.row, cell.col),
    row: cell.row + 1,
    indicator: label,
    message: MESSAGE,
  };
}
