import { describe, expect, it } from 'vitest';
import { reasonWords } from '../helpers/classify.js';
import { tokenize } from '../../src/vectorize/tokenize.js';

describe('French words', () => {
  it('splits French elisions and keeps offsets', () => {
    const text = "L'entretien n'a pas eu lieu.";
    const tokens = tokenize(text, 'fr');
    expect(tokens.map((t) => t.word)).toEqual(['l', 'entretien', 'n', 'a', 'pas', 'eu', 'lieu']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'L',
      'entretien',
      'n',
      'a',
      'pas',
      'eu',
      'lieu',
    ]);
  });
});

describe('contradiction cues in French', () => {
  it.each([
    [
      'negation',
      "Les présidents n'ont pas évoqué la question mémorielle.",
      'Les présidents ont évoqué la question mémorielle.',
      ['negation', 'pas évoqué', 'évoqué'],
    ],
    [
      'initiator',
      'Entretien tenu à la demande de la partie algérienne.',
      "Entretien tenu à l'initiative du président français.",
      ['initiator', 'à la demande de la partie algérienne', "à l'initiative du président français"],
    ],
  ])('French %s', (_name, a, b, expected) => {
    expect(reasonWords(a, b, 'fr')).toContainEqual(expected);
  });
});
