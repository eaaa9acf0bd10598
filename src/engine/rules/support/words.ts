/**
 * Word overlap between an indicator title as written and the catalogue title. Officers shorten titles
 * ("Net add. homes", "KSI in RTAs", "No. of NEETs"), so a word matches another when one is a prefix of the
 * other (at least three letters), through a few common abbreviations, or as an acronym of consecutive
 * catalogue words.
 */

const STOP = new Set(
  "a an and as at be by for from in into is its of on or per the their them they to who with within".split(
    " "
  )
);

/** Abbreviations seen in LAA tables, mapped to the catalogue's words. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  no: "number",
  num: "number",
  nos: "number",
  hh: "households",
  yp: "young",
  ks: "key",
  asb: "anti",
  pc: "percent",
  pct: "percent",
  perc: "percent",
  ave: "average",
  avg: "average",
  govt: "government",
};

/** Lower-case word tokens of a title, stop words dropped, plural "s" kept (prefix matching absorbs it). */
export function titleWords(title: string): string[] {
  const out: string[] = [];
  for (const w of title.toLowerCase().split(/[^a-z0-9]+/)) {
    if (w !== "" && !STOP.has(w)) out.push(w);
  }
  return out;
}

/** The catalogue side, prepared once per entry: its words and the initials of every run of them. */
export interface PreparedTitle {
  readonly words: readonly string[];
  readonly initials: string;
}

export function prepareTitle(title: string): PreparedTitle {
  const words = titleWords(title);
  return { words, initials: words.map((w) => w[0] ?? "").join("") };
}

function wordMatches(w: string, target: PreparedTitle): boolean {
  const expanded = ABBREVIATIONS[w];
  for (const c of target.words) {
    if (c === w || c === expanded) return true;
    const [short, long] = c.length < w.length ? [c, w] : [w, c];
    if (short.length >= 3 && long.startsWith(short)) return true;
  }
  // An acronym ("neet", "ksi", "rta") spells the initials of consecutive catalogue words.
  return w.length >= 2 && w.length <= 6 && /^[a-z]+$/.test(w) && target.initials.includes(w);
}

/** Share of the written title's words found in the catalogue title (1 when nothing to compare). */
export function overlap(written: readonly string[], target: PreparedTitle): number {
  if (written.length === 0) return 1;
  let hits = 0;
  for (const w of written) if (wordMatches(w, target)) hits++;
  return hits / written.length;
}
