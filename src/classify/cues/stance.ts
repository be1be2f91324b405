import { exclusiveSlotCue } from '../frame.js';

/**
 * Fires when one side welcomed or supported what the other side condemned or opposed: the same
 * act of the same party, about the same thing ("welcomed the decision" / "condemned the decision").
 */
export const stanceCue = exclusiveSlotCue('stance', ['stance']);
