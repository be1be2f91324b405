import type { MultiReport } from '../multi/types.js';
import type { DocumentReport, Report } from '../report/types.js';
import { CorpusError, type GoldClaim, type GoldLink } from './manifest.js';

/** True and false positives and false negatives of one kind of verdict. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  /** Sentence pairs linked at all, whatever the relation. */
  links: Counts;
  shared: Counts;
  contradiction: Counts;
  /** Gold only-sentences, and how many of them the report left unmatched. */
  only: { total: number; kept: number };
}

export interface Metric {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores a report against gold links, pair by pair: a link between sentence groups counts as
 * every (a, b) sentence pair it joins. Ambiguous gold pairs are neither rewarded nor penalised.
 */
export function scoreReport(
  report: Report,
  gold: readonly GoldLink[],
  sources: { a: string; b: string },
  where: string,
): Scores {
  const resolved = resolveGold(report, gold, sources, where);
  const goldPairs = (relation: GoldLink['relation']) =>
    new Set(resolved.filter((l) => l.relation === relation).flatMap((l) => l.pairs));
  const ambiguous = goldPairs('ambiguous');
  const predicted = (kind?: string) =>
    new Set(
      report.matches
        .filter((m) => kind === undefined || m.kind === kind)
        .flatMap((m) => pairsOf(m.a, m.b))
        .filter((p) => !ambiguous.has(p)),
    );
  const goldShared = goldPairs('shared');
  const goldContradiction = goldPairs('contradiction');
  const linked = (side: 'a' | 'b') =>
    new Set(
      resolved.flatMap((l) => l.pairs.map((p) => Number(p.split(':')[side === 'a' ? 0 : 1]))),
    );
  const matched = (side: 'a' | 'b') => new Set(report.matches.flatMap((m) => m[side]));
  let total = 0;
  let kept = 0;
  for (const side of ['a', 'b'] as const) {
    const goldLinked = linked(side);
    const reportMatched = matched(side);
    for (const s of report[side].sentences) {
      if (goldLinked.has(s.index)) continue;
      total++;
      if (!reportMatched.has(s.index)) kept++;
    }
  }
  return {
    links: count(predicted(), new Set([...goldShared, ...goldContradiction])),
    shared: count(predicted('shared'), goldShared),
    contradiction: count(predicted('contradiction'), goldContradiction),
    only: { total, kept },
  };
}

/** Each gold link with the sentence pairs ('i:j', sentence indices of the report) it joins. */
export function resolveGold(
  report: Report,
  gold: readonly GoldLink[],
  sources: { a: string; b: string },
  where: string,
): { relation: GoldLink['relation']; pairs: string[] }[] {
  return gold.map((link, k) => ({
    relation: link.relation,
    pairs: pairsOf(
      link.a.map((s) => sentenceOf(report.a, sources.a, s, `${where}: gold.links[${k}].a`)),
      link.b.map((s) => sentenceOf(report.b, sources.b, s, `${where}: gold.links[${k}].b`)),
    ),
  }));
}

/**
 * Scores claims of three or more documents against gold claims, over every pair of documents: the
 * sentences of two documents in one claim make a shared link, the two sides of a contradiction a
 * contradiction link, each counted as every sentence pair it joins, as for two documents. A gold
 * claim links its members with each other and each of them with each document that contradicts it;
 * the links of an ambiguous claim are neither rewarded nor penalised.
 */
export function scoreClaims(
  report: MultiReport,
  gold: readonly GoldClaim[],
  sources: readonly string[],
  where: string,
): Scores {
  const documentOf = new Map(report.documents.map((doc, d) => [doc.label, d]));
  const goldShared = new Set<string>();
  const goldContradiction = new Set<string>();
  const ambiguous = new Set<string>();
  const goldLinked = new Set<string>();
  gold.forEach((claim, k) => {
    const members = (map: Record<string, string[]>, name: string): Member[] =>
      Object.entries(map).map(([label, snippets]) => {
        const d = documentOf.get(label)!;
        const at = `${where}: gold.claims[${k}].${name}.${label}`;
        const doc = report.documents[d]!;
        return { document: d, sentences: snippets.map((s) => sentenceOf(doc, sources[d]!, s, at)) };
      });
    const carriers = members(claim.members, 'members');
    const against = members(claim.contradictedBy, 'contradictedBy');
    const shared = carriers.flatMap((p, i) => carriers.slice(i + 1).flatMap((q) => linksOf(p, q)));
    const contradicted = carriers.flatMap((p) => against.flatMap((q) => linksOf(p, q)));
    for (const link of shared) (claim.ambiguous ? ambiguous : goldShared).add(link);
    for (const link of contradicted) (claim.ambiguous ? ambiguous : goldContradiction).add(link);
    for (const link of [...shared, ...contradicted])
      for (const end of link.split('|')) goldLinked.add(end);
  });
  const predictedShared = new Set<string>();
  const predictedContradiction = new Set<string>();
  for (const claim of report.claims) {
    claim.members.forEach((p, i) =>
      claim.members
        .slice(i + 1)
        .forEach((q) => linksOf(p, q).forEach((l) => predictedShared.add(l))),
    );
    for (const c of claim.contradictions)
      for (const link of linksOf(c.a, c.b)) predictedContradiction.add(link);
  }
  const unambiguous = (links: Set<string>) => new Set([...links].filter((l) => !ambiguous.has(l)));
  // Two members of one claim that contradict each other are a contradiction, not also shared.
  const shared = new Set(
    [...unambiguous(predictedShared)].filter((l) => !predictedContradiction.has(l)),
  );
  const contradiction = unambiguous(predictedContradiction);
  const predictedLinked = new Set(
    [...predictedShared, ...predictedContradiction].flatMap((l) => l.split('|')),
  );
  let total = 0;
  let kept = 0;
  report.documents.forEach((doc, d) => {
    for (const s of doc.sentences) {
      const node = `${d}:${s.index}`;
      if (goldLinked.has(node)) continue;
      total++;
      if (!predictedLinked.has(node)) kept++;
    }
  });
  return {
    links: count(
      new Set([...shared, ...contradiction]),
      new Set([...goldShared, ...goldContradiction]),
    ),
    shared: count(shared, goldShared),
    contradiction: count(contradiction, goldContradiction),
    only: { total, kept },
  };
}

/** Some sentences of one document. */
interface Member {
  document: number;
  sentences: number[];
}

/** The sentence pairs joining two documents' sentences, each as 'd:i|e:j' with d < e. */
function linksOf(p: Member, q: Member): string[] {
  if (p.document === q.document) return [];
  const [first, second] = p.document < q.document ? [p, q] : [q, p];
  return first.sentences.flatMap((i) =>
    second.sentences.map((j) => `${first.document}:${i}|${second.document}:${j}`),
  );
}

export function addScores(x: Scores, y: Scores): Scores {
  const add = (p: Counts, q: Counts): Counts => ({
    tp: p.tp + q.tp,
    fp: p.fp + q.fp,
    fn: p.fn + q.fn,
  });
  return {
    links: add(x.links, y.links),
    shared: add(x.shared, y.shared),
    contradiction: add(x.contradiction, y.contradiction),
    only: { total: x.only.total + y.only.total, kept: x.only.kept + y.only.kept },
  };
}

export const ZERO_SCORES: Scores = {
  links: { tp: 0, fp: 0, fn: 0 },
  shared: { tp: 0, fp: 0, fn: 0 },
  contradiction: { tp: 0, fp: 0, fn: 0 },
  only: { total: 0, kept: 0 },
};

/** Precision, recall and F1; an empty side counts as perfect, as there was nothing to get wrong. */
export function metric({ tp, fp, fn }: Counts): Metric {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function count(predicted: Set<string>, gold: Set<string>): Counts {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

function pairsOf(a: number[], b: number[]): string[] {
  return a.flatMap((i) => b.map((j) => `${i}:${j}`));
}

/**
 * The sentence in which a snippet starts, found through its offset in the source, so that a gold
 * label still resolves when the segmenter cuts a sentence differently.
 */
function sentenceOf(doc: DocumentReport, source: string, snippet: string, where: string): number {
  const found = indexOfWords(source, snippet.trim().split(/\s+/));
  if (found < 0) throw new CorpusError(`${where}: snippet "${snippet}" is not in ${doc.source}`);
  const sentence = doc.sentences.find((s) => found < s.end);
  if (!sentence)
    throw new CorpusError(`${where}: snippet "${snippet}" is in no sentence of ${doc.source}`);
  return sentence.index;
}

const SPACES = /\s+/y;

/**
 * Where `words` first occur in `source` with white space (one character or more) between them, or
 * -1: what a regular expression of the words joined by `\s+` finds, without compiling one per
 * snippet (that was most of the time `check` spent on the gold labels). The words hold no white
 * space, so each occurrence of the first word either starts the match or does not.
 */
export function indexOfWords(source: string, words: readonly string[]): number {
  const [first, ...rest] = words as [string, ...string[]];
  search: for (let at = source.indexOf(first); at >= 0; at = source.indexOf(first, at + 1)) {
    let end = at + first.length;
    for (const word of rest) {
      SPACES.lastIndex = end;
      if (!SPACES.test(source) || !source.startsWith(word, SPACES.lastIndex)) continue search;
      end = SPACES.lastIndex + word.length;
    }
    return at;
  }
  return -1;
}
