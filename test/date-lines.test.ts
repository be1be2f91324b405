import { describe, expect, it } from 'vitest';
import { isDateLine } from '../src/classify/quantities.js';
import { compare } from '../src/index.js';
import { sentenceModel } from '../src/sentence/model.js';

describe('isDateLine', () => {
  it('takes a few words that give a date or a year, however the date is written', () => {
    for (const line of [
      'Reykjavik, Tuesday, 4 March 2025',
      'Press release, 4 March 2025',
      'Reykjavik, 04.03.2025',
      '2025-03-04',
      'March 4, 2025, The Government Offices, Reykjavik',
      'The Government Offices, Reykjavik, 4 March 2025',
    ])
      expect(isDateLine(sentenceModel(line)), line).toBe(true);
  });

  it('takes a date after a place alone, whatever follows it', () => {
    expect(
      isDateLine(
        sentenceModel('Reykjavik, 4 March 2025 - Press office of the Ministry for Foreign Affairs'),
      ),
    ).toBe(true);
  });

  it('refuses a headline that names the event before its date, and a line without one', () => {
    expect(
      isDateLine(sentenceModel('Visit of the Foreign Minister to Iceland (March 3-4, 2025)')),
    ).toBe(false);
    expect(isDateLine(sentenceModel('Minister meets counterpart from Chile: 4 March 2025'))).toBe(
      false,
    );
    expect(isDateLine(sentenceModel('Ministers meet in Reykjavik'))).toBe(false);
  });
});

// One (invented) visit: A's headline gives the dates and A has no date line; B has a headline and a
// date line.
const A = [
  'Visit of the Foreign Minister to Iceland (March 3-4, 2025)',
  'The Foreign Minister of Chile paid an official visit to Iceland on 3-4 March 2025 at the invitation of the Foreign Minister of Iceland.',
  'The two ministers discussed cooperation in geothermal energy and fisheries research.',
  'They agreed to open direct consultations on Antarctic research stations.',
].join('\n');
const B = [
  'Foreign Minister Receives Official Visit of the Foreign Minister of Chile',
  'Reykjavik, Tuesday, 4 March 2025',
  'The Foreign Minister of Iceland this morning received the Foreign Minister of Chile, who is in Iceland from 3 to 4 March.',
  'The ministers reviewed cooperation in geothermal energy and in fisheries research.',
  'Both sides agreed to hold consultations on their Antarctic research stations.',
].join('\n');

describe('front matter', () => {
  it('pairs a headline with the headline, not with the date line, on either side', () => {
    const forward = compare(A, B).matches.map((m) => [m.a, m.b]);
    expect(forward).toContainEqual([[0], [0]]);
    expect(forward.some(([, b]) => b!.includes(1))).toBe(false);
    const swapped = compare(B, A).matches.map((m) => [m.a, m.b]);
    expect(swapped).toContainEqual([[0], [0]]);
    expect(swapped.some(([a]) => a!.includes(1))).toBe(false);
  });
});
