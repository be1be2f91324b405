// Deterministic generator of long readout-like document pairs with a known alignment.
//
// Document A is a sequence of sentences built from templates of the official-readout register.
// Document B keeps most of them, reworded (synonyms, dropped qualifiers, added fillers), a few
// negated or with a changed number, moves some a few places, and adds sentences of its own.
// The truth is every (i, j): sentence i of A became sentence j of B.
import {
  COMMODITIES,
  CODAS,
  COUNTRIES,
  DOCUMENTS,
  FACILITIES,
  FILLERS,
  MONTHS,
  OFFICES,
  ONSETS,
  QUALIFIERS,
  TOPICS,
  VERBS,
  VOWELS,
} from './vocabulary.mjs';

/** Shares of sentences changed on the way from A to B. */
const RATES = {
  /** Sentences of A with no counterpart in B (B gets as many sentences of its own). */
  dropped: 0.08,
  /** Chance that any one rewordable part is reworded. */
  reword: 0.6,
  /** Chance that an optional qualifier is left out of B. */
  dropQualifier: 0.3,
  /** Chance that a filler ("also", "once again") is added before the verb. */
  addFiller: 0.25,
  negated: 0.05,
  numberChanged: 0.05,
  /** Chance that a sentence of B trades places with one up to three places on. */
  moved: 0.1,
};

/** mulberry32: a small, fast 32-bit PRNG; the same seed always gives the same sequence. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A pair of documents of `sentences` sentences each.
 * Returns { a, b } (texts), { sentencesA, sentencesB } and `truth`: [i, j] pairs, ascending in i.
 */
export function generatePair({ sentences, seed = 1 }) {
  const random = createRandom(seed);
  const draw = drawing(random, sentences);
  const plansA = Array.from({ length: sentences }, () => planSentence(draw));

  const itemsB = [];
  plansA.forEach((plan, i) => {
    if (random() >= RATES.dropped) itemsB.push({ from: i, text: reword(plan, draw) });
  });
  // B's own sentences, each at a random place, until B is as long as A.
  while (itemsB.length < sentences) {
    const at = Math.floor(random() * (itemsB.length + 1));
    itemsB.splice(at, 0, { from: -1, text: render(planSentence(draw)) });
  }
  moveLocally(random, itemsB);

  const sentencesA = plansA.map(render);
  const sentencesB = itemsB.map((item) => item.text);
  const truth = itemsB
    .flatMap((item, j) => (item.from < 0 ? [] : [[item.from, j]]))
    .sort((p, q) => p[0] - q[0]);
  return {
    a: toDocument(random, sentencesA),
    b: toDocument(random, sentencesB),
    sentencesA,
    sentencesB,
    truth,
  };
}

