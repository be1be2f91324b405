/** A broken corpus: a missing file or a manifest field that is wrong. The message names both. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}
