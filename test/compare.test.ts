import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, mirror, type Report } from '../src/index.js';
import { findCases } from '../src/corpus/index.js';

const cases = findCases('fixtures').filter((c) => c.kind === 'pair');
const load = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/**
 * Every sentence of each side is accounted for: in the only-list or in a match, never both. A
 * sentence that states two claims may be in two matches, one a claim.
 */
function expectAccountedFor(report: Report) {
  for (const side of ['a', 'b'] as const) {
    const only = side === 'a' ? report.onlyA : report.onlyB;
    const matched = new Set(report.matches.flatMap((m) => m[side]));
    expect(only.filter((i) => matched.has(i))).toEqual([]);
    const seen = [...matched, ...only].sort((p, q) => p - q);
    expect(seen).toEqual(report[side].sentences.map((s) => s.index));
  }
}

describe.each(cases.map((c) => [c.id, c] as const))('compare on %s', (_id, c) => {
  const a = { text: load(c.dir, c.a.file), label: c.a.label, source: c.a.file };
  const b = { text: load(c.dir, c.b.file), label: c.b.label, source: c.b.file };
  const report = compare(a, b);

  it('accounts for every sentence once, with offsets that slice back to it', () => {
    expectAccountedFor(report);
    for (const [doc, text] of [
      [report.a, a.text],
      [report.b, b.text],
    ] as const) {
      for (const s of doc.sentences)
        expect(text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
    }
  });

  it('mirrors exactly when A and B are swapped, and repeats itself exactly', () => {
    expect(compare(b, a)).toEqual(mirror(report));
    expect(JSON.stringify(compare(a, b))).toBe(JSON.stringify(report));
  });

  it('explains every contradiction and no shared pair', () => {
    for (const m of report.matches) expect(m.reasons.length > 0).toBe(m.kind === 'contradiction');
  });
});

describe('compare on identical texts', () => {
  it('shares every sentence with its twin', () => {
    const text =
      'The ministers met in Paris. They discussed trade. They agreed to meet again in May.';
    const report = compare(text, text);
    expect(report.matches.map((m) => [m.kind, m.a, m.b, m.similarity])).toEqual([
      ['shared', [0], [0], 1],
      ['shared', [1], [1], 1],
      ['shared', [2], [2], 1],
    ]);
  });
});

describe('options out of range', () => {
  it.each([
    [{ lang: 'xx' }, /lang must be 'auto' or one of en, ru/],
    [{ threshold: 1.5 }, /threshold must be a number from 0 to 1; got 1.5/],
    [
      { contradictionThreshold: Number.NaN },
      /contradictionThreshold must be a number from 0 to 1; got NaN/,
    ],
    [{ threshold: '0.3' }, /threshold must be a number/],
  ])('%o is refused with a RangeError naming the option', (options, message) => {
    expect(() => compare('The ministers met.', 'The ministers met.', options as never)).toThrow(
      RangeError,
    );
    expect(() => compare('The ministers met.', 'The ministers met.', options as never)).toThrow(
      message,
    );
  });
});

describe('opposite characterisations of the talks', () => {
  const verdicts = (a: string, b: string) =>
    compare(a, b).matches.map((m) => [m.kind, m.reasons.map((r) => `${r.cue}: ${r.a} / ${r.b}`)]);

  it.each([
    [
      'even when the two sentences share little else',
      'The talks were held in a constructive and friendly atmosphere.',
      'The meeting took place in a difficult and tense atmosphere.',
      'antonym: constructive / difficult',
    ],
    [
      'whatever each side calls the contact (meeting, discussions, atmosphere)',
      'It took place in a calm and cordial atmosphere, without tensions of any kind.',
      'The discussions were frank and, at times, tense.',
      'antonym: calm / tense',
    ],
    [
      'when the contact ends a relative clause before the words that describe it',
      'Erdogan, who hosted the talks, called them constructive and useful.',
      'According to Moscow, the talks were difficult.',
      'antonym: constructive / difficult',
    ],
    [
      'across a relative clause between the contact and the words that describe it',
      'The discussions, which went on until late in the evening, were frank, constructive and forward-looking.',
      'The talks were long and difficult.',
      'antonym: constructive / difficult',
    ],
  ])('are a contradiction %s', (_name, a, b, reason) => {
    expect(verdicts(a, b)).toEqual([['contradiction', [reason]]]);
  });

  it('but not words a clause of their own keeps far from the contact (no commas around it)', () => {
    expect(
      verdicts(
        'The discussions which went on until late in the evening were constructive.',
        'The talks were long and difficult.',
      ),
    ).toEqual([]);
  });

  it('but the same words about different things are not joined', () => {
    expect(
      verdicts(
        'The sides noted the positive dynamics of trade.',
        'The sides discussed the difficult situation in Gaza.',
      ),
    ).toEqual([]);
  });

  it('nor a word far from the contact it would characterise', () => {
    const calm = 'The talks were constructive. The leaders discussed trade and energy.';
    const tense =
      'The leaders discussed trade and energy. At the meeting, the leaders also discussed the escalating situation in the region.';
    expect(verdicts(calm, tense)).toEqual([['shared', []]]);
  });
});

describe('whether a topic was discussed at all', () => {
  const verdicts = (a: string, b: string) =>
    compare(a, b).matches.map((m) => [m.kind, m.reasons.map((r) => `${r.cue}: ${r.a} / ${r.b}`)]);
  const raised =
    'The High Representative also raised the situation in Belarus and called for an end to repression and for an inclusive national dialogue.';

  it('joins a denial to the report of it, sharing only the topic', () => {
    expect(verdicts(raised, 'The situation in Belarus was not discussed.')).toEqual([
      ['contradiction', ['negation: raised / was not discussed']],
    ]);
  });

  it('but not two sentences that share only the topic and disagree on nothing', () => {
    expect(
      verdicts(
        raised,
        'The situation in Belarus was discussed by the ministers of the European Union last week.',
      ),
    ).toEqual([]);
  });
});

describe('how long the talks lasted', () => {
  const durations = (a: string, b: string) =>
    compare(a, b)
      .matches.filter((m) => m.reasons.some((r) => r.cue === 'number'))
      .map((m) => [m.kind, m.a, m.b]);
  const opening = 'The two foreign ministers met in Vienna to discuss grain exports.';
  const otherOpening = 'Talks on grain exports took place in Vienna between the two ministers.';

  it('joins the one duration of each readout, however differently worded', () => {
    expect(
      durations(
        `${opening} Their conversation went on for two hours.`,
        `${otherOpening} The session was over after forty minutes.`,
      ),
    ).toEqual([['contradiction', [1], [1]]]);
  });

  it('joins them as one claim when they agree', () => {
    const joined = (a: string, b: string) =>
      compare(a, b).matches.filter((m) => m.a.includes(1) || m.b.includes(1));
    expect(
      joined(
        `${opening} Their conversation went on for almost an hour.`,
        `${otherOpening} The session was over after fifty minutes.`,
      ).map((m) => [m.kind, m.a, m.b]),
    ).toEqual([['shared', [1], [1]]]);
  });

  it('but not a length that qualifies another thing than the talks', () => {
    expect(
      durations(
        `${opening} Their conversation went on for two hours.`,
        `${otherOpening} A twenty-four-hour pause in the shelling was proposed.`,
      ),
    ).toEqual([]);
  });

  it('but not when a readout gives several durations, of which one may be of something else', () => {
    expect(
      durations(
        `${opening} Their conversation went on for two hours.`,
        `${otherOpening} The session was over after forty minutes. Experts had prepared it for three days.`,
      ),
    ).toEqual([]);
  });
});

/** A readout with a headline, a blank line and its body. */
const readout = (headline: string, body: string) => `${headline}\n\n${body}`;

describe('front matter', () => {
  const tehran = readout(
    'Iran and Three European Countries Hold Talks in Istanbul',
    'The deputy ministers met the political directors of the three countries. The meeting lasted four hours.',
  );
  const e3 = readout(
    'Statement by the Spokespersons of France, Germany and the United Kingdom on the E3–Iran Meeting in Istanbul',
    'The political directors met the deputy ministers. The meeting lasted two hours.',
  );

  it('pairs two headlines of one event that share a topic word, however little else they share', () => {
    // Below the threshold asked for, the two are still paired.
    const headlines = compare(tehran, e3, { threshold: 0.3 }).matches.find((m) => m.a.includes(0));
    expect(headlines).toMatchObject({ kind: 'shared', a: [0], b: [0] });
    expect(headlines!.similarity).toBeLessThan(0.3);
  });

  it('but not two that share no topic word', () => {
    const other = readout(
      'Statement by the Spokespersons of France, Germany and the United Kingdom',
      'The political directors met the deputy ministers. The meeting lasted two hours.',
    );
    expect(
      compare(tehran, other, { threshold: 0.3 }).matches.find((m) => m.a.includes(0)),
    ).toBeUndefined();
  });
});

describe('who asked for the meeting, named through a person', () => {
  it('learns the person from either document and pairs the two initiator sentences first', () => {
    const moscow = readout(
      'Talks with President of Türkiye Recep Tayyip Erdogan',
      'Vladimir Putin held talks in Sochi with President of the Republic of Türkiye Recep Tayyip Erdogan. The meeting was held at the request of the Turkish side. The sides discussed energy and the grain deal.',
    );
    const ankara = readout(
      'President Erdoğan meets with President Putin of Russia',
      'President Erdoğan met with President Vladimir Putin of the Russian Federation in Sochi. President Erdoğan travelled to Russia at the invitation of Mr. Putin for talks on energy.',
    );
    const report = compare(moscow, ankara);
    const initiator = report.matches.find((m) => m.reasons.some((r) => r.cue === 'initiator'));
    expect(initiator).toMatchObject({
      a: [2],
      b: [2],
      reasons: [
        {
          cue: 'initiator',
          a: 'at the request of the Turkish side',
          b: 'at the invitation of Mr. Putin',
        },
      ],
    });
  });

  it('leaves a sentence whose initiator the other document confirms with that confirmation', () => {
    const report = compare(
      'The call took place at the request of the Indian side. The ministers discussed trade.',
      'The call took place at the request of the Indian side. Pakistan requested a meeting on water. The ministers discussed trade.',
    );
    expect(report.matches.map((m) => [m.kind, m.a, m.b])).toEqual([
      ['shared', [0], [0]],
      ['shared', [1], [2]],
    ]);
  });
});

describe('front matter and headings', () => {
  it('keep a headline from taking the lead sentence of the other body from its counterpart', () => {
    const moscow = readout(
      'Talks with President of Türkiye Recep Tayyip Erdogan',
      'Vladimir Putin held talks in Sochi with President of the Republic of Türkiye Recep Tayyip Erdogan, who arrived in Russia on a working visit. The sides discussed the grain deal.',
    );
    const ankara = readout(
      'President Erdoğan meets with President Putin of Russia',
      'President Recep Tayyip Erdoğan met with President Vladimir Putin of the Russian Federation in Sochi on Monday. President Erdoğan travelled to Russia on a visit to discuss the grain deal.',
    );
    const pairs = compare(moscow, ankara).matches.map((m) => [m.a, m.b]);
    expect(pairs).toContainEqual([[1], [1]]);
    expect(pairs).not.toContainEqual([[0], [1]]);
  });

  it('keep a short section heading away from the prose', () => {
    const a = 'Bilateral relations\n\nThe leaders reviewed trade between the two countries.';
    const b =
      'It was the first bilateral visit in twelve years. The leaders reviewed trade between the two countries.';
    const report = compare(a, b);
    expect(report.matches.map((m) => [m.a, m.b])).toEqual([[[1], [1]]]);
    expect(report.onlyA).toEqual([0]);
  });
});
