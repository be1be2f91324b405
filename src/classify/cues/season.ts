import { exclusiveSlotCue } from '../frame.js';

/**
 * Fires when the two sides set one occasion in different seasons ("a joint cabinet meeting is
 * planned for the autumn" / "will hold the joint cabinet meeting before the end of the summer"); a
 * side naming two seasons leaves either, and a season past is not one to come.
 */
export const seasonCue = exclusiveSlotCue('season', ['season']);
