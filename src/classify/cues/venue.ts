import { defineCue } from '../cue.js';
import { placesExclude, sameTime, slotConflict, slotMessages, venues } from '../frame.js';

/**
 * Fires when the two sides say it happened in places that exclude one another ("held in Geneva" /
 * "held in Vienna"); a city unknown to the data may lie in the country the other side names.
 */
export const venueCue = defineCue({
  name: 'venue',
  messages: slotMessages,
  detect: (a, b) =>
    sameTime(a, b) ? slotConflict('venue', venues(a), venues(b), placesExclude) : null,
});
