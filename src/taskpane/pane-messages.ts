/**
 * Which message bars the pane shows, in which order: errors, then warnings, then information, then
 * at most one success (an action's result and a clean check say it together). Pure, so the order is
 * tested without rendering.
 */
import { OwnedArea, RatingStamp, quoteSheet, stampChanges } from "../engine";
import type { ActionName } from "./hooks/use-pane-actions";
import { SummaryMessage } from "./messages";

export type Intent = "error" | "warning" | "info" | "success";

/** A plain sentence in a MessageBar; `cell` offers "Go to cell", `action` a button that runs one. */
export interface Notice {
  readonly intent: Intent;
  readonly title?: string;
  readonly text: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly action?: { readonly label: string; readonly run: ActionName };
}

export interface PaneMessage extends Notice {
  /** Stable while the message stands, so a dismissed one stays dismissed. */
  readonly id: string;
  /** The check's summary carries data-testid="summary". */
  readonly summary?: boolean;
}

const RANK: Readonly<Record<Intent, number>> = { error: 0, warning: 1, info: 2, success: 3 };

export interface MessageInput {
  /** What the last action said (failures, refusals, its result). */
  readonly notices: readonly Notice[];
  /** The summary of the results shown, if any. */
  readonly summary?: SummaryMessage;
  /** The results no longer match the workbook. */
  readonly stale?: boolean;
  /** What the add-in wrote and with which settings, against the settings now. */
  readonly drift?: readonly Notice[];
  readonly dismissed?: ReadonlySet<string>;
}

/** The message bars to show, ordered, with at most one success. */
export function paneMessages(input: MessageInput): PaneMessage[] {
  const all: PaneMessage[] = input.notices.map((n, i) => ({ ...n, id: `notice-${i}` }));
  if (input.stale) {
    all.push({
      id: "stale",
      intent: "warning",
      title: "Out of date — Check again",
      text: "The workbook has changed since these results were made.",
      action: { label: "Check again", run: "check" },
    });
  }
  (input.drift ?? []).forEach((n, i) => all.push({ ...n, id: `drift-${i}-${n.action?.run}` }));
  if (input.summary) all.push({ ...input.summary, id: "summary", summary: true });
  const successes = all.filter((m) => m.intent === "success");
  const rest = all.filter((m) => m.intent !== "success");
  if (successes.length > 0) rest.push(mergeSuccesses(successes));
  return rest
    .map((m, i) => ({ m, i }))
    .sort((a, b) => RANK[a.m.intent] - RANK[b.m.intent] || a.i - b.i)
    .map(({ m }) => m)
    .filter((m) => !input.dismissed?.has(m.id));
}

/** Several successes (an action's result and "Ready to submit") as one bar. */
function mergeSuccesses(list: readonly PaneMessage[]): PaneMessage {
  const [first, ...more] = list as [PaneMessage, ...PaneMessage[]];
  if (more.length === 0) return first;
  const text = [
    first.text,
    ...more.map((m) => (m.title ? `${m.title}: ${lowerFirst(m.text)}` : m.text)),
  ].join(" ");
  return {
    ...first,
    id: list.map((m) => m.id).join("+"),
    text,
    summary: list.some((m) => m.summary),
  };
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Warnings for what the workbook holds that was rated with other settings than now: the RAG columns,
 * and the board sheet for the same as-at date (boards for other dates are records of their day).
 */
export function driftNotices(owned: readonly OwnedArea[], now: RatingStamp): Notice[] {
  const out: Notice[] = [];
  const rag = owned.find(
    (a) => a.kind === "rag-column" && a.stamp && stampChanges(a.stamp, now).length > 0
  );
  if (rag?.stamp) {
    out.push({
      intent: "warning",
      title: "RAG columns rated with other settings",
      text: `The RAG columns in the workbook were rated ${stampChanges(rag.stamp, now).join(", ")}. Write RAG again to bring them up to date.`,
      action: { label: "Write RAG", run: "rag" },
    });
  }
  for (const a of owned) {
    if (a.kind !== "board-sheet" || !a.stamp || a.stamp.asAt !== now.asAt) continue;
    const changes = stampChanges(a.stamp, now);
    if (changes.length === 0) continue;
    out.push({
      intent: "warning",
      title: "Board sheet built with other settings",
      text: `The sheet ${quoteSheet(a.sheet)} was built with ${changes.join(", ")}. Build board again to bring it up to date.`,
      action: { label: "Build board", run: "board" },
    });
  }
  return out;
}
