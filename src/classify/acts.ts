import { asGiven, defineWords, keyOf } from './lexicon.js';
import { isPastForm } from './phrases.js';
import { capitalisedAt } from '../sentence/capitals.js';
import { memoPerSentence } from '../sentence/memo.js';
import type { SentenceModel } from '../sentence/model.js';

/**
 * The kinds of act by which the register reports what one party did about a matter: asking for
 * something, judging it, telling about it, writing it. Two accounts of one act may word it in
 * many ways within a kind ("praised" / "commended"), not across kinds.
 */
export const actWords = defineWords(
  {
    /** By kind, the verbs of that kind of act ("request": "asked", "sought", "urged"). */
    actKinds: asGiven<Readonly<Record<string, readonly string[]>>>(),
  },
  ({ actKinds }, _given, { keys }) => {
    const kindOfAct = new Map<string, string>();
    for (const [kind, verbs] of Object.entries(actKinds ?? {}))
      for (const verb of verbs) for (const key of keys(verb)) kindOfAct.set(key, kind);
    return { kindOfAct };
  },
);

/**
 * The kinds of act a sentence reports, with the keys of the verbs that report them, and how many
 * verbs in the past it holds.
 */
const actsOf = memoPerSentence((side: SentenceModel): Acts => {
  const kinds: string[] = [];
  const keys: string[] = [];
  let deeds = 0;
  for (const [k, token] of side.tokens.entries()) {
    // A name is no deed, whatever its ending ("Mohammed").
    if (token.term !== null && !capitalisedAt(side, k) && isPastForm(side, token.word)) deeds++;
    const key = keyOf(token);
    const kind = side.lexicon.kindOfAct.get(key);
    if (kind === undefined) continue;
    keys.push(key);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return { kinds, keys, deeds };
});

interface Acts {
  kinds: string[];
  keys: string[];
  deeds: number;
}

/**
 * Whether two sentences report two kinds of act, one each: "Prabowo praised Japan's support for
 * the programme" / "asked Japan to support the programme", "The plan was drafted by Qatar" /
 * "criticised by Israel". Both can be true, and neither states the other's claim, however much
 * else they share. A sentence of several kinds of act ("welcomed the plan and asked for more") or
 * an act word the other shares, or a sentence that tells another deed in the past, says nothing of this.
 */
export function differentActs(a: SentenceModel, b: SentenceModel): boolean {
  const [x, y] = [actsOf(a), actsOf(b)];
  if (x.kinds.length !== 1 || y.kinds.length !== 1 || x.kinds[0] === y.kinds[0]) return false;
  // A sentence that tells other deeds too may tell the other's act in words of no kind ("explained
  // the reform, and Lula expressed understanding" / "Lula expressed concern and asked ...").
  if (x.deeds > 1 || y.deeds > 1) return false;
  return !x.keys.some((key) => y.keys.includes(key));
}
