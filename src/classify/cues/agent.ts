import { aliasAt } from '../actors.js';
import { defineCue, type Finding } from '../cue.js';
import { slotMessages, slotsDiffer } from '../frame.js';
import { keyOf } from '../lexicon.js';
import { memoPerSentence, type SentenceModel } from '../../sentence/model.js';
import { breaksClause, slice } from '../phrases.js';
import { negatedPositions } from './negation.js';

/** Who did an act: the countries the words stand for, or else its names and nouns. */
interface Party {
  /** Countries compare with countries; names and nouns with names and nouns. */
  kind: 'country' | 'named';
  /** What the party resolves to, one by one ("armenia"; "rebel", "units"). */
  members: string[];
  start: number;
  end: number;
}

/** An act a sentence reports with who did it: "violated by Armenia", "Azerbaijan violated". */
interface Act {
  /** The verb's term and position. */
  verb: string;
  at: number;
  agent: Party;
  /** The content terms of what was acted on: the subject of a passive, the clause after an active verb. */
  patient: Set<string>;
  /** What was acted on, when it is a party itself ("Putin called Macron"). */
  object: Party | null;
  /** The words that name the agent with the act, as the reason quotes them. */
  words: string;
}

/** The most words a party may take ("the two foreign ministers of Armenia"). */
const PARTY_WORDS = 6;
/** How many words before "by" the auxiliary of its passive may stand ("was put forward by"). */
const PASSIVE_REACH = 4;
/** How many function words may stand between a subject and its verb ("Moscow has put forward"). */
const SUBJECT_GAP = 2;

/**
 * Fires when the two sides name different parties as the one who did the same act to the same
 * thing: the agent of a passive against the subject of the active ("violated by Armenia" /
 * "Azerbaijan violated"), or two passives ("by Beijing" / "by Moscow"). Two active sentences
 * conflict only when they swap the roles and agree on everything else ("Putin called Macron" /
 * "Macron called Putin"); otherwise two parties may well each have done it.
 */
export const agentCue = defineCue({
  name: 'agent',
  messages: slotMessages,
  detect: (a, b) => passiveAgainst(a, b, 'a') ?? passiveAgainst(b, a, 'b') ?? swappedRoles(a, b),
});

function passiveAgainst(
  passive: SentenceModel,
  other: SentenceModel,
  passiveSide: 'a' | 'b',
): Finding | null {
  for (const act of passiveActs(passive)) {
    const counterpart = [...passiveActs(other), ...activeActs(other)].find(
      (o) => o.verb === act.verb && [...o.patient].some((term) => act.patient.has(term)),
    );
    if (!counterpart || !partiesExclude(act.agent, counterpart.agent)) continue;
    return passiveSide === 'a'
      ? finding(passive, act, other, counterpart)
      : finding(other, counterpart, passive, act);
  }
  return null;
}

function swappedRoles(a: SentenceModel, b: SentenceModel): Finding | null {
  for (const x of activeActs(a)) {
    for (const y of activeActs(b)) {
      if (x.verb !== y.verb || !x.object || !y.object) continue;
      const swapped =
        partiesExclude(x.agent, y.agent) &&
        sameParty(x.agent, y.object) &&
        sameParty(y.agent, x.object);
      if (swapped && sameRest(a, x, b, y)) return finding(a, x, b, y);
    }
  }
  return null;
}

function finding(a: SentenceModel, x: Act, b: SentenceModel, y: Act): Finding {
  const value = (side: SentenceModel, party: Party) =>
    party.kind === 'country' ? party.members.join(' and ') : slice(side, party.start, party.end);
  const explanation = slotsDiffer(
    'agent',
    { value: value(a, x.agent), words: x.words },
    { value: value(b, y.agent), words: y.words },
  );
  return { a: x.words, b: y.words, explanation };
}

/** Two parties of one kind that share no member: a country is not its neighbour, a rebel no soldier. */
function partiesExclude(x: Party, y: Party): boolean {
  return x.kind === y.kind && !x.members.some((m) => y.members.includes(m));
}

function sameParty(x: Party, y: Party): boolean {
  return x.kind === y.kind && x.members.some((m) => y.members.includes(m));
}

/** Whether, apart from the two parties and the verb, the sentences say the same words. */
function sameRest(a: SentenceModel, x: Act, b: SentenceModel, y: Act): boolean {
  const rest = (side: SentenceModel, act: Act) => {
    const inParty = (k: number, p: Party | null) => p !== null && k >= p.start && k <= p.end;
    return new Set(
      side.tokens.flatMap((t, k) =>
        t.term === null || k === act.at || inParty(k, act.agent) || inParty(k, act.object)
          ? []
          : [t.term],
      ),
    );
  };
  const [ra, rb] = [rest(a, x), rest(b, y)];
  return ra.size === rb.size && [...ra].every((term) => rb.has(term));
}

