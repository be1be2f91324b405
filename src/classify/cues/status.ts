import { exclusiveSlotCue } from '../frame.js';

/**
 * Fires when the two sides give the meeting or visit a different standing: bilateral / trilateral
 * talks, a formal / informal meeting, a state / working visit.
 */
export const statusCue = exclusiveSlotCue('status', ['format', 'formality', 'kind of visit']);
