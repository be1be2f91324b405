import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { initiatorCue } from '../../../src/classify/cues/initiator.js';
import { sentenceModel } from '../../../src/sentence/model.js';
import { cues, verdict } from '../../helpers/classify.js';
import { testCue } from './helpers.js';

testCue(initiatorCue, {
  fires: [
    [
      'a party described by a relative clause that says it called the other, named by a pronoun',
      'President Mahama spoke by telephone with the President of Togo at the request of the Ghanaian side.',
      'President Faure Gnassingbé of Togo, who called him, held a telephone conversation with President Mahama.',
      {
        explanation:
          "initiator: ghana ('at the request of the Ghanaian side') against togo ('Togo, who called')",
      },
    ],
    [
      'a call received from a party, with a time of day between the call and who made it',
      'President Mahama received a telephone call on Friday evening from the President of Senegal.',
      'At the request of the Ghanaian side, the two presidents held a telephone conversation.',
      {
        explanation:
          "initiator: ghana ('At the request of the Ghanaian side') against senegal ('from the President of Senegal')",
      },
    ],
    [
      'a day named with its preposition between the call and its caller',
      'Chancellor Merz received a telephone call on Monday from the Italian side.',
      'The call was made at the request of the German side.',
      {
        cue: 'initiator',
        a: 'from the Italian side',
        explanation:
          "initiator: germany ('at the request of the German side') against italy ('from the Italian side')",
      },
    ],
    [
      'a name of two words that opens the sentence, no role before it',
      'Amara Keita telephoned President Osei to discuss the river project.',
      'President Osei placed the call to President Keita.',
      {
        cue: 'initiator',
        a: 'Amara Keita telephoned',
        explanation:
          "initiator: keita ('Amara Keita telephoned') against osei ('President Osei placed')",
      },
    ],
    [
      'the party a relative clause describes placed the call',
      'The Nigerian minister spoke by phone with the Peruvian side, which placed the call.',
      'The call was made at the request of the Nigerian side.',
      {
        cue: 'initiator',
        a: 'Peruvian side, which placed',
        explanation:
          "initiator: nigeria ('at the request of the Nigerian side') against peru ('Peruvian side, which placed')",
      },
    ],
    [
      "the caller named after a person's whole title, a state's formal name in it",
      'The President received a telephone call from the Prime Minister of the Democratic Socialist Republic of Sri Lanka.',
      'The call was made at the request of the Indian side.',
      {
        cue: 'initiator',
        a: 'from the Prime Minister of the Democratic Socialist Republic of Sri Lanka',
        explanation:
          "initiator: india ('at the request of the Indian side') against sri lanka ('from the Prime Minister of the Democratic Socialist Republic of Sri Lanka')",
      },
    ],
    [
      'a relative clause that asks for the meeting before it',
      'The meeting was held at the initiative of the American side.',
      'The director travelled to Ankara for a meeting with his Russian counterpart, which Moscow had asked for.',
      {
        cue: 'initiator',
        b: 'Moscow had asked for',
        explanation:
          "initiator: russia ('Moscow had asked for') against united states ('at the initiative of the American side')",
      },
    ],
    [
      'a word of time between the call and its caller',
      'The minister received a telephone call today from the Iranian side.',
      'The telephone conversation was requested by the Pakistani side.',
      {
        cue: 'initiator',
        a: 'from the Iranian side',
        explanation:
          "initiator: iran ('from the Iranian side') against pakistan ('requested by the Pakistani side')",
      },
    ],
    [
      '"made a phone call to" names the caller',
      'At the initiative of the Azerbaijani side, Vladimir Putin of Russia had a telephone conversation with Ilham Aliyev of Azerbaijan.',
      'Vladimir Putin of Russia made a phone call to Ilham Aliyev of Azerbaijan.',
      { cue: 'initiator', a: 'At the initiative of the Azerbaijani side' },
    ],
    [
      'a call received from a party was made by that party',
      'The telephone conversation took place at the initiative of the Turkish side.',
      'The Turkish President received a telephone call from the Russian President.',
      {
        cue: 'initiator',
        b: 'from the Russian President',
        explanation:
          "initiator: russia ('from the Russian President') against turkey ('at the initiative of the Turkish side')",
      },
    ],
    [
      '"X called Y": X made the call',
      'Russia called France on Monday.',
      'The call took place at the request of France.',
      { cue: 'initiator', a: 'Russia called', b: 'at the request of France' },
    ],
    [
      '"X called Y": Y a person by title and name, whatever their country',
      'The Chilean President called President Okonjo on Tuesday.',
      'The call took place at the request of the Peruvian side.',
      {
        cue: 'initiator',
        a: 'Chilean President called',
        explanation:
          "initiator: chile ('Chilean President called') against peru ('at the request of the Peruvian side')",
      },
    ],
    [
      '"on its own initiative" names the subject of its clause, not the nearest place',
      'The call was made by the Japanese side.',
      'The Korean President came to Tokyo on his own initiative.',
      { cue: 'initiator', b: 'Korean President came to Tokyo on his own initiative' },
    ],
    [
      'two people of unknown country, each placing the call, compare by name',
      'President Ngoma called President Tshabalala to discuss the border crossings.',
      'President Tshabalala telephoned President Ngoma to discuss the border crossings.',
      {
        cue: 'initiator',
        a: 'President Ngoma called',
        b: 'President Tshabalala telephoned',
        explanation:
          "initiator: ngoma ('President Ngoma called') against tshabalala ('President Tshabalala telephoned')",
      },
    ],
    [
      '"X called the President": a role alone is the other party',
      'The Nigerian President called the Prime Minister, who was travelling abroad.',
      'The call was made at the request of the Indian side.',
      {
        cue: 'initiator',
        a: 'Nigerian President called',
        explanation:
          "initiator: india ('at the request of the Indian side') against nigeria ('Nigerian President called')",
      },
    ],
    [
      "a host's possessive pronoun names the host",
      'The Kenyan President received the Nigerian President in Nairobi, at his invitation.',
      'The visit took place at the request of the Nigerian side.',
      {
        cue: 'initiator',
        a: 'his invitation',
        explanation:
          "initiator: kenya ('his invitation') against nigeria ('at the request of the Nigerian side')",
      },
    ],
    [
      'first names before the words that give the country',
      'He travelled to Kenya at the invitation of President Kwame Ncube of Nigeria.',
      'The visit was organised on the initiative of the Kenyan side.',
      {
        cue: 'initiator',
        explanation:
          "initiator: kenya ('on the initiative of the Kenyan side') against nigeria ('at the invitation of President Kwame Ncube of Nigeria')",
      },
    ],
    [
      'a particle inside the name before the country',
      'The call took place at the request of the Kenyan side.',
      'The President received a call from Sultan Haitham bin Tarik of Oman.',
      {
        cue: 'initiator',
        explanation:
          "initiator: kenya ('at the request of the Kenyan side') against oman ('from Sultan Haitham bin Tarik of Oman')",
      },
    ],
    [
      'a day named between the call and its caller',
      'The call took place at the request of the Kenyan side.',
      'The minister received a call this Monday from the Nigerian minister.',
      {
        cue: 'initiator',
        explanation:
          "initiator: kenya ('at the request of the Kenyan side') against nigeria ('from the Nigerian minister')",
      },
    ],
  ],
  quiet: [
    [
      'one capitalised word opening the sentence, which any first word is',
      'Officials telephoned President Osei.',
      'President Osei placed the call.',
    ],
    [
      'a person of unknown country may be of the country the other side names',
      'President Ngoma called President Tshabalala about the border.',
      'The call was made at the request of the Kenyan side.',
    ],
    [
      'after a journey, a possessive pronoun may mean either party',
      'The Kenyan President visited Nigeria at his invitation.',
      'The visit took place at the request of the Nigerian side.',
    ],
    [
      "a party called the President's something, not the President",
      "The Nigerian President called the President's decision hasty.",
      'The call was made at the request of the Indian side.',
    ],
    [
      'a relative clause after a place in a phrase describes no party of that place',
      'Minister Rojas spoke with the Chilean consul in Nairobi, who placed the call.',
      'The call took place at the request of the Chilean side.',
    ],
    [
      'a relative clause of place or time describes no party',
      'Minister Rojas stopped in Nairobi, where officials placed the call.',
      'The call took place at the request of the Chilean side.',
    ],
    [
      'a relative clause that describes no party names no caller',
      'The Peruvian minister welcomed the Nigerian proposal, which placed the call on the agenda.',
      'The call was made at the request of the Peruvian side.',
    ],
    [
      "a party called a person's something, not the person",
      'The conversation took place at the request of the Peruvian side.',
      "The Chilean President called President Okonjo's proposal bold.",
    ],
    [
      'a party called something, not someone',
      'The conversation took place at the request of the Russian side.',
      'The Russian side called the Ukrainian proposal unacceptable.',
    ],
    [
      'an invitation to the next visit says nothing of who asked for these talks',
      'The meeting was held at the request of the Turkish side.',
      'Russia invited the Turkish President to visit Moscow next year.',
    ],
  ],
});

