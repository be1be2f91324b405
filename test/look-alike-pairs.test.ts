import { describe, expect, it } from 'vitest';
import { judgeMinimalPair } from '../src/corpus/index.js';
import type { Verdict } from '../src/corpus/minimal-pairs.js';

/** The verdict on two one-sentence documents, as the minimal pairs are judged. */
const verdict = (a: string, b: string): Verdict =>
  judgeMinimalPair({ id: 'test', a, b, expected: 'none', slot: 'test', note: '', split: 'tune' })
    .verdict;

/** The verdict both ways round: swapping the documents must not change it. */
const both = (a: string, b: string) => [verdict(a, b), verdict(b, a)];

describe('where the leaders met', () => {
  it('pairs two sentences that say where the leaders met, however few words they share', () => {
    expect(
      both(
        'The consultations were held at the presidential palace in Nicosia.',
        'The meeting took place at the Ledra Palace.',
      ),
    ).toEqual(['shared', 'shared']);
    expect(
      both(
        'The talks took place at the Foreign Ministry in Vilnius.',
        'Minister Budrys hosted Minister Tsahkna at the Ministry.',
      ),
    ).toEqual(['shared', 'shared']);
  });

  it('does not pair a meeting held with one to come', () => {
    expect(
      both(
        'The ministers met at the Foreign Ministry in Vilnius.',
        'The next round will take place at the presidential palace.',
      ),
    ).toEqual(['none', 'none']);
  });
});

describe('look-alike sentences', () => {
  it('keep apart two things put in one frame, when the act is set counting for nothing shared', () => {
    expect(
      both(
        'Norway will open a new embassy in Maputo next year.',
        'Norway will open a new cultural centre in Maputo next year.',
      ),
    ).toEqual(['none', 'none']);
  });

  it('keep apart two thanks for different things, though both speak of the thanks', () => {
    expect(
      both(
        'President Boric thanked President Lula for his support of the Amazon fund.',
        'President Boric thanked President Lula for his hospitality in Brasília.',
      ),
    ).toEqual(['none', 'none']);
  });

  it('keep apart one frame filled with two one-word names the data does not know', () => {
    expect(
      both('Norway will open a consulate in Tromsø.', 'Norway will open a consulate in Kirkenes.'),
    ).toEqual(['none', 'none']);
    expect(
      both(
        'New Zealand will provide 5 million dollars to Kiribati for water supply.',
        'New Zealand will provide 5 million dollars to Nauru for water supply.',
      ),
    ).toEqual(['none', 'none']);
  });

  it('keep apart meetings with different people at places of different countries', () => {
    expect(
      both(
        'Chancellor Merz and President Trump met at the White House.',
        'Chancellor Merz and President Macron met at the Élysée Palace.',
      ),
    ).toEqual(['none', 'none']);
  });
});

describe('one frame, two objects', () => {
  it('keep apart thanks for two different things, however long and with verbs of their own', () => {
    expect(
      both(
        "President Kagame thanked President Tinubu for supporting Rwanda's bid for the games.",
        'President Kagame thanked President Tinubu for hosting the regional security forum.',
      ),
    ).toEqual(['none', 'none']);
  });

  it('keep apart two subjects of one discussion', () => {
    expect(
      both(
        'The ministers discussed the training of Malian police officers.',
        'The ministers discussed the repair of the railway line to Dakar.',
      ),
    ).toEqual(['none', 'none']);
  });

  it('still pair two accounts of one sum, one of them saying more', () => {
    expect(
      both(
        'Minister Joly also announced 40 million dollars in new food assistance for Chad.',
        'Minister Joly announced CAD 40 million in food support, for which the President expressed appreciation.',
      ),
    ).toEqual(['shared', 'shared']);
  });

  it('still pair two words WordNet relates through a third (restriction, curb: restraint)', () => {
    expect(
      both(
        'The two governments pledged to ease the remaining export restrictions.',
        'The two governments pledged to ease the remaining export curbs.',
      ),
    ).toEqual(['shared', 'shared']);
  });

  it('still pair a name and its initials', () => {
    expect(
      both(
        'The foreign ministers reviewed the work of the African Union.',
        'The foreign ministers reviewed the work of the AU.',
      ),
    ).toEqual(['shared', 'shared']);
  });
});

describe('figures of two times', () => {
  it('keep apart a figure reached and a target, and the two ends of one event', () => {
    expect(
      both(
        'Bilateral trade reached 12 billion euros last year.',
        'The ministers set a target of 18 billion euros in bilateral trade.',
      ),
    ).toEqual(['none', 'none']);
    expect(
      both('The consultations began on 4 June.', 'The consultations ended on 6 June.'),
    ).toEqual(['none', 'none']);
  });

  it('still pair two accounts of one figure', () => {
    expect(
      both(
        'Bilateral trade reached 12 billion euros last year.',
        'Trade between the two countries amounted to 12 billion euros last year.',
      ),
    ).toEqual(['shared', 'shared']);
  });
});
