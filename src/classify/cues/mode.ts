import { exclusiveSlotCue, exclusiveSlots } from '../frame.js';

/**
 * Fires when the two sides say the leaders met or spoke in ways that exclude one another ("met in
 * person" / "spoke by video link", "by telephone" / "held a video call").
 */
export const modeCue = exclusiveSlotCue('mode', ['mode'], {
  // Two sentences that say how the leaders met are about the contact, however few words they share.
  says: (side) => exclusiveSlots(side).has('mode'),
  topicWordsNeeded: (_a, _b, finding) => (finding === null ? undefined : 0),
});
