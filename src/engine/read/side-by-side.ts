import { SheetGrid } from "../model/snapshot";
import { HeaderRow as Row, isIndicator } from "./header";
import { isBlank } from "./text";

/**
 * Splits the header columns into tables standing side by side: runs of columns separated by an empty
 * header column, a new table starting at a run that names a second indicator column. Runs without an
 * indicator column stay with the table on their left, so an unlabelled column does not split a table.
 */
export function sideBySide(
  sheet: SheetGrid,
  rows: number[],
  top: Row | undefined,
  bottom: Row
): [number, number][] {
  const groups: [number, number][] = [];
  let groupHasIndicator = false;
  let i = 0;
  while (i < bottom.length) {
    if (emptyColumn(sheet, rows, top, bottom, i)) {
      i++;
      continue;
    }
    let end = i;
    let indicator = false;
    while (end < bottom.length && !emptyColumn(sheet, rows, top, bottom, end)) {
      if (isIndicator(bottom[end]) || isIndicator(top?.[end])) indicator = true;
      end++;
    }
    const last = groups[groups.length - 1];
    if (last && !(indicator && groupHasIndicator)) last[1] = end - 1;
    else {
      groups.push([i, end - 1]);
      groupHasIndicator = false;
    }
    groupHasIndicator ||= indicator;
    i = end;
  }
  return groups;
}

function emptyColumn(
  sheet: SheetGrid,
  rows: number[],
  top: Row | undefined,
  bottom: Row,
  i: number
): boolean {
  if (bottom[i] || top?.[i]) return false;
  for (const r of rows) if (!isBlank(sheet.values[r - sheet.origin.row]?.[i] ?? "")) return false;
  return true;
}
