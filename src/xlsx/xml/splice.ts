/** Edits to a part's text: each replaces [at, end) with `text`, every other character kept. */
import { Tag } from "./scan";

export interface Splice {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/** The text with the splices applied (they must not overlap). */
export function splice(xml: string, edits: readonly Splice[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    parts.push(xml.slice(at, e.at), e.text);
    at = e.end;
  }
  parts.push(xml.slice(at));
  return parts.join("");
}

/** A tag's namespace prefix with its colon ("x:"), or "" when it has none. */
export function prefixOf(tag: Tag): string {
  return tag.name.includes(":") ? `${tag.name.split(":")[0]}:` : "";
}
