import { describe, expect, it } from 'vitest';
import { learnPeople, toSide } from '../src/classify/index.js';

const learned = (...sentences: string[]) => Object.fromEntries(learnPeople(sentences.map((s) => toSide(s))).map((p) => [p.keys.join(' '), p.country]));

describe('learnPeople', () => {
  it('reads a name after a country and its titles, after a comma, and before "of" and a country', () => {
    expect(learned('Russian Foreign Minister Sergey Lavrov spoke.')).toMatchObject({ lavrov: 'russia' });
    expect(learned('The President of the Bolivarian Republic of Venezuela, Nicolás Maduro Moros, met him.')).toMatchObject({ maduro: 'venezuela' });
    expect(learned('President Vladimir Putin of the Russian Federation met him.')).toMatchObject({ putin: 'russia', vladimir: 'russia' });
  });

  it('takes no titles, offices, stopwords or countries for names', () => {
    expect(learned('The Ministry of Foreign Affairs of Russia and the Chinese side met In Berlin.')).toEqual({});
    expect(learned('Russia, China and India met.')).toEqual({});
  });

  it('drops a name given to two countries, whatever the order', () => {
    const sentences = ['The Indian DGMO spoke.', 'The Pakistani DGMO spoke.'];
    expect(learned(...sentences)).toEqual({});
    expect(learned(...sentences.reverse())).toEqual({});
  });
});
