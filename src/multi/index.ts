import {
  canonicalKey,
  compareRead,
  readAll,
  resolveSettings,
  type DocumentInput,
} from '../compare.js';
import type { CompareOptions, CompareProgress } from '../compare-options.js';
import { documentReport } from '../report/build.js';
import type { DocumentModel } from '../sentence/document.js';
import { groupClaims, type PairMatches } from './claims.js';
import { MULTI_SCHEMA_VERSION, type MultiReport } from './types.js';

export * from './types.js';

/** Where a comparison of several documents is: which pair (1-based; 0 while splitting), and where in it. */
export interface CompareManyProgress extends CompareProgress {
  pair: number;
  pairs: number;
}

export interface CompareManyOptions extends Omit<CompareOptions, 'onProgress'> {
  onProgress?: (progress: CompareManyProgress) => void;
}

/**
 * Compares two or more accounts of one event and groups all their sentences into claims. Each
 * document is read once; each pair is compared as `compare` compares two documents, so the cost
 * grows with the number of pairs. Pure: same inputs, same report, and reordering the documents
 * only renumbers them.
 */
export function compareMany(
  documents: readonly (string | DocumentInput)[],
  options: CompareManyOptions = {},
): MultiReport {
  if (!Array.isArray(documents) || documents.length < 2)
    throw new RangeError('compareMany: give two or more documents');
  const { onProgress, ...rest } = options;
  const settings = resolveSettings(rest);
  const pairCount = (documents.length * (documents.length - 1)) / 2;
  let pair = 0;
  const progress = (stage: CompareProgress['stage'], done: number, total: number) =>
    onProgress?.({ stage, done, total, pair, pairs: pairCount });
  const read = readAll(documents, settings, progress);
  const pairs: PairMatches[] = [];
  const warnings: string[] = [];
  for (let first = 0; first < read.length; first++) {
    for (let second = first + 1; second < read.length; second++) {
      pair++;
      const report = compareRead(read[first]!, read[second]!, settings, progress);
      pairs.push({ first, second, matches: report.matches });
      for (const warning of report.warnings)
        warnings.push(`${read[first]!.label} and ${read[second]!.label}: ${warning}`);
    }
  }
  return {
    schemaVersion: MULTI_SCHEMA_VERSION,
    documents: read.map(documentReport),
    options: {
      language: read[0]!.lang,
      threshold: settings.threshold,
      contradictionThreshold: settings.contradictionThreshold,
    },
    claims: groupClaims(
      read.map((doc) => doc.sentences.length),
      ranks(read),
      pairs,
    ),
    warnings,
  };
}

/** Each document's place when ordered by content (then label): the same whatever order they came in. */
function ranks(read: readonly DocumentModel[]): number[] {
  const order = read
    .map((doc, k) => ({ k, key: canonicalKey(doc), label: doc.label }))
    .sort((p, q) => compareStrings(p.key, q.key) || compareStrings(p.label, q.label) || p.k - q.k);
  const rank: number[] = [];
  order.forEach(({ k }, position) => (rank[k] = position));
  return rank;
}

function compareStrings(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}
