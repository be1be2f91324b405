import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, InputError, loadDocument } from '../src/load/index.js';
import { segmentDocument } from '../src/segment/sentences.js';

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
};

describe('decodeBytes', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeBytes(Buffer.from('\ufeffThe sides met.')).text).toBe('The sides met.');
  });

  it.each([
    ['UTF-16LE with BOM', utf16('Стороны встретились.', 'le', true)],
    ['UTF-16BE with BOM', utf16('Стороны встретились.', 'be', true)],
    ['UTF-16LE without BOM', utf16('The sides met in Geneva.', 'le', false)],
    ['UTF-16BE without BOM', utf16('The sides met in Geneva.', 'be', false)],
  ])('reads %s', (_name, bytes) => {
    expect(decodeBytes(bytes).text).toMatch(/^(Стороны встретились\.|The sides met in Geneva\.)$/);
  });

  it('names the byte offset of invalid UTF-8', () => {
    expect(() => decodeBytes(Buffer.from([0x41, 0x42, 0xc3, 0x28]))).toThrow(
      /invalid UTF-8 at byte 2/,
    );
    expect(() => decodeBytes(Buffer.from([0x61, 0xe2, 0x82]))).toThrow(/invalid UTF-8 at byte 1/);
  });

  it('refuses binary data and empty files', () => {
    expect(() => decodeBytes(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(
      /binary data \(NUL byte at byte 4\)/,
    );
    expect(() => decodeBytes(Buffer.alloc(0))).toThrow(InputError);
  });
});

describe('loadDocument and segmentDocument keep positions in the source', () => {
  const sentencesOf = (source: string, format: 'text' | 'markdown' | 'html') =>
    segmentDocument(loadDocument(source, format));

  it('points plain-text sentences at their exact text, line and column', () => {
    const source = 'First line.\r\nThe sides met\r\nin Geneva.  Then they left.';
    const sentences = sentencesOf(source, 'text');
    expect(sentences.map((s) => s.text)).toEqual([
      'First line.',
      'The sides met in Geneva.',
      'Then they left.',
    ]);
    for (const s of sentences)
      expect(source.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
    expect(sentences.map((s) => [s.line, s.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 13],
    ]);
  });

  it('counts a lone carriage return as a line break, as old Mac files have them', () => {
    const sentences = sentencesOf(
      'The ministers met in Paris.\rThey agreed on trade.\r\rThe talks went well.',
      'text',
    );
    expect(sentences.map((s) => [s.line, s.column])).toEqual([
      [1, 1],
      [2, 1],
      [4, 1],
    ]);
  });

  it('maps Markdown sentences back to the source, markup removed from their text', () => {
    const source =
      '## Readout\n\nThe ministers **welcomed** the [agreement](https://example.org/a).\n\n1. Talks will resume in May\n';
    const sentences = sentencesOf(source, 'markdown');
    expect(sentences.map((s) => s.text)).toEqual([
      'Readout',
      'The ministers welcomed the agreement.',
      'Talks will resume in May',
    ]);
    expect(source.slice(sentences[0]!.start, sentences[0]!.end)).toBe('Readout');
    expect(source.slice(sentences[1]!.start, sentences[1]!.end)).toBe(
      'The ministers **welcomed** the [agreement](https://example.org/a).',
    );
    expect(sentences[2]!.line).toBe(5);
    expect(source.slice(sentences[2]!.start, sentences[2]!.end)).toBe('Talks will resume in May');
  });

  it('reads Markdown with any line ending, lone carriage returns included', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const source = [
        '## Readout',
        '',
        '- Talks will resume in May',
        '- The sides met in Paris',
      ].join(eol);
      const sentences = sentencesOf(source, 'markdown');
      expect(sentences.map((s) => s.text)).toEqual([
        'Readout',
        'Talks will resume in May',
        'The sides met in Paris',
      ]);
      expect(sentences.map((s) => [s.line, source.slice(s.start, s.end)])).toEqual([
        [1, 'Readout'],
        [3, 'Talks will resume in May'],
        [4, 'The sides met in Paris'],
      ]);
    }
  });

  it('maps HTML sentences back to the source, entities decoded and scripts dropped', () => {
    const source =
      '<h2>Readout</h2>\n<p>Trade &amp; energy were <em>discussed</em>.</p><script>alert("x. y.")</script>';
    const sentences = sentencesOf(source, 'html');
    expect(sentences.map((s) => s.text)).toEqual(['Readout', 'Trade & energy were discussed.']);
    expect(source.slice(sentences[1]!.start, sentences[1]!.end)).toBe(
      'Trade &amp; energy were <em>discussed</em>.',
    );
  });

  it('keeps the article of a page: menus, page header, footer, sidebars and forms left out', () => {
    const page = (body: string) =>
      sentencesOf(`<html><body>${body}</body></html>`, 'html').map((s) => s.text);
    const furniture =
      '<header>Ministry site</header><nav>Home | News</nav><form>Search the site</form>' +
      '<aside>Related news</aside><footer>Share this page: Twitter Facebook</footer>';
    expect(page(`${furniture}<p>The ministers met.</p>`)).toEqual(['The ministers met.']);
    // With an article, only the article; its own header holds the headline.
    expect(
      page(
        `<p>Site notice.</p><article><header><h1>Readout</h1></header><p>The ministers met.</p></article>${furniture}`,
      ),
    ).toEqual(['Readout', 'The ministers met.']);
    // main wins over article: a list of other articles outside it is not the readout.
    expect(
      page('<article><p>Another story.</p></article><main><p>The ministers met.</p></main>'),
    ).toEqual(['The ministers met.']);
  });

  it('lists only the readout of a saved ministry page (fixtures/pages)', () => {
    const source = readFileSync('fixtures/pages/ministry-readout.html', 'utf8');
    const texts = sentencesOf(source, 'html').map((s) => s.text);
    expect(texts).toEqual([
      'Telephone conversation of the Minister with his Tajik counterpart',
      '30 April 2024',
      'On 30 April, the Minister held a telephone conversation with the Minister of Foreign Affairs of Tajikistan.',
      'The two ministers reviewed bilateral cooperation and the schedule of contacts for the coming months.',
      'They agreed to stay in close touch.',
    ]);
  });

  it('ends a sentence that ends in an entity after the whole entity', () => {
    const source = '<p>The talks covered R&amp;D &amp;</p><p>Talks ended &#8230;</p>';
    const sentences = sentencesOf(source, 'html');
    expect(sentences.map((s) => s.text)).toEqual(['The talks covered R&D &', 'Talks ended …']);
    expect(sentences.map((s) => source.slice(s.start, s.end))).toEqual([
      'The talks covered R&amp;D &amp;',
      'Talks ended &#8230;',
    ]);
  });
});
