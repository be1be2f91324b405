import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../src/index.js';

// Two accounts of one (invented) call, and a readout of another event: each closes with the
// register's formula about keeping in contact, in words of its own.
const HELSINKI = [
  'The Foreign Minister of Finland spoke by telephone with the Foreign Minister of Estonia.',
  'The ministers reviewed the preparations for the Baltic Sea fisheries conference in Tallinn.',
  'They discussed the protection of undersea cables in the Gulf of Finland.',
  'The ministers agreed to remain in touch.',
].join(' ');
const TALLINN = [
  'Estonian Foreign Minister held a telephone conversation with his Finnish counterpart.',
  'The two ministers went over the preparations for the fisheries conference in Tallinn.',
  'The protection of undersea cables across the Gulf of Finland was also discussed.',
  'The sides agreed to continue their contacts.',
].join(' ');
const LIMA = [
  'The President of Peru received the Prime Minister of Portugal at the Government Palace.',
  'They reviewed a programme of scholarships for engineering students.',
  'Portugal will open a consulate in Arequipa next spring.',
  'The leaders agreed to keep in contact.',
].join(' ');

const pairs = (report: Report) => report.matches.map((m) => [m.a, m.b]);

describe('closing formulas', () => {
  it('pair when the two documents report one event, though they share framing words only', () => {
    expect(pairs(compare(HELSINKI, TALLINN))).toContainEqual([[3], [3]]);
  });

  it('do not pair two readouts of unrelated events', () => {
    expect(compare(TALLINN, LIMA).matches).toEqual([]);
    expect(compare(LIMA, HELSINKI).matches).toEqual([]);
  });
});
