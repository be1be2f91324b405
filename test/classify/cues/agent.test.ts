import { describe, expect, it } from 'vitest';
import { agentCue, reciprocalActs, rolesMayCross } from '../../../src/classify/cues/agent.js';
import { sentenceModel } from '../../../src/sentence/model.js';
import { testCue } from './helpers.js';
import { expectLinearWork } from '../../helpers/growth.js';

testCue(agentCue, {
  fires: [
    [
      'the agent of a passive against the subject of the active',
      'The ceasefire was violated by Armenia.',
      'Azerbaijan violated the ceasefire.',
      {
        a: 'violated by Armenia',
        b: 'Azerbaijan violated',
        explanation:
          "agent: armenia ('violated by Armenia') against azerbaijan ('Azerbaijan violated')",
      },
    ],
    [
      'a verb with its particle, and two capitals',
      'The draft resolution was put forward by Beijing.',
      'Moscow put forward the draft resolution.',
      { a: 'put forward by Beijing', b: 'Moscow put' },
    ],
    [
      'one proposal has one author, whichever verb puts it forward (passive against active)',
      'The plan for a joint border patrol was put forward by Tashkent.',
      'Kazakhstan proposed the joint border patrol at the talks.',
      {
        a: 'put forward by Tashkent',
        b: 'Kazakhstan proposed',
        explanation:
          "agent: kazakhstan ('Kazakhstan proposed') against uzbekistan ('put forward by Tashkent')",
      },
    ],
    [
      'one proposal tabled and submitted, both in the passive',
      'The draft communiqué was tabled by the Polish delegation.',
      'The draft communiqué was submitted by Lithuania.',
      { a: 'tabled by the Polish delegation', b: 'submitted by Lithuania' },
    ],
    [
      'parties that are no countries, by the nouns that name them',
      'The convoy was attacked by government forces, according to the ministry.',
      'Rebel units attacked the convoy, according to the ministry.',
      { a: 'attacked by government forces', b: 'Rebel units attacked' },
    ],
    [
      'two passives whose agents stand before the same place: a preposition ends a party',
      'The aid lorries were shelled by army units near the border crossing.',
      'The aid lorries were shelled by militia fighters near the border crossing.',
      { a: 'shelled by army units', b: 'shelled by militia fighters' },
    ],
    [
      'caller and callee swapped, all else the same',
      'President Putin called President Macron.',
      'President Macron called President Putin.',
      { a: 'President Putin called', b: 'President Macron called' },
    ],
  ],
  quiet: [
    [
      'a meeting with its parties swapped: who met whom is one meeting',
      'President Putin met President Macron in Paris.',
      'President Macron met President Putin in Paris.',
    ],
    [
      'the same party in the passive and the active',
      'The memorandum was signed by the two foreign ministers.',
      'The two foreign ministers signed the memorandum.',
    ],
    [
      'different acts by different parties',
      'The proposal was welcomed by Armenia.',
      'The proposal was drafted by Azerbaijan.',
    ],
    [
      'a stance any number of parties may take',
      'The truce plan was rejected by Latvia.',
      'Estonia rejected the truce plan.',
    ],
    [
      'a proposal and another act of the other party',
      'The truce plan was put forward by Latvia.',
      'Estonia signed the truce plan.',
    ],
    [
      'two invitations to two places: both can be true',
      'President Ramaphosa invited President Lula to visit Pretoria.',
      'President Lula invited President Ramaphosa to visit Brasília.',
    ],
    [
      'the same act on different things',
      'The treaty was signed by Armenia.',
      'Azerbaijan signed the protocol.',
    ],
    [
      'a party against words for any party',
      'The plan was backed by Moscow.',
      'The sides backed the plan.',
    ],
    [
      'a country against a name it may stand for',
      'The plan was backed by Moscow.',
      'Lavrov backed the plan.',
    ],
  ],
});

describe('rolesMayCross', () => {
  const cross = (a: string, b: string) => rolesMayCross(sentenceModel(a), sentenceModel(b));

  it('lets through every pair whose parties stand on either side of a shared verb the other way round', () => {
    expect(cross('President Putin called President Macron.', 'Macron called Putin.')).toBe(true);
    // Countries by different names: Moscow and Russia are one key, as a party's members are.
    expect(cross('Moscow called Paris on Monday.', 'France called Russia on Monday.')).toBe(true);
    // A person the documents name with their country stands for it: Putin for Russia.
    const people = new Map([
      ['putin', 'russia'],
      ['macron', 'france'],
    ]);
    const [a, b] = ['Putin called Macron.', 'France called Russia.'].map((text) =>
      sentenceModel(text, 'en', people),
    );
    expect(rolesMayCross(a!, b!)).toBe(true);
    expect(agentCue.detect(a!, b!)).not.toBeNull();
    expect(
      cross(
        'Rebel units attacked the government forces.',
        'The government forces attacked rebel units.',
      ),
    ).toBe(true);
  });

  it('settles pairs that say what they share in one order, and pairs with no verb in common', () => {
    expect(
      cross(
        'The two foreign ministers signed the memorandum in Baku.',
        'In Baku, the foreign ministers signed a memorandum.',
      ),
    ).toBe(false);
    expect(cross('Putin called Macron.', 'Macron met Putin.')).toBe(false);
    expect(cross('Moscow called Paris.', 'Russia called France.')).toBe(false);
  });
});

describe('reciprocalActs', () => {
  const acts = (a: string, b: string) => reciprocalActs(sentenceModel(a), sentenceModel(b));
  const toPretoria = 'President Ramaphosa invited President Lula to visit Pretoria.';
  const toBrasilia = 'President Lula invited President Ramaphosa to visit Brasília.';
  const both =
    'President Ramaphosa invited President Lula to visit Pretoria, and President Lula invited President Ramaphosa to visit Brasília.';

  it('takes one verb with its parties swapped and other words around them for two acts', () => {
    expect(acts(toPretoria, toBrasilia)).toBe(true);
  });

  it('does not when the other side tells the same act as well, whichever side that is', () => {
    expect(acts(toPretoria, both)).toBe(false);
    expect(acts(both, toPretoria)).toBe(false);
  });
});

describe('rolesMayCross on long sentences', () => {
  // Distinct words, the same order on both sides: no crossing, so every key is looked up.
  const sentence = (words: number) =>
    sentenceModel(
      Array.from({ length: words }, (_, k) => `term${String.fromCharCode(97 + (k % 26))}${k}`).join(
        ' ',
      ) + '.',
    );

  it('looks up the places of the other side in work linear in the sentences, not quadratic', () => {
    expectLinearWork(
      (scale) => [sentence(200 * scale), sentence(200 * scale)] as const,
      ([a, b]) => expect(rolesMayCross(a, b)).toBe(false),
    );
  });
});
