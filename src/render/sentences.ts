import type { Sentence } from '../report/types.js';
import { escapeUnsafe, escapeUnsafeJson } from './escape.js';

/** A segmentation for inspection: one sentence a line with its position, or JSON with offsets. */
export function renderSentences(sentences: Sentence[], format: 'text' | 'json'): string {
  if (format === 'json') return `${escapeUnsafeJson(JSON.stringify({ sentences }, null, 2))}\n`;
  return sentences
    .map((s) => `${s.index + 1}\t${s.line}:${s.column}\t${escapeUnsafe(s.text)}\n`)
    .join('');
}
