import { exclusiveSlotCue } from '../frame.js';

/**
 * Fires when the two sides say the leaders met over different meals of one occasion ("continued
 * over a working lunch" / "followed by a working dinner"); a side that names both leaves either.
 */
export const mealCue = exclusiveSlotCue('meal', ['meal']);
