/**
 * Where a sentence stands in its document: in the front matter (headline, dateline, date line: the
 * sentences before the first one that ends with terminal punctuation), as a heading in the body (a
 * few words without terminal punctuation that introduce prose, "1. Bilateral relations"), or in the
 * prose.
 */
export type Part = 'front' | 'heading' | 'prose';

/** Up to this many words, a line of the body without terminal punctuation may be a heading. */
const HEADING_WORDS = 5;
/** Terminal punctuation, then closing quotes or brackets, then footnote marks ("cooperation.[1]"). */
const TERMINATED = /[.!?…:;]["'”’»)\]]*(?:\[\d+\])*$/u;

export function sentenceParts(sentences: readonly { text: string }[]): Part[] {
  const body = sentences.findIndex((s) => TERMINATED.test(s.text));
  // A text that never ends a sentence with punctuation has no front matter and no headings to tell apart.
  if (body === -1) return sentences.map(() => 'prose');
  const frontMatter = body;
  const short = sentences.map(
    ({ text }) => !TERMINATED.test(text) && text.split(' ').length <= HEADING_WORDS,
  );
  // A short line between others is an item of a list ("- Agreed to extend the grain deal"): prose.
  const isHeading = (i: number) =>
    short[i]! && i + 1 < sentences.length && !short[i + 1] && (i === frontMatter || !short[i - 1]);
  return sentences.map((_, i) => (i < frontMatter ? 'front' : isHeading(i) ? 'heading' : 'prose'));
}