/** The acts a side reports in the passive with "by" and its agent ("was put forward by Beijing"). */
const passiveActs = memoPerSentence((side: SentenceModel): Act[] => {
  const { tokens, lexicon } = side;
  const agentPrepositions = lexicon.data.frame?.agentPrepositions ?? [];
  const negated = negatedPositions(side);
  const acts: Act[] = [];
  tokens.forEach((token, by) => {
    if (!agentPrepositions.includes(token.word)) return;
    const agent = partyAfter(side, by + 1);
    if (!agent) return;
    let aux = -1;
    for (let j = by - 1; j >= 0 && j >= by - PASSIVE_REACH && !breaksClause(side, j); j--) {
      if (lexicon.passiveAuxiliaries.has(tokens[j]!.word)) {
        aux = j;
        break;
      }
    }
    if (aux === -1) return;
    let at = aux + 1;
    while (at < by && (tokens[at]!.term === null || isAdverb(side, at))) at++;
    if (at >= by || negated.has(at)) return;
    const patient = new Set<string>();
    for (let k = aux - 1; k >= 0 && !breaksClause(side, k); k--)
      if (tokens[k]!.term !== null) patient.add(tokens[k]!.term!);
    acts.push({
      verb: tokens[at]!.term!,
      at,
      agent,
      patient,
      object: null,
      words: slice(side, at, agent.end),
    });
  });
  return acts;
});

/** The acts a side reports in the active with a subject that names who did them ("Moscow put forward"). */
const activeActs = memoPerSentence((side: SentenceModel): Act[] => {
  const { tokens, lexicon } = side;
  const negated = negatedPositions(side);
  const acts: Act[] = [];
  tokens.forEach((token, at) => {
    if (token.term === null || negated.has(at) || isAdverb(side, at)) return;
    // A word after a form of "be" is a passive or a description, not an act of the word before.
    const before = tokens.slice(Math.max(0, at - SUBJECT_GAP), at);
    if (before.some((t) => lexicon.passiveAuxiliaries.has(t.word))) return;
    const agent = partyBefore(side, at - 1);
    if (!agent || agent.end === at) return;
    const patient = new Set<string>();
    for (let k = at + 1; k < tokens.length && !breaksClause(side, k - 1); k++)
      if (tokens[k]!.term !== null) patient.add(tokens[k]!.term!);
    acts.push({
      verb: token.term,
      at,
      agent,
      patient,
      object: at + 1 < tokens.length && !breaksClause(side, at) ? partyAfter(side, at + 1) : null,
      words: slice(side, agent.start, at),
    });
  });
  return acts;
});

/** Whether token k may be part of a party's words: a content word, an article, a number, "and". */
function inParty(side: SentenceModel, k: number): boolean {
  const token = side.tokens[k]!;
  const { lexicon } = side;
  return (
    (token.term !== null && !isAdverb(side, k)) ||
    lexicon.determiners.has(token.word) ||
    lexicon.numberWords.has(token.word) ||
    lexicon.partyJoiners.has(token.word)
  );
}

/** The party named from token `from` on, within its clause. */
function partyAfter(side: SentenceModel, from: number): Party | null {
  let end = from - 1;
  for (
    let k = from;
    k < side.tokens.length && k < from + PARTY_WORDS && (k === from || !breaksClause(side, k - 1));
    k++
  ) {
    if (!inParty(side, k)) break;
    end = k;
  }
  return end < from ? null : party(side, from, end);
}

/** The party that ends at token `to` or a word or two before it (past "has", "also"), within its clause. */
function partyBefore(side: SentenceModel, to: number): Party | null {
  const { tokens } = side;
  let end = to;
  while (end >= 0 && to - end < SUBJECT_GAP && !inParty(side, end) && !breaksClause(side, end))
    end--;
  if (end < 0 || breaksClause(side, end) || !inParty(side, end)) return null;
  let start = end;
  while (
    start - 1 >= 0 &&
    end - start + 1 < PARTY_WORDS &&
    !breaksClause(side, start - 1) &&
    inParty(side, start - 1)
  )
    start--;
  return tokens[end]!.term === null ? null : party(side, start, end);
}

/**
 * What the words from `start` to `end` name: the countries among them, or else their names and
 * nouns other than persons' roles and the words for any party ("the two ministers" names no one
 * in particular, and compares with nothing).
 */
function party(side: SentenceModel, start: number, end: number): Party | null {
  const { tokens, lexicon } = side;
  const countries = new Set<string>();
  for (let k = start; k <= end; k++) {
    const actor = aliasAt(side, k, 1);
    if (actor && actor.end <= end) {
      countries.add(actor.country);
      k = actor.end;
    }
  }
  if (countries.size > 0) return { kind: 'country', members: [...countries].sort(), start, end };
  const members = tokens
    .slice(start, end + 1)
    .filter(
      (t) =>
        t.term !== null &&
        !lexicon.numberWords.has(t.word) &&
        !lexicon.participantNouns.has(keyOf(t)) &&
        !lexicon.personRoleKeys.has(keyOf(t)),
    )
    .map((t) => t.term!);
  return members.length === 0 ? null : { kind: 'named', members, start, end };
}

function isAdverb(side: SentenceModel, i: number): boolean {
  const word = side.tokens[i]!.word;
  return side.lexicon.lang === 'en' && word.length > 4 && word.endsWith('ly');
}
