import { PlanOutcome } from "../model/plan";
import { OwnedArea, WorkbookSnapshot } from "../model/snapshot";
import { RatingStamp } from "../model/stamp";

/** Name of the board sheet for an as-at date: "Board status 2010-06-30". */
export function boardSheetName(asAt: string): string {
  return `Board status ${asAt}`;
}

/** A sheet of that name that the add-in did not make stops the plan; its own is replaced. */
export function inTheWay(snapshot: WorkbookSnapshot, name: string): PlanOutcome | undefined {
  const lower = name.toLowerCase();
  // Excel compares sheet names without regard to case.
  const existing = snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
  if (!existing || ownsBoard(snapshot.owned, existing.name)) return undefined;
  return {
    ok: false,
    reason: "in-the-way",
    sheet: existing.name,
    message: `A sheet named '${existing.name}' already exists and was not made by LAA Monitor: rename it, or choose another as-at date.`,
  };
}

function ownsBoard(owned: readonly OwnedArea[], name: string): boolean {
  const lower = name.toLowerCase();
  return owned.some((o) => o.kind === "board-sheet" && o.sheet.toLowerCase() === lower);
}

/** The ownership record after the plan: everything owned before, plus this sheet once, stamped. */
export function ownedAfter(
  owned: readonly OwnedArea[],
  name: string,
  stamp: RatingStamp
): OwnedArea[] {
  const lower = name.toLowerCase();
  const others = owned.filter(
    (o) => !(o.kind === "board-sheet" && o.sheet.toLowerCase() === lower)
  );
  return [...others, { kind: "board-sheet", sheet: name, stamp }];
}
