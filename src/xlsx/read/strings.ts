/** The shared string table: each `<si>`'s text, rich-text runs joined, phonetic runs left out. */
import { decodeOoxml, eachTag, innerText } from "../xml/scan";

/** Text of `<t>` elements from `from` to `to`, skipping phonetic guides (`<rPh>`), as Excel shows it. */
export function textRuns(xml: string, from: number, to: number): string {
  let out = "";
  let phonetic = 0;
  eachTag(
    xml,
    (t) => {
      if (t.local === "rPh") {
        if (t.kind === "open") phonetic++;
        else if (t.kind === "close") phonetic--;
        return undefined;
      }
      if (t.local !== "t" || t.kind === "close") return undefined;
      if (t.kind === "empty") return undefined;
      const close = xml.indexOf("</", t.end);
      const end = xml.indexOf(">", close) + 1;
      if (phonetic === 0) out += innerText(xml, t, end);
      return end;
    },
    from,
    to
  );
  return decodeOoxml(out);
}

export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  let start = -1;
  eachTag(xml, (t) => {
    if (t.local !== "si") return undefined;
    if (t.kind === "empty") out.push("");
    else if (t.kind === "open") start = t.end;
    else out.push(textRuns(xml, start, t.start));
    return undefined;
  });
  return out;
}