describe('the initiator cue, case by case', () => {
  it('initiator: the sides name different parties as the one who asked for the call', () => {
    const { reasons } = verdict(
      'The call took place at the request of the Russian side.',
      "The conversation was held at Washington's initiative.",
    );
    expect(reasons[0]).toMatchObject({
      cue: 'initiator',
      a: 'at the request of the Russian side',
      b: "Washington's initiative",
      // Each side's words with the party they were resolved to.
      explanation:
        "initiator: russia ('at the request of the Russian side') against united states ('Washington's initiative')",
    });
    expect(
      cues(
        'The Indian side reached out over the hotline.',
        'The call was placed at the request of Pakistan.',
      ),
    ).toContain('initiator');
  });

  it('initiator: "the contact was made by", "at the proposal of", and an office before the country', () => {
    expect(
      verdict(
        'The call was initiated by the Pakistani DGMO.',
        'The contact was made by the Indian DGMO, who called his counterpart.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'initiator',
      a: 'initiated by the Pakistani',
      b: 'made by the Indian',
    });
    expect(
      cues(
        'The call took place at the initiative of the Iranian side.',
        'The ministers spoke in a call placed by the Azerbaijani side.',
      ),
    ).toContain('initiator');
    expect(
      verdict(
        'The meeting was held at the proposal of Venezuela.',
        'The meeting was convened at the initiative of the Prime Minister of St. Vincent and the Grenadines.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'initiator',
      a: 'at the proposal of Venezuela',
      b: 'at the initiative of the Prime Minister of St. Vincent and the Grenadines',
    });
    // "made by" names who made a statement, not who made the contact, unless a contact noun comes before it.
    expect(
      cues(
        'A statement was made by the Russian side.',
        'The call was held at the request of the Turkish side.',
      ),
    ).not.toContain('initiator');
    // ...and only as its subject: points made during a call, a visit made by a visitor.
    expect(
      cues(
        'During the call, points made by the Indian side were discussed.',
        'The call was held at the request of the Pakistani side.',
      ),
    ).not.toContain('initiator');
    expect(
      cues(
        'The visit made by the Indian Prime Minister was productive.',
        'The visit took place at the invitation of the Pakistani side.',
      ),
    ).not.toContain('initiator');
    expect(
      cues(
        'The call, made by India, lasted an hour.',
        'The call was held at the request of the Pakistani side.',
      ),
    ).toContain('initiator');
  });

  it('initiator: a person the documents name with their country stands for it', () => {
    const people = new Map([['putin', 'russia']]);
    const { reasons } = classify(
      sentenceModel('The meeting was held at the request of the Turkish side.', 'en', people),
      sentenceModel(
        'President Erdoğan travelled to Russia at the invitation of Mr. Putin.',
        'en',
        people,
      ),
    );
    expect(reasons[0]).toMatchObject({ cue: 'initiator', b: 'at the invitation of Mr. Putin' });
    expect(
      cues(
        'The meeting was held at the request of the Turkish side.',
        'President Erdoğan travelled to Russia at the invitation of Mr. Putin.',
      ),
    ).not.toContain('initiator');
  });
});
