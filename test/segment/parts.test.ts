import { describe, expect, it } from 'vitest';
import { sentenceParts } from '../../src/segment/parts.js';

const parts = (...texts: string[]) => sentenceParts(texts.map((text) => ({ text })));

describe('sentenceParts', () => {
  it('puts the lines before the first full sentence in the front matter', () => {
    expect(
      parts(
        'Press release 220/2023',
        'BERLIN, June 20 (Xinhua) --',
        'The leaders met.',
        'They spoke.',
      ),
    ).toEqual(['front', 'front', 'prose', 'prose']);
  });

  it('takes a short unpunctuated line in the body for a heading, a long one or a punctuated one for prose', () => {
    expect(
      parts(
        'The leaders met.',
        '1. Bilateral relations',
        'The sides agreed to expand cooperation in energy and transport',
        'Trade grew: “by 5%.”',
      ),
    ).toEqual(['prose', 'heading', 'prose', 'prose']);
  });

  it('has neither front matter nor headings when no sentence ends with terminal punctuation', () => {
    expect(parts('Bilateral relations', 'Trade and energy')).toEqual(['prose', 'prose']);
  });

  it('takes short lines in a row for the items of a list, not headings', () => {
    expect(
      parts(
        'Readout of the call.',
        'Discussed energy cooperation',
        'Agreed to extend the deal',
        'Reviewed visas',
        'The next round is due in May.',
      ),
    ).toEqual(['prose', 'prose', 'prose', 'prose', 'prose']);
  });

  it('reads a footnote mark after terminal punctuation as the end of a sentence', () => {
    expect(
      parts('The ministers discussed energy cooperation.[1]', 'Energy', 'They agreed.[2][3]'),
    ).toEqual(['prose', 'heading', 'prose']);
  });
});
