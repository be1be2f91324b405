import { exclusiveSlotCue } from '../frame.js';

/** Fires when the two sides put the same act on different days of the week ("on Friday" / "on Sunday"). */
export const weekdayCue = exclusiveSlotCue('weekday', ['weekday']);
