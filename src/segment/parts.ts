/**
 * Where a sentence stands in its document: in the front matter (headline, dateline, date line: the
 * sentences before the first one that ends with terminal punctuation), as a heading in the body (a
 * few words without terminal punctuation, "1. Bilateral relations"), or in the prose.
 */
export type Part = 'front' | 'heading' | 'prose';

/** Up to this many words, a line of the body without terminal punctuation is a heading. */
const HEADING_WORDS = 5;
const TERMINATED = /[.!?…:;]["'”’»)\]]*$/u;

export function sentenceParts(sentences: readonly { text: string }[]): Part[] {
  const body = sentences.findIndex((s) => TERMINATED.test(s.text));
  const frontMatter = body === -1 ? 0 : body;
  return sentences.map(({ text }, i) => {
    if (i < frontMatter) return 'front';
    return !TERMINATED.test(text) && text.split(' ').length <= HEADING_WORDS ? 'heading' : 'prose';
  });
}
