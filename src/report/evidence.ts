import type { Token } from '../vectorize/tokenize.js';
import type { Highlight, MatchKind, Reason } from './types.js';

/** A sentence of an aligned pair: its index and its words, with offsets into its text. */
export interface EvidenceSentence {
  index: number;
  text: string;
  tokens: readonly Token[];
}

/**
 * The words that carry a verdict, on each side of a pair: for a contradiction, the words each
 * reason quotes (cue words, differing values, the disputed claim); for a shared pair, the content
 * words both sides use. Renderers mark these and nothing else.
 */
export function findEvidence(
  kind: MatchKind,
  reasons: readonly Reason[],
  a: readonly EvidenceSentence[],
  b: readonly EvidenceSentence[],
): { a: Highlight[]; b: Highlight[] } {
  if (kind === 'contradiction') {
    return {
      a: merge(
        reasons.flatMap((r) => locate(r.a, a)),
        a,
      ),
      b: merge(
        reasons.flatMap((r) => locate(r.b, b)),
        b,
      ),
    };
  }
  // Plain loops: every shared pair of a long document passes here.
  const terms = (side: readonly EvidenceSentence[]) => {
    const found = new Set<string>();
    for (const s of side) for (const t of s.tokens) if (t.term !== null) found.add(t.term);
    return found;
  };
  const [termsA, termsB] = [terms(a), terms(b)];
  const sharedIn = (side: readonly EvidenceSentence[], other: Set<string>) => {
    const highlights: Highlight[] = [];
    for (const s of side)
      for (const t of s.tokens)
        if (t.term !== null && other.has(t.term))
          highlights.push({ sentence: s.index, start: t.start, end: t.end });
    return merge(highlights, side);
  };
  return { a: sharedIn(a, termsB), b: sharedIn(b, termsA) };
}

/** Where the quoted words stand: each piece of a quote ("concerns … Russia's") found in turn. */
function locate(quote: string, sentences: readonly EvidenceSentence[]): Highlight[] {
  const found: Highlight[] = [];
  for (const piece of quote.split(' … ')) {
    if (piece === '') continue;
    for (const s of sentences) {
      let at = s.text.indexOf(piece);
      if (at < 0) at = s.text.toLowerCase().indexOf(piece.toLowerCase());
      if (at >= 0) {
        found.push({ sentence: s.index, start: at, end: at + piece.length });
        break;
      }
    }
  }
  return found;
}

/**
 * Sorted, with stretches of one sentence joined when they overlap or only white space parts them.
 * The highlights are the caller's own, made for this call: they are sorted and joined in place.
 */
function merge(highlights: Highlight[], sentences: readonly EvidenceSentence[]): Highlight[] {
  // The shared words of a pair come in order already, and sorting makes a copy: most of the
  // pairs of a long document need none.
  if (!inOrder(highlights)) highlights.sort(byPlace);
  const out: Highlight[] = [];
  for (const h of highlights) {
    const last = out.at(-1);
    if (last && last.sentence === h.sentence && (h.start <= last.end || spaceBetween(last, h)))
      last.end = Math.max(last.end, h.end);
    else out.push(h);
  }
  return out;

  function spaceBetween(last: Highlight, h: Highlight): boolean {
    const { text } = sentences.find((s) => s.index === h.sentence)!;
    // Words are mostly parted by one space: no slice to make and trim.
    if (h.start === last.end + 1 && text.charCodeAt(last.end) === 0x20) return true;
    return text.slice(last.end, h.start).trim() === '';
  }
}

function byPlace(x: Highlight, y: Highlight): number {
  return x.sentence - y.sentence || x.start - y.start || x.end - y.end;
}

function inOrder(highlights: readonly Highlight[]): boolean {
  for (let k = 1; k < highlights.length; k++)
    if (byPlace(highlights[k - 1]!, highlights[k]!) > 0) return false;
  return true;
}
