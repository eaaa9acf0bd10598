import { OwnedArea, RatingStamp } from "../../src/engine";
import { Notice, driftNotices, paneMessages } from "../../src/taskpane/pane-messages";

const ok = (title: string, text: string): Notice => ({ intent: "success", title, text });

describe("paneMessages: the order and number of message bars", () => {
  it("puts errors before warnings before information before success", () => {
    const list = paneMessages({
      notices: [
        ok("RAG status written", "Wrote 100 statuses."),
        { intent: "info", text: "note" },
        { intent: "error", text: "failed" },
        { intent: "warning", text: "careful" },
      ],
    });
    expect(list.map((m) => m.intent)).toEqual(["error", "warning", "info", "success"]);
  });

  it("shows at most one success: an action's result and a clean check say it together", () => {
    const list = paneMessages({
      notices: [ok("RAG status written", "Wrote 100 statuses.")],
      summary: {
        intent: "success",
        title: "Ready to submit",
        text: "No errors or warnings in 1 table.",
      },
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      intent: "success",
      title: "RAG status written",
      text: "Wrote 100 statuses. Ready to submit: no errors or warnings in 1 table.",
      summary: true,
    });
  });

  it("keeps a summary with errors apart from the action's success, errors first", () => {
    const list = paneMessages({
      notices: [ok("Board sheet built", "Board status 2010-06-30: 50 indicators.")],
      summary: { intent: "error", title: "3 errors to look at", text: "Fix them." },
    });
    expect(list.map((m) => [m.intent, m.title])).toEqual([
      ["error", "3 errors to look at"],
      ["success", "Board sheet built"],
    ]);
  });

  it("says results are out of date, with Check again, and leaves out what was dismissed", () => {
    const stale = paneMessages({ notices: [], stale: true });
    expect(stale[0]).toMatchObject({
      intent: "warning",
      title: "Out of date — Check again",
      action: { label: "Check again", run: "check" },
    });
    expect(paneMessages({ notices: [], stale: true, dismissed: new Set(["stale"]) })).toEqual([]);
  });
});

describe("driftNotices: what the workbook holds, rated with other settings", () => {
  const then: RatingStamp = {
    asAt: "2010-06-30",
    tolerancePercent: 5,
    amberRule: "tolerance",
    rewardPot: null,
  };
  const now: RatingStamp = { ...then, tolerancePercent: 15 };
  const rag: OwnedArea = {
    kind: "rag-column",
    sheet: "LAA",
    range: { top: 4, left: 11, bottom: 54, right: 11 },
    stamp: then,
  };
  const board = (asAt: string): OwnedArea => ({
    kind: "board-sheet",
    sheet: `Board status ${asAt}`,
    stamp: { ...then, asAt },
  });

  it("asks to write RAG again when the RAG columns were rated otherwise", () => {
    expect(driftNotices([rag], now)).toEqual([
      expect.objectContaining({
        text: "The RAG columns in the workbook were rated Amber tolerance 5% (now 15%). Write RAG again to bring them up to date.",
        action: { label: "Write RAG", run: "rag" },
      }),
    ]);
  });

  it("asks to build again the board of the same as-at date only (older boards are their day's record)", () => {
    const notes = driftNotices([board("2010-06-30"), board("2010-03-31")], now);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toMatch(
      /^The sheet 'Board status 2010-06-30' was built with Amber tolerance 5% \(now 15%\)\./
    );
  });

  it("says nothing when the settings agree, or when an old record has no stamp", () => {
    expect(driftNotices([rag, board("2010-06-30")], then)).toEqual([]);
    expect(driftNotices([{ ...rag, stamp: undefined }], now)).toEqual([]);
  });
});
