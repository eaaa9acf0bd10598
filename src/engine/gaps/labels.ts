/**
 * Ambition labels as people write them: numbered or not, long or short, with sub-bullets. Matching is
 * deliberately conservative: a label that matches no ambition, or two equally well, is reported rather
 * than guessed (gap.matrix-unmatched).
 */

/** A label reduced to what matching needs. */
export interface AmbitionLabel {
  /** The label as written, trimmed. */
  readonly raw: string;
  /** Without the leading number and the sub-bullets: the form shown to users. */
  readonly clean: string;
  /** Leading number ("5 Communities…" → 5). */
  readonly number?: number;
  /** Distinct stemmed content words, in order. */
  readonly words: readonly string[];
}

// Words that carry no meaning for telling ambitions apart.
const STOP_WORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or",
  "our", "that", "the", "their", "this", "to", "we", "where", "which", "with", "who", "all", "more",
  "priority", "ambition", "theme", "outcome",
]); // prettier-ignore

// Longest first; one suffix is stripped, then a second pass catches "communities" → "commun(it)".
// prettier-ignore
const SUFFIXES = ["ities", "ation", "ety", "ity", "ies", "ing", "ers", "ent", "ence", "al", "er", "es", "ic", "s", "e", "y"];

// "5 ", "5. ", "(5) ", "Ambition 5: " – the number that identifies an ambition across labels.
const LEADING_NUMBER =
  /^(?:(?:ambition|priority|theme|outcome|block)\s*)?\(?(\d{1,3})(?:\.\d+)*[.):]?\s*[:\-–]?\s+(?=\S)/i;

/** Cuts sub-bullets: everything after a ":" or a list of " - " / new-line bullets. */
function stripSubBullets(text: string): string {
  let out = text;
  const colon = out.indexOf(":");
  if (colon > 0) out = out.slice(0, colon);
  const bullet = /\n\s*[-–•*]|\s[-•]\s.*\s[-•]\s/.exec(out);
  if (bullet && bullet.index > 0) out = out.slice(0, bullet.index);
  return out;
}

/** A very small stemmer: enough for safe/safer, community/communities, live/lives, house/housing. */
export function stem(word: string): string {
  let w = word;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3);
    if (!suffix) break;
    w = w.slice(0, w.length - suffix.length);
  }
  return w;
}

/** Parses a label into its number, clean text and stemmed words. */
export function parseLabel(text: string): AmbitionLabel {
  const raw = text.trim();
  let rest = raw;
  let number: number | undefined;
  const m = LEADING_NUMBER.exec(rest);
  if (m) {
    number = Number(m[1]);
    rest = rest.slice(m[0].length);
  }
  const clean = stripSubBullets(rest)
    .replace(/\s+/g, " ")
    .replace(/[\s\-–—:;,.]+$/, "")
    .trim();
  const words: string[] = [];
  const tokens = clean
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/);
  for (const token of tokens) {
    if (token === "" || STOP_WORDS.has(token) || /^\d+$/.test(token)) continue;
    const s = stem(token);
    if (!words.includes(s)) words.push(s);
  }
  return number === undefined ? { raw, clean, words } : { raw, clean, number, words };
}

/** A stable key for an ambition: its stemmed words ("resili commun"), or the clean text lowered. */
export function labelKey(label: AmbitionLabel): string {
  return label.words.length > 0 ? label.words.join(" ") : label.clean.toLowerCase();
}

/** How well two labels' words agree: shared words over the shorter list (0 when nothing is shared). */
export function wordScore(a: AmbitionLabel, b: AmbitionLabel): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  let shared = 0;
  for (const w of a.words) if (b.words.includes(w)) shared++;
  return shared / Math.min(a.words.length, b.words.length);
}

/** Something a label can be matched to: an ambition's labels and (learned) number. */
export interface MatchCandidate {
  readonly labels: readonly AmbitionLabel[];
  readonly number?: number;
}

/** More than half of the shorter label's words must be shared. */
const MIN_SCORE = 0.6;

/**
 * The index of the candidate a label stands for, or -1 when none (or more than one equally) fits.
 * Numbers decide where both sides have one; otherwise words do.
 */
export function matchLabel(label: AmbitionLabel, candidates: readonly MatchCandidate[]): number {
  if (label.number !== undefined) {
    const byNumber = candidates.findIndex((c) => c.number === label.number);
    if (byNumber >= 0) return byNumber;
  }
  let best = -1;
  let bestScore = 0;
  let tie = false;
  candidates.forEach((c, i) => {
    // Both numbered and different: the numbers say these are different ambitions.
    if (label.number !== undefined && c.number !== undefined) return;
    const score = Math.max(0, ...c.labels.map((l) => wordScore(label, l)));
    if (score > bestScore) {
      best = i;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  });
  return bestScore >= MIN_SCORE && !tie ? best : -1;
}
