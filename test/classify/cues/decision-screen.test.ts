import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayLeaveOpen, stands } from '../../../src/classify/cues/decision.js';
import { splitSentences } from '../../../src/segment/index.js';
import { sentenceModel } from '../../../src/sentence/model.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');

/** The sentences of the tuning half's statements and minimal pairs, in English. */
function tuningSentences(): string[] {
  const sentences: string[] = [];
  for (const id of readdirSync(FIXTURES).sort()) {
    let manifest: { split?: string; lang?: string; a?: { file: string }; b?: { file: string } };
    try {
      manifest = JSON.parse(readFileSync(join(FIXTURES, id, 'case.json'), 'utf8'));
    } catch {
      continue;
    }
    if (manifest.split !== 'tune' || !manifest.a || !manifest.b) continue;
    for (const { file } of [manifest.a, manifest.b]) {
      const text = readFileSync(join(FIXTURES, id, file), 'utf8');
      for (const { start, end } of splitSentences(text)) sentences.push(text.slice(start, end));
    }
  }
  for (const line of readFileSync(join(FIXTURES, 'minimal-pairs/tune.jsonl'), 'utf8').split('\n'))
    if (line.trim()) {
      const { a, b } = JSON.parse(line) as { a: string; b: string };
      sentences.push(a, b);
    }
  return sentences;
}

describe('the decision cue screen', () => {
  // mayLeaveOpen is a cheap copy of the conditions under which stands finds a matter open: if the
  // two drifted apart, the cue would miss open matters without a sound.
  it('lets through every sentence in which a matter is left open', () => {
    const open = tuningSentences()
      .map((text) => sentenceModel(text))
      .filter((side) => stands(side).open.length > 0);
    expect(open.length).toBeGreaterThan(20);
    for (const side of open)
      expect({ text: side.text, screened: mayLeaveOpen(side) }).toEqual({
        text: side.text,
        screened: true,
      });
  });
});
