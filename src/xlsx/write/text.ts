import { wouldNotStayText } from "../../engine";

/**
 * Text that would turn into something else once a user edits the cell (presses F2 and Enter) gets
 * Excel's quote prefix (the cell format's `quotePrefix`), which keeps it text.
 */
export function needsQuotePrefix(s: string): boolean {
  return s !== "" && wouldNotStayText(s);
}
