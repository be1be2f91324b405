import { eventSlotMask, MAX_EVENT_SLOTS } from '../classify/event-slots.js';
import { CUES } from '../classify/index.js';
import { keyOf } from '../classify/lexicon.js';
import { quantities } from '../classify/quantities.js';
import type { Part } from '../segment/parts.js';
import type { DocumentModel } from '../sentence/document.js';
import { memoPerSentence } from '../sentence/memo.js';
import type { SentenceModel } from '../sentence/model.js';
import { countSteps } from '../work.js';

/**
 * The slots of a readout's event that a sentence can be seen to speak of: who asked for the call,
 * how long it lasted, how the leaders met, the standing of the visit, how the talks went (each cue
 * that pulls sentences together tells), when it was and what it was (the dateline, the headline
 * naming the contact), and the slots the language's data names (the closing formula, the thanks,
 * the welcome ceremony: classify/event-slots.ts). Two accounts of one slot are about the same
 * thing however differently they word it, so they are candidate pairs whatever their similarity,
 * and the pair score learns how much sharing a slot says.
 */
const SLOTS: readonly Slot[] = [
  ...CUES.flatMap(({ name, pull }) =>
    pull?.says === undefined
      ? []
      : [
          {
            says: pull.says,
            compared: { cue: name, sameSlot: pull.sameSlot },
            ...(pull.saidOnce && { maxPairs: 1 }),
            ...(pull.inPassing && { inPassing: true }),
          },
        ],
  ),
  ...CUES.flatMap(({ name, pull }) =>
    (pull?.slots ?? []).map((says) => ({ says, compared: { cue: name } })),
  ),
  // The dateline and the headline: the body gives dates and names the contact all through.
  { says: (side) => givesDate(side), only: 'front' },
  { says: (side) => namesTheContact(side), only: 'front' },
  // The slots the language's data names (the closing formula, the thanks...), a bit each.
  ...Array.from({ length: MAX_EVENT_SLOTS }, (_, k) => ({
    says: (side: SentenceModel) => (eventSlotMask(side) & (1 << k)) !== 0,
  })),
];

// Each sentence keeps its slots as the bits of one 32-bit mask (`1 << k`).
if (SLOTS.length > 32) throw new Error(`${SLOTS.length} slots do not fit a 32-bit mask`);

interface Slot {
  says: (side: SentenceModel) => boolean;
  /** The part of a document in which the slot is told apart, when it is told apart in one only. */
  only?: Part;
  /** The most pairs it may contribute in one part, when fewer than MAX_PAIRS_PER_SLOT. */
  maxPairs?: number;
  /** The cue that compares the slot's values, and whether two sentences that say it speak of one slot. */
  compared?: { cue: string; sameSlot?: (a: SentenceModel, b: SentenceModel) => boolean };
  /** Whether sentences name it in passing: no sentence is then alone to carry it (CuePull.inPassing). */
  inPassing?: boolean;
}

/**
 * The most pairs one slot may contribute in one part of the documents: a readout speaks of a slot
 * in a sentence or two; a slot that many sentences carry (the contact, named all through the
 * prose) says nothing about which of them belong together.
 */
const MAX_PAIRS_PER_SLOT = 4;

/** For each sentence of each document, a bit per slot it carries. */
export interface SlotMap {
  a: Uint32Array;
  b: Uint32Array;
  /** By sentence, the slots no other sentence in its part of either document carries. */
  soleA: Uint32Array;
  soleB: Uint32Array;
}

/** No slots: what a comparison without documents (a bare vector space) knows. */
export const NO_SLOTS: SlotMap = {
  a: new Uint32Array(0),
  b: new Uint32Array(0),
  soleA: new Uint32Array(0),
  soleB: new Uint32Array(0),
};

export function slotMap(x: DocumentModel, y: DocumentModel): SlotMap {
  const a = carried(x);
  const b = carried(y);
  const soleA = new Uint32Array(a.length);
  const soleB = new Uint32Array(b.length);
  forEachSlotGroup(x, y, a, b, (k, inA, inB) => {
    if (inA.length !== 1 || inB.length !== 1 || SLOTS[k]!.inPassing) return;
    soleA[inA[0]!]! |= 1 << k;
    soleB[inB[0]!]! |= 1 << k;
  });
  return { a, b, soleA, soleB };
}

