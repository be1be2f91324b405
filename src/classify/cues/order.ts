import { exclusiveSlotCue } from '../frame.js';

/** Fires when one side puts an act before what the other side puts it after ("after the talks" / "before the talks"). */
export const orderCue = exclusiveSlotCue('order', ['order']);
