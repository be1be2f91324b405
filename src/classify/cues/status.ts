import { exclusiveSlotCue, exclusiveSlots } from '../frame.js';

const STANDING = ['format', 'formality', 'kind of visit'];

/**
 * Fires when the two sides give the meeting or visit a different standing: bilateral / trilateral
 * talks, a formal / informal meeting, a state / working visit.
 */
export const statusCue = exclusiveSlotCue('status', STANDING, {
  // Two sentences that give the meeting a standing are about the meeting, however few words they share.
  says: (side) => STANDING.some((slot) => exclusiveSlots(side).has(slot)),
  topicWordsNeeded: (_a, _b, finding) => (finding === null ? undefined : 0),
});
