import { describe, expect, it } from 'vitest';
import { framesOrNames, principalPeople, sameContact, whoOf } from '../src/align/substance.js';
import { learnPeople } from '../src/classify/people.js';
import { compare } from '../src/index.js';
import { sentenceModel, withPeople, type SentenceModel } from '../src/sentence/model.js';
import { termOf } from '../src/vectorize/tokenize.js';

/** Sentence models read with the people all of them name, as a comparison reads them. */
function models(...texts: string[]): SentenceModel[] {
  const read = texts.map((text) => sentenceModel(text, 'en'));
  const people = learnPeople(read);
  return read.map((model) => withPeople(model, people));
}

const term = (word: string) => termOf(word, 'en')!;
const verdict = (a: string, b: string) => compare(a, b, { lang: 'en' }).matches.map((m) => m.kind);

describe('who a sentence names', () => {
  it('takes roles with their title words and country, and the names after them', () => {
    const [side] = models('The Foreign Minister of Chile met Prime Minister Halvorsen in Lima.');
    const { all, people } = whoOf(side!);
    for (const word of ['foreign', 'minister', 'chile', 'prime', 'halvorsen'])
      expect(all.has(term(word))).toBe(true);
    expect([...people]).toEqual([term('halvorsen')]);
    // Lima is where, not who; "met" is the frame, not a name.
    expect(all.has(term('lima'))).toBe(false);
    expect(all.has(term('met'))).toBe(false);
  });

  it('gives sentences that name no one one shared value, not sets of their own', () => {
    const [x, y] = models('Trade grew by ten per cent.', 'The talks covered energy and water.');
    expect(whoOf(x!)).toBe(whoOf(y!));
    expect(whoOf(x!).all.size).toBe(0);
  });

  it('takes a capitalised word listed with a person as a person', () => {
    const [side] = models('Presidents Okonkwo and Ferreira discussed the harvest.');
    expect([...whoOf(side!).people]).toEqual([term('okonkwo'), term('ferreira')]);
  });
});

describe('the documents’ principals', () => {
  it('are the people named in two sentences of a document, or in a one-sentence document', () => {
    const long = models(
      'President Okonkwo received Chief Adebayo.',
      'President Okonkwo thanked the delegation.',
    );
    expect(principalPeople(long, models('President Okonkwo spoke.'))).toEqual(
      new Set([term('okonkwo')]),
    );
    expect(principalPeople(models('Chief Adebayo spoke.'), [])).toEqual(new Set([term('adebayo')]));
  });
});

describe('terms that frame or name', () => {
  it('count a name as who only when both sentences use it as a name', () => {
    const [a, b] = models(
      'The Foreign Minister of Norway thanked his hosts in Oslo.',
      'The talks were held in Norway.',
    );
    const left = framesOrNames(a!, b!, new Set());
    expect(left(term('thanked'))).toBe(true);
    // Norway is who in the first sentence, where the talks were in the second.
    expect(left(term('norway'))).toBe(false);
    const [c, d] = models(
      'The Foreign Minister of Norway thanked the mediators.',
      'The Foreign Minister of Norway raised the fisheries quota.',
    );
    expect(framesOrNames(c!, d!, new Set())(term('norway'))).toBe(true);
  });
});

describe('one contact', () => {
  it('is reported by two sentences that name the contact and the same parties', () => {
    const [a, b, c] = models(
      'Chancellor Okonkwo held talks with President Ferreira.',
      'President Ferreira met Chancellor Okonkwo.',
      'President Ferreira met Chancellor Lindqvist.',
    );
    expect(sameContact(a!, b!)).toBe(true);
    expect(sameContact(b!, a!)).toBe(true);
    // Another guest: another meeting.
    expect(sameContact(b!, c!)).toBe(false);
  });

  it('is not reported by a discussion: "discussed" is no contact noun', () => {
    const [a, b] = models(
      'Chancellor Okonkwo and President Ferreira discussed rail freight.',
      'Chancellor Okonkwo and President Ferreira discussed fishing rights.',
    );
    expect(sameContact(a!, b!)).toBe(false);
  });
});

describe('a shared claim', () => {
  it('needs more in common than the principals and the frame', () => {
    expect(
      verdict(
        'President Okonkwo briefed Chancellor Ferreira on the new rail freight corridor.',
        'President Okonkwo briefed Chancellor Ferreira on fishing rights in the northern lakes.',
      ),
    ).toEqual([]);
    // Few words of their own on each side: no closing formula either, the two share names only.
    expect(
      verdict(
        'Chancellor Okonkwo and President Ferreira discussed rail freight.',
        'Chancellor Okonkwo and President Ferreira discussed fishing rights.',
      ),
    ).toEqual([]);
  });

  it('holds when the two share what', () => {
    expect(
      verdict(
        'Chancellor Okonkwo and President Ferreira discussed rail freight.',
        'President Ferreira and Chancellor Okonkwo discussed freight by rail.',
      ),
    ).toEqual(['shared']);
  });
});
