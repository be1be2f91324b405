import { describe, expect, it } from 'vitest';
import { eventSlotMask } from '../../src/classify/event-slots.js';
import { sentenceModel } from '../../src/sentence/model.js';
import { expectLinearWork } from '../helpers/growth.js';

// English gives the slots in this order: continued contact, thanks, talks in two formats, ceremony.
const mask = (text: string) => eventSlotMask(sentenceModel(text));

describe('eventSlotMask', () => {
  it('sets the bit of each slot whose every group holds a word of the sentence', () => {
    expect(mask('The sides agreed to stay in touch.')).toBe(0b0001);
    expect(mask('The President thanked the Emir for hosting the talks.')).toBe(0b0010);
    expect(mask('Talks in a restricted format were followed by talks with the delegations.')).toBe(
      0b0100,
    );
    expect(
      mask('He thanked the hosts for the ceremonial welcome and agreed to stay in touch.'),
    ).toBe(0b1011);
  });

  it('knows the two formats by the wider meeting as much as by the delegations', () => {
    expect(mask('The two governors spoke behind closed doors, then in an enlarged format.')).toBe(
      0b0100,
    );
    expect(mask('They talked in narrow and expanded formats.')).toBe(0b0100);
    expect(mask('The programme was expanded.')).toBe(0);
  });

  it('leaves a slot out when a group has no word, or only words under a negation', () => {
    expect(mask('The delegations met in Geneva.')).toBe(0);
    expect(mask('The minister did not thank the host.')).toBe(0);
  });

  it('reads a sentence in work linear in its length', () => {
    const sentence = (words: number) =>
      sentenceModel(`${Array.from({ length: words }, () => 'regular contact').join(' and ')}.`);
    expectLinearWork(sentence, (side) => expect(eventSlotMask(side)).toBe(0b0001));
  });
});
