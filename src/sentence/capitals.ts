import type { SentenceModel } from './model.js';

/** Whether token k starts with a capital letter: inside a sentence, part of a name. */
export function capitalisedAt(side: SentenceModel, k: number): boolean {
  const first = side.text[side.tokens[k]!.start]!;
  return first !== first.toLowerCase();
}