/** Swaps a few items with one up to three places on, so order differs only locally. */
function moveLocally(random, items) {
  for (let i = 0; i + 1 < items.length; i++) {
    if (random() >= RATES.moved) continue;
    const j = Math.min(items.length - 1, i + 1 + Math.floor(random() * 3));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** Sentences grouped into paragraphs of one to five. */
function toDocument(random, sentences) {
  const paragraphs = [];
  for (let i = 0; i < sentences.length;) {
    const size = 1 + Math.floor(random() * 5);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** Random choices over the vocabulary, plus a pool of invented names drawn with a long tail. */
function drawing(random, sentences) {
  const pick = (list) => pickFrom(random, list);
  const integer = (low, high) => low + Math.floor(random() * (high - low + 1));
  const names = inventNames(random, Math.max(200, 2 * sentences));
  return {
    random,
    pick,
    integer,
    // Squaring skews towards the front of the pool: a few names recur often, most are rare.
    name: () => names[Math.floor(random() * random() * names.length)],
    country: () => pick(COUNTRIES),
  };
}

function pickFrom(random, list) {
  return list[Math.floor(random() * list.length)];
}

function inventNames(random, count) {
  const names = new Set();
  while (names.size < count) {
    const syllables = 2 + Math.floor(random() * 2);
    let name = '';
    for (let s = 0; s < syllables; s++) {
      name +=
        pickFrom(random, ONSETS) +
        pickFrom(random, VOWELS) +
        (s === syllables - 1 ? pickFrom(random, CODAS) : '');
    }
    names.add(name[0].toUpperCase() + name.slice(1));
  }
  return [...names];
}

// A sentence plan is a list of parts: fixed text, rewordable text (alts), an optional qualifier,
// a verb that can be negated, or a number that can be changed.
const fixed = (text) => ({ text });
const choice = (text, alts) => ({ text, alts });
const verb = (entry) => ({ text: entry.text, alts: entry.alts, negated: entry.negated });
const number = (value, format, vary) => ({ value, format, vary });

function actor(draw) {
  const [country, adjective] = draw.country();
  const [withAdjective, withOf] = draw.pick(OFFICES);
  const fill = (form) => `the ${form.replace('{adj}', adjective).replace('{country}', country)}`;
  return draw.random() < 0.5
    ? choice(fill(withAdjective), [fill(withOf)])
    : choice(fill(withOf), [fill(withAdjective)]);
}

function qualifier(draw) {
  const [text, ...alts] = draw.pick(QUALIFIERS);
  return { text, alts, optional: true };
}

const year = (draw) =>
  number(draw.integer(2024, 2040), String, (v) => v + 1 + Math.floor(draw.random() * 3));
const amount = (draw, unit, low, high) =>
  number(
    draw.integer(low, high),
    (v) => `${v} ${unit}`,
    (v) => v + draw.integer(1, Math.max(2, Math.floor(v / 3))),
  );

const TEMPLATES = [
  (d) => [
    actor(d),
    fixed('and'),
    actor(d),
    verb(VERBS.discussed),
    fixed(`cooperation in ${d.pick(TOPICS)} and the ${d.name()}`),
    fixed(d.pick(FACILITIES)),
    qualifier(d),
  ],
  (d) => [
    fixed('The sides'),
    verb(VERBS.signed),
    fixed(`the ${d.name()} ${d.pick(DOCUMENTS)} on ${d.pick(TOPICS)} worth`),
    amount(d, 'million dollars', 20, 900),
  ],
  (d) => [
    actor(d),
    fixed(`noted that trade between ${d.country()[0]} and ${d.name()} province`),
    verb(VERBS.grew),
    fixed('by'),
    amount(d, 'percent', 3, 60),
    fixed('in'),
    year(d),
  ],
  (d) => [
    actor(d),
    verb(VERBS.expressedConcern),
    fixed(`the situation in the ${d.name()} region and`),
    choice('called for restraint by all parties', ['urged all parties to show restraint']),
  ],
  (d) => [
    fixed('The ministers'),
    verb(VERBS.approved),
    fixed(`the launch of the ${d.name()} ${d.pick(FACILITIES)} with a capacity of`),
    amount(d, 'megawatts', 50, 4000),
    fixed('by'),
    year(d),
  ],
  (d) => [
    fixed(d.country()[0]),
    verb(VERBS.willSupply),
    amount(d, 'tonnes', 1000, 900000),
    fixed(`of ${d.pick(COMMODITIES)} to ${d.name()} under the ${d.name()} ${d.pick(DOCUMENTS)}`),
  ],
  (d) => [
    actor(d),
    verb(VERBS.invited),
    actor(d),
    fixed(`to visit ${d.name()} on`),
    number(
      d.integer(1, 28),
      (v) => `${v} ${MONTHS[v % 12]}`,
      (v) => (v % 28) + 1,
    ),
    qualifier(d),
  ],
  (d) => [
    fixed('The parties'),
    verb(VERBS.supported),
    fixed(
      `the ${d.name()} initiative on ${d.pick(TOPICS)} and the ${d.name()} ${d.pick(FACILITIES)}`,
    ),
    qualifier(d),
  ],
  (d) => [
    actor(d),
    choice('informed', ['briefed']),
    actor(d),
    fixed(`about preparations for the ${d.name()} summit in ${d.name()} in ${d.pick(MONTHS)}`),
    year(d),
  ],
  (d) => [
    fixed('The delegations'),
    verb(VERBS.signed),
    amount(d, 'documents', 3, 40),
    fixed(`on ${d.pick(TOPICS)} and ${d.pick(TOPICS)} in ${d.name()}`),
    qualifier(d),
  ],
  (d) => [
    fixed(d.country()[0]),
    verb(VERBS.offered),
    fixed('to host'),
    amount(d, 'students', 20, 2000),
    fixed(`from ${d.name()} at the ${d.name()} State University`),
  ],
  (d) => [
    fixed(`The ${d.name()} ${d.pick(FACILITIES)}`),
    verb(VERBS.willBeCommissioned),
    fixed('in'),
    year(d),
    fixed(', the'),
    { ...actor(d), article: false },
    fixed('said'),
  ],
  (d) => [
    actor(d),
    verb(VERBS.condemned),
    fixed(`the attack on the ${d.name()} ${d.pick(FACILITIES)}, which killed`),
    amount(d, 'people', 2, 90),
  ],
  (d) => [
    fixed('The sides'),
    verb(VERBS.agreedToHold),
    fixed(
      `the next meeting of the ${d.name()} intergovernmental commission in ${d.name()} in ${d.pick(MONTHS)}`,
    ),
    year(d),
  ],
  (d) => [
    actor(d),
    verb(VERBS.welcomed),
    fixed(`the progress of the ${d.name()} ${d.pick(DOCUMENTS)} and the`),
    amount(d, 'percent', 2, 80),
    fixed(`increase in investment in ${d.pick(TOPICS)}`),
  ],
];

/** A sentence of A: a template's parts, with about half of the optional qualifiers left in. */
function planSentence(draw) {
  const parts = draw.pick(TEMPLATES)(draw);
  return parts.filter((part) => !part.optional || draw.random() < 0.5);
}

/** B's version of a sentence of A. */
function reword(plan, draw) {
  const { random } = draw;
  const negate = random() < RATES.negated;
  const changeNumber = random() < RATES.numberChanged;
  let negated = false;
  let changed = false;
  const parts = [];
  for (const part of plan) {
    if (part.optional && random() < RATES.dropQualifier) continue;
    if (part.negated && negate && !negated) {
      parts.push({ ...part, text: part.negated, alts: undefined });
      negated = true;
    } else if (part.vary && changeNumber && !changed) {
      parts.push({ ...part, value: part.vary(part.value) });
      changed = true;
    } else if (part.alts?.length && random() < RATES.reword) {
      parts.push({ ...part, text: draw.pick(part.alts) });
    } else {
      parts.push(part);
    }
  }
  const verbAt = parts.findIndex((part) => part.negated !== undefined);
  if (verbAt > 0 && random() < RATES.addFiller) parts.splice(verbAt, 0, fixed(draw.pick(FILLERS)));
  return render(parts);
}

function render(parts) {
  const words = parts.map((part) => {
    const text = part.format ? part.format(part.value) : part.text;
    return part.article === false ? text.replace(/^the /, '') : text;
  });
  const sentence = words.join(' ').replace(/ ,/g, ',');
  return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}
