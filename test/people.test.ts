import { describe, expect, it } from 'vitest';
import { learnPeople } from '../src/classify/index.js';
import { sentenceModel } from '../src/sentence/model.js';

const learned = (...sentences: string[]) =>
  Object.fromEntries(learnPeople(sentences.map((s) => sentenceModel(s))));

describe('learnPeople', () => {
  it('knows a known leader named in the possessive, before a capitalised word of a headline', () => {
    expect(learned("Readout of President Lula's Call with President Boric")).toMatchObject({
      lula: 'brazil',
      boric: 'chile',
    });
  });

  it('reads a name after a country and its titles, after a comma, and before "of" and a country', () => {
    expect(learned('Russian Foreign Minister Sergey Lavrov spoke.')).toMatchObject({
      lavrov: 'russia',
    });
    expect(
      learned(
        'The President of the Bolivarian Republic of Venezuela, Nicolás Maduro Moros, met him.',
      ),
    ).toMatchObject({ maduro: 'venezuela' });
    expect(learned('President Vladimir Putin of the Russian Federation met him.')).toMatchObject({
      putin: 'russia',
      vladimir: 'russia',
    });
    expect(learned('US Secretary of State Antony Blinken arrived.')).toMatchObject({
      antoni: 'united states',
      blinken: 'united states',
    });
    expect(learned('He met Mr. Jeyhun Bayramov of Azerbaijan.')).toMatchObject({
      bayramov: 'azerbaijan',
    });
  });

  it("reads a hyphenated name before a state's formal name", () => {
    expect(
      learned(
        'A call came from Foreign Minister Hossein Amir-Abdollahian of the Islamic Republic of Iran.',
      ),
    ).toMatchObject({ hossein: 'iran', amir: 'iran', abdollahian: 'iran' });
  });

  it("needs a person's role in the title: offices, places and topics name no one", () => {
    expect(learned('On Taiwan, President Halvorsen said the policy had not changed.')).toEqual({});
    expect(learned('In New Delhi, Foreign Minister Ottaviano met the press.')).toEqual({});
    expect(
      learned("The Kingdom of Saudi Arabia and the Chinese People's Liberation Army took part."),
    ).toEqual({});
    expect(
      learned('They signed the Treaty of Friendship of France and the Korea Joint Declaration.'),
    ).toEqual({});
    expect(learned('The Admiral of the Fleet of China spoke.')).toEqual({});
  });

  it('takes no inflected title for a name', () => {
    expect(learned('Chinese President Presidency Halvorsen spoke.')).toEqual({});
  });

  it('takes no titles, offices, stopwords or countries for names', () => {
    expect(
      learned('The Ministry of Foreign Affairs of Russia and the Chinese side met In Berlin.'),
    ).toEqual({});
    expect(learned('Russia, China and India met.')).toEqual({});
  });

  it('knows the country of leaders that readouts name without it, unless the documents say otherwise', () => {
    expect(learned('President Boric telephoned President Milei.')).toEqual({
      boric: 'chile',
      milei: 'argentina',
    });
    // Not the place the sentence names, nor the country of the first party in it.
    expect(learned('On Taiwan, President Biden said the policy had not changed.')).toEqual({
      biden: 'united states',
    });
    expect(learned('Peruvian Foreign Minister Ana Boric arrived.')).toMatchObject({
      boric: 'peru',
    });
  });

  it('drops a name given to two countries, whatever the order', () => {
    const sentences = ['The Indian DGMO spoke.', 'The Pakistani DGMO spoke.'];
    expect(learned(...sentences)).toEqual({});
    expect(learned(...sentences.reverse())).toEqual({});
  });
});
