import { defineCue } from '../cue.js';
import type { SentenceModel } from '../../sentence/model.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import { negatedPositions } from './negation.js';
import {
  placesExclude,
  placesMet,
  plannedVenues,
  sameTime,
  slotConflict,
  slotMessages,
  speaksOfFuture,
  venues,
  type Venue,
} from '../frame.js';

/**
 * Fires when the two sides say it happened in places that exclude one another ("held in Geneva" /
 * "held in Vienna"); a city unknown to the data may lie in the country the other side names. A
 * sentence that names the other side's place too speaks of both places ("met in Ottawa, before
 * both leaders travel to Kananaskis" / "welcomed him to Ottawa, ahead of the summit in
 * Kananaskis"), so the differing one may be another event's: no conflict. Two plans of one
 * meeting conflict the same way ("agreed to convene the commission in Ipiales" / "agreed that the
 * commission will meet in Quito"); a plan does not conflict with what took place.
 */
export const venueCue = defineCue({
  name: 'venue',
  messages: slotMessages,
  detect: (a, b) => {
    const excludes = (x: Venue, y: Venue) =>
      placesExclude(x, y) && !namesPlace(a, y) && !namesPlace(b, x);
    const held = sameTime(a, b) ? slotConflict('venue', venues(a), venues(b), excludes) : null;
    return held ?? slotConflict('planned venue', plannedVenues(a), plannedVenues(b), excludes);
  },
  pull: {
    // Two sentences that say where the leaders met are about the contact, however few words they
    // share ("held at the Dolmabahçe Palace" / "met at the Ottoman-era palace on the Bosphorus").
    // A meeting to come is another occasion ("the next round will be held in Samarkand"), and a
    // sentence that denies something speaks of what did not happen ("did not come to Antalya to").
    says: (side) =>
      placesMet(side).length > 0 && !speaksOfFuture(side) && negatedPositions(side).size === 0,
    // A readout says once where the leaders met; of several places, nothing says which one that is.
    saidOnce: true,
    inPassing: true,
  },
});

/**
 * Whether the sentence names a word of the place, capitalised ("Kananaskis" for "in Kananaskis,
 * Alberta"), as a place's words overlap when they do not exclude one another.
 */
function namesPlace(side: SentenceModel, place: Venue): boolean {
  const words = new Set(place.value.split(' '));
  return side.tokens.some((token, k) => words.has(token.word) && capitalisedAt(side, k));
}
