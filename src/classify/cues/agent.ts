import {
  isAdverb,
  partiesExclude,
  partyAfter,
  partyBefore,
  partyValue,
  sameParty,
  SUBJECT_GAP,
  type Party,
} from '../actors.js';
import { defineCue, type Finding } from '../cue.js';
import { slotMessages, slotsDiffer } from '../frame.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import { breaksClause, slice } from '../phrases.js';
import { negatedPositions } from './negation.js';

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

/** How many words before "by" the auxiliary of its passive may stand ("was put forward by"). */
const PASSIVE_REACH = 4;

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
  const message = slotsDiffer(
    'agent',
    { value: partyValue(a, x.agent), words: x.words },
    { value: partyValue(b, y.agent), words: y.words },
  );
  return { a: x.words, b: y.words, message };
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
  const agentPrepositions = lexicon.frame?.agentPrepositions ?? [];
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