function carried(doc: DocumentModel): Uint32Array {
  countSteps(doc.models.length * SLOTS.length);
  return Uint32Array.from(doc.models, (model, i) =>
    SLOTS.reduce(
      (mask, { says, only }, k) =>
        (only === undefined || doc.parts[i] === only) && says(model) ? mask | (1 << k) : mask,
      0,
    ),
  );
}

/** For each slot and part of the documents, the sentences of each side in that part that carry it. */
function forEachSlotGroup(
  x: DocumentModel,
  y: DocumentModel,
  a: Uint32Array,
  b: Uint32Array,
  visit: (slot: number, inA: number[], inB: number[]) => void,
): void {
  const groups = new Map<string, { inA: number[]; inB: number[] }>();
  const gather = (masks: Uint32Array, doc: DocumentModel, side: 'inA' | 'inB') =>
    masks.forEach((mask, i) => {
      for (let k = 0; k < SLOTS.length; k++) {
        if ((mask & (1 << k)) === 0) continue;
        const key = `${k}:${doc.parts[i]}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { inA: [], inB: [] }));
        group[side].push(i);
      }
    });
  gather(a, x, 'inA');
  gather(b, y, 'inB');
  // In a fixed order (slot, then part), so that the pairs do not depend on the documents' order.
  for (const key of [...groups.keys()].sort()) {
    const { inA, inB } = groups.get(key)!;
    visit(Number(key.split(':')[0]), inA, inB);
  }
}

/**
 * Every pair of sentences, one of each document and in the same part of it, that carry the same
 * slot, for slots carried by few enough sentences to leave the pairing in little doubt. Ordered by
 * A index, then B index.
 */
export function slotPairs(
  x: DocumentModel,
  y: DocumentModel,
  slots: SlotMap,
): { a: number; b: number }[] {
  const seen = new Set<number>();
  const pairs: { a: number; b: number }[] = [];
  forEachSlotGroup(x, y, slots.a, slots.b, (k, inA, inB) => {
    if (inA.length * inB.length > (SLOTS[k]!.maxPairs ?? MAX_PAIRS_PER_SLOT)) return;
    for (const a of inA)
      for (const b of inB) {
        const key = a * slots.b.length + b;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ a, b });
      }
  });
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** How many slots two sentences both carry, and whether one of them each is alone to carry in its part. */
export function sharedSlots(
  slots: SlotMap,
  a: number,
  b: number,
): { count: number; sole: boolean } {
  const both = (slots.a[a] ?? 0) & (slots.b[b] ?? 0);
  let count = 0;
  for (let mask = both; mask !== 0; mask &= mask - 1) count++;
  return { count, sole: (both & (slots.soleA[a] ?? 0) & (slots.soleB[b] ?? 0)) !== 0 };
}

/** Whether a sentence names the contact itself: a meeting, talks, a call, a visit. */
export const namesTheContact = memoPerSentence((side: SentenceModel): boolean =>
  side.tokens.some((token) => side.lexicon.contactNouns.has(keyOf(token))),
);

/** A date written in figures only, year first or last: "2023-01-04", "07.12.2023". */
const NUMERIC_DATE = /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})\b/u;

/** Whether a sentence gives a day of the year ("10 September 2023", "2023-09-10"). */
function givesDate(side: SentenceModel): boolean {
  return NUMERIC_DATE.test(side.text) || quantities(side).some((q) => q.key === 'date');
}

/**
 * Whether two sentences that are each the only one in their part to speak of a slot give values of
 * it that cannot both be true: the cue that compares that slot's values is among those that fire on
 * them (`firing`), and the two speak of one slot ("met for approximately 90 minutes" / "met for
 * more than two hours"; not "spoke for an hour" / "a visit of two days").
 */
export function conflictOnSoleSlot(
  slots: SlotMap,
  a: number,
  b: number,
  sides: { a: SentenceModel; b: SentenceModel },
  firing: ReadonlySet<string>,
): boolean {
  const sole =
    (slots.a[a] ?? 0) & (slots.b[b] ?? 0) & (slots.soleA[a] ?? 0) & (slots.soleB[b] ?? 0);
  return SLOTS.some(
    ({ compared }, k) =>
      (sole & (1 << k)) !== 0 &&
      compared !== undefined &&
      firing.has(compared.cue) &&
      (compared.sameSlot?.(sides.a, sides.b) ?? true),
  );
}
