import type { Reason } from '../../report/types.js';
import { ACTORS } from '../../vectorize/data/countries.js';
import { ACTOR_FILLERS, CONTACT_NOUNS, CONTACT_VERBS, INITIATIVE_BEFORE_ACTOR, INITIATIVE_NOUNS, INITIATIVE_VERBS } from '../data/en.js';
import { breaksClause, findPhrase, phraseWords, slice, type Side } from '../side.js';

interface Initiator {
  /** The country the actor stands for ('russia' for "Moscow" or "the Russian side"). */
  actor: string;
  words: string;
}

const beforeActor = INITIATIVE_BEFORE_ACTOR.map(phraseWords);
const verbs = INITIATIVE_VERBS.map(phraseWords);
const contactVerbs = CONTACT_VERBS.map(phraseWords);
/** How many words before a verb its subject may stand ("the Indian Director General (DGMO) reached out"). */
const SUBJECT_REACH = 10;
const nouns = new Set(INITIATIVE_NOUNS);
const contacts = new Set(CONTACT_NOUNS);
const fillers = new Set(ACTOR_FILLERS);
const ROLE_NOUNS = new Set(['side', 'party', 'government', 'authorities', 'delegation', 'leadership', 'president', 'minister']);
/** Alias word sequences, longest first, each with its country. */
const aliases = Object.entries(ACTORS)
  .flatMap(([country, names]) => [country, ...names].map((name) => ({ words: phraseWords(name), country })))
  .sort((p, q) => q.words.length - p.words.length);

/** Fires when the two sides name different parties as the one who asked for the call or meeting. */
export function initiatorCue(a: Side, b: Side): Reason | null {
  const ia = initiator(a);
  const ib = initiator(b);
  if (!ia || !ib || ia.actor === ib.actor) return null;
  return { cue: 'initiator', a: ia.words, b: ib.words, explanation: 'the two sides name different parties as the one who initiated it' };
}

/** Whether a sentence says who asked for the call or meeting; such sentences are about the same thing. */
export function namesInitiator(side: Side): boolean {
  return initiator(side) !== null;
}

function initiator(side: Side): Initiator | null {
  const { tokens } = side;
  for (const phrase of beforeActor) {
    for (const at of findPhrase(side, phrase)) {
      const actor = adjacentActor(side, at + phrase.length, 1);
      if (actor) return { actor: actor.country, words: slice(side, at, withRoleNoun(side, actor.end)) };
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    // "Moscow's request", "the Russian side's initiative"
    if (nouns.has(tokens[i]!.word) && tokens[i - 1]!.word.endsWith("'s")) {
      const actor = adjacentActor(side, i - 1, -1);
      if (actor) return { actor: actor.country, words: slice(side, actor.start, i) };
    }
  }
  for (const verb of [...verbs, ...contactVerbs]) {
    const needsContact = verbs.includes(verb);
    for (const at of findPhrase(side, verb)) {
      const contactFollows = tokens.slice(at + verb.length, at + verb.length + 3).some((t) => contacts.has(t.word));
      const actor = needsContact && !contactFollows ? null : subjectBefore(side, at);
      if (actor) return { actor: actor.country, words: slice(side, actor.start, at + verb.length - 1) };
    }
  }
  return null;
}

/** Extends an actor over the noun that follows its adjective ("the Russian" + "side"). */
function withRoleNoun(side: Side, end: number): number {
  const next = side.tokens[end + 1];
  return next && ROLE_NOUNS.has(next.word) && !breaksClause(side, end) ? end + 1 : end;
}

/** The nearest country named before a verb, within its clause (parentheses do not end it). */
function subjectBefore(side: Side, verbAt: number): { country: string; start: number; end: number } | null {
  for (let k = verbAt - 1; k >= 0 && k >= verbAt - SUBJECT_REACH; k--) {
    const match = aliasAt(side, k, -1);
    if (match) return match;
    if (k > 0 && /[,;:.!?]/.test(side.text.slice(side.tokens[k - 1]!.end, side.tokens[k]!.start))) return null;
  }
  return null;
}

/**
 * The country named next to position `from`, reading forwards (direction 1) or backwards (-1)
 * over filler words ("the", "side", "president") within the clause, at most four words away.
 */
function adjacentActor(side: Side, from: number, direction: 1 | -1): { country: string; start: number; end: number } | null {
  const { tokens } = side;
  for (let k = from, steps = 0; k >= 0 && k < tokens.length && steps < 4; k += direction, steps++) {
    const match = aliasAt(side, k, direction);
    if (match) return match;
    const word = tokens[k]!.word.replace(/'s$/, '');
    if (!fillers.has(word)) return null;
    if (direction === 1 ? breaksClause(side, k) : k > 0 && breaksClause(side, k - 1)) return null;
  }
  return null;
}

function aliasAt(side: Side, k: number, direction: 1 | -1): { country: string; start: number; end: number } | null {
  const words = side.tokens.map((t) => t.word.replace(/'s$/, ''));
  for (const alias of aliases) {
    const start = direction === 1 ? k : k - alias.words.length + 1;
    if (start < 0 || start + alias.words.length > words.length) continue;
    if (alias.words.every((w, n) => words[start + n] === w)) return { country: alias.country, start, end: start + alias.words.length - 1 };
  }
  return null;
}
