// The same text written with Unicode variations on the two sides must still match, and sentence
// offsets must always slice the original text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../src/index.js';
import { normalizeSpace } from '../src/segment/sentences.js';
import { tokenize } from '../src/vectorize/tokenize.js';
import { FLAGSHIP } from './helpers/cli.js';

const READOUT = readFileSync(FLAGSHIP.a, 'utf8');
const SENTENCE =
  'The ministers discussed the financial negotiations on the café agreement, and Russia’s position didn’t change.';

/** Ways the same words are written by different typesetters, editors and copy-paste paths. */
const VARIATIONS: Record<string, (text: string) => string> = {
  'decomposed accents (NFD)': (t) => t.normalize('NFD'),
  'composed accents (NFC)': (t) => t.normalize('NFC'),
  'ﬁ and ﬂ ligatures': (t) => t.replace(/fi/g, 'ﬁ').replace(/fl/g, 'ﬂ'),
  'full-width letters': (t) =>
    t.replace(/minister/gi, (w) =>
      [...w].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join(''),
    ),
  'straight apostrophes and quotes': (t) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"'),
  'curly apostrophes': (t) => t.replace(/(\w)'(\w)/g, '$1’$2'),
  'modifier-letter apostrophes': (t) => t.replace(/(\w)['’](\w)/g, '$1ʼ$2'),
  'no-break spaces': (t) => t.replace(/ /g, '\u00a0'),
  'narrow no-break spaces': (t) => t.replace(/ /g, '\u202f'),
  'soft hyphens inside long words': (t) => t.replace(/\b(\p{L}{4})(\p{L}{4,})/gu, '$1\u00ad$2'),
  'zero-width spaces inside words': (t) => t.replace(/\b(\p{L}{3})(\p{L}{3,})/gu, '$1\u200b$2'),
  'zero-width joiners and word joiners inside words': (t) =>
    t.replace(/\b(\p{L}{3})(\p{L}{3,})/gu, '$1\u200d\u2060$2'),
};

const terms = (text: string) => tokenize(text).map((t) => t.term);

/** Every sentence of both sides is in a match, and every match is shared. */
function expectAllShared(report: Report): void {
  expect(report.onlyA).toEqual([]);
  expect(report.onlyB).toEqual([]);
  expect(report.matches.every((m) => m.kind === 'shared')).toBe(true);
}

/** start/end slice the original text, and `text` is that slice with white space collapsed. */
function expectOffsetsSliceTheSource(report: Report, a: string, b: string): void {
  for (const [doc, source] of [
    [report.a, a],
    [report.b, b],
  ] as const) {
    for (const s of doc.sentences)
      expect(normalizeSpace(source.slice(s.start, s.end))).toBe(s.text);
  }
}

describe('words written with Unicode variations', () => {
  it.each(Object.entries(VARIATIONS))('give the same terms: %s', (_name, vary) => {
    expect(terms(vary(SENTENCE))).toEqual(terms(SENTENCE));
  });

  it.each(Object.entries(VARIATIONS))(
    'leave a readout matched with itself, sentence for sentence: %s',
    (_name, vary) => {
      const varied = vary(READOUT);
      const report = compare(
        { text: READOUT, label: 'original' },
        { text: varied, label: 'varied' },
      );
      expectAllShared(report);
      expect(report.summary.sentencesA).toBe(report.summary.sentencesB);
      expect(report.matches.every((m) => m.similarity === 1)).toBe(true);
      expectOffsetsSliceTheSource(report, READOUT, varied);
    },
  );

  it('keeps soft hyphens and zero-width characters in the reported text, where they were', () => {
    const varied = VARIATIONS['soft hyphens inside long words']!(SENTENCE);
    const report = compare(SENTENCE, varied);
    expect(report.b.sentences[0]!.text).toBe(varied);
  });
});

describe('scripts other than Latin', () => {
  const texts: Record<string, string> = {
    Arabic: 'ناقش الوزيران المفاوضات التجارية في موسكو. واتفق الجانبان على مواصلة الاتصالات.',
    'Arabic with harakat and tatweel':
      'نَاقَشَ الوزيران المفاوضـــات التجارية في موسكو. واتفق الجانبان على مواصلة الاتصالات.',
    Hebrew: 'השרים דנו במשא ומתן על הסחר במוסקבה. הצדדים הסכימו להמשיך בקשר.',
    Chinese: '两国外长讨论了贸易谈判。双方同意继续保持联系。',
    Japanese: '両外相は貿易交渉について協議した。双方は連絡を続けることで一致した。',
    'emoji and combining marks':
      'The ministers 🤝 discussed trade 👍🏽 in Zürich. Both sides agreed 🇷🇺🇹🇯 to meet in Dușanbe.',
    'mixed directions':
      'The minister met ‏وزير الخارجية‎ in Cairo. They discussed ‫trade‬ and energy.',
  };

  it.each(Object.entries(texts))(
    '%s: matched with itself, offsets slicing the source',
    (_name, text) => {
      const report = compare(text, `${text}\n`);
      expect(report.summary.sentencesA).toBeGreaterThan(0);
      expectAllShared(report);
      expectOffsetsSliceTheSource(report, text, `${text}\n`);
    },
  );

  it.each(Object.entries(texts))('%s: offsets hold after NFD normalisation too', (_name, text) => {
    const nfd = text.normalize('NFD');
    const report = compare(text, nfd);
    expectOffsetsSliceTheSource(report, text, nfd);
    expectAllShared(report);
  });

  it('splits every astral character (emoji, CJK extension B) whole, never between its surrogates', () => {
    const text = '𠀀𠀁 talks 😀. 😀 The sides 𝐀greed. 👍🏽';
    const report = compare(text, text);
    for (const s of report.a.sentences) {
      expect(text.slice(s.start, s.end)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});
