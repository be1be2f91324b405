import { accountsCue } from './accounts.js';
import { agentCue } from './agent.js';
import { antonymCue } from './antonym.js';
import { decisionCue } from './decision.js';
import { firstCue } from './first.js';
import { initiatorCue } from './initiator.js';
import { mealCue } from './meal.js';
import { modeCue } from './mode.js';
import { negationCue } from './negation.js';
import { numberCue } from './number.js';
import { orderCue } from './order.js';
import { quantifierCue } from './quantifier.js';
import { rejectionCue } from './rejection.js';
import { seasonCue } from './season.js';
import { stanceCue } from './stance.js';
import { statusCue } from './status.js';
import { timeOfDayCue } from './time-of-day.js';
import { venueCue } from './venue.js';
import { weekdayCue } from './weekday.js';

/**
 * Every contradiction cue, most specific first; each reports at most one reason. A new cue is its
 * module plus one line here: the report's `Cue` type and the schema's enum follow from this list.
 */
export const CUES = [
  initiatorCue,
  agentCue,
  modeCue,
  statusCue,
  venueCue,
  weekdayCue,
  timeOfDayCue,
  mealCue,
  seasonCue,
  orderCue,
  stanceCue,
  quantifierCue,
  numberCue,
  rejectionCue,
  accountsCue,
  decisionCue,
  firstCue,
  antonymCue,
  negationCue,
] as const;

/** The name of a cue, as a reason in the report gives it. */
export type CueName = (typeof CUES)[number]['name'];
