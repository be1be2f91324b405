import { describe, expect, it } from 'vitest';
import { differentActs } from '../../src/classify/acts.js';
import { compare } from '../../src/index.js';
import { sentenceModel } from '../../src/sentence/model.js';

const acts = (a: string, b: string) => differentActs(sentenceModel(a), sentenceModel(b));
const kinds = (a: string, b: string) => compare(a, b).matches.map((m) => m.kind);

describe('differentActs', () => {
  it.each([
    [
      'asking against judging',
      'The minister praised Kenya’s support for the maritime security programme.',
      'The minister asked Kenya to support the maritime security programme.',
    ],
    [
      'telling against judging',
      'The President explained the postponement of the fertiliser shipments.',
      'The President criticised the postponement of the fertiliser shipments.',
    ],
    [
      'telling against asking, a name that ends as a past form being no deed',
      'Prime Minister Sharif briefed Crown Prince Mohammed bin Salman on the reform programme.',
      "Prime Minister Sharif sought Crown Prince Mohammed bin Salman's backing for the reform programme.",
    ],
    [
      'writing against judging, in the passive',
      'The roadmap was drafted by Oman.',
      'The roadmap was commended by Jordan.',
    ],
  ])('takes %s for two acts, both ways', (_, a, b) => {
    expect(acts(a, b)).toBe(true);
    expect(acts(b, a)).toBe(true);
    expect(kinds(a, b)).toEqual([]);
    expect(kinds(b, a)).toEqual([]);
  });

  it.each([
    [
      'two verbs of one kind',
      'The Foreign Minister briefed his counterpart on the talks in Doha.',
      'The Foreign Minister informed his counterpart about the talks in Doha.',
    ],
    [
      'a side that reports two kinds',
      'The Prime Minister thanked Japan for its support and asked for more help with the programme.',
      'The Prime Minister asked Japan for more help with the programme.',
    ],
    [
      'the same verb on both sides',
      'The minister urged Kenya to join the maritime security programme.',
      'The minister urged Kenya to support the programme, and explained its aims.',
    ],
    [
      'a side that tells another deed in the past as well',
      'The minister explained the new visa rules, and the President expressed understanding for them.',
      'The President expressed concern about the new visa rules and asked for exemptions.',
    ],
    [
      'a side with no verb of a kind',
      'The two ministers discussed the maritime security programme.',
      'The ministers asked for a review of the maritime security programme.',
    ],
  ])('says nothing for %s', (_, a, b) => {
    expect(acts(a, b)).toBe(false);
    expect(acts(b, a)).toBe(false);
  });

  it('leaves a pair of one kind of act shared', () => {
    const a = 'The Foreign Minister briefed his counterpart on the talks in Doha.';
    const b = 'The Foreign Minister informed his counterpart about the talks in Doha.';
    expect(kinds(a, b)).toEqual(['shared']);
  });
});
