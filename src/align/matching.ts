import { countSteps } from '../work.js';
import type { Candidate } from './candidates.js';

/** Above this many cells a component is too large for the exact method's dense matrix. */
const EXACT_CELLS_LIMIT = 250_000;
/**
 * How many of its heaviest pairs each sentence keeps when a component is too large: a sentence's
 * partner is nearly always among its two best, and dropping the rest breaks up the chains of weak
 * pairs that tie a long document into one component.
 */
const STRONGEST_KEPT = 2;

/**
 * One-to-one matching of maximum total squared similarity. The candidate graph falls apart into
 * small connected components; each is solved exactly with the Hungarian method, so one strong pair
 * never steals a sentence that two good pairs needed. Squaring keeps the converse from happening:
 * two weak pairs (a headline and a loose paraphrase, 0.3 each) do not outweigh the one close pair
 * (0.45) they would break up. A component too large for the exact method (long documents on one
 * subject) is thinned to each sentence's strongest pairs and solved piece by piece.
 */
export function maximumWeightMatching(candidates: readonly Candidate[]): Candidate[] {
  countSteps(candidates.length);
  return connectedComponents(candidates)
    .flatMap((component) => matchComponent(component, STRONGEST_KEPT))
    .sort((p, q) => p.a - q.a || p.b - q.b);
}

function matchComponent(component: readonly Candidate[], strongestKept: number): Candidate[] {
  const as = distinctSorted(component.map((c) => c.a));
  const bs = distinctSorted(component.map((c) => c.b));
  if (as.length * bs.length <= EXACT_CELLS_LIMIT) return hungarian(component, as, bs);
  const heaviestFirst = [...component].sort(byWeight);
  if (strongestKept === 0) return takeInOrder(heaviestFirst, []);
  const thinned = strongestPairs(heaviestFirst, strongestKept);
  const matched = connectedComponents(thinned).flatMap((piece) =>
    matchComponent(piece, strongestKept - 1),
  );
  // Pairs left out by the thinning may still join two sentences that stayed unmatched.
  return takeInOrder(heaviestFirst, matched);
}

function distinctSorted(values: number[]): number[] {
  return [...new Set(values)].sort((p, q) => p - q);
}

/** Components of the bipartite graph, by union-find over sentence nodes (B nodes after all A nodes). */
function connectedComponents(candidates: readonly Candidate[]): Candidate[][] {
  const { a: lastA, b: lastB } = lastIndices(candidates);
  const offset = lastA + 1;
  const parent = new Int32Array(offset + lastB + 1);
  for (let node = 0; node < parent.length; node++) parent[node] = node;
  const find = (node: number): number => {
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!; // path halving keeps the trees flat
      node = parent[node]!;
    }
    return node;
  };
  for (const c of candidates) {
    const ra = find(c.a);
    const rb = find(offset + c.b);
    if (ra !== rb) parent[rb] = ra;
  }
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const root = find(c.a);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  }
  return [...groups.values()];
}

function lastIndices(candidates: readonly Candidate[]): { a: number; b: number } {
  let a = -1;
  let b = -1;
  for (const c of candidates) {
    if (c.a > a) a = c.a;
    if (c.b > b) b = c.b;
  }
  return { a, b };
}

/** Heaviest first; ties by position, so every order built on it is deterministic. */
function byWeight(p: Candidate, q: Candidate): number {
  return q.similarity - p.similarity || p.a - q.a || p.b - q.b;
}

/** The pairs (given heaviest first) that are among the `kept` heaviest of their sentence in A or in B. */
function strongestPairs(heaviestFirst: readonly Candidate[], kept: number): Candidate[] {
  const last = lastIndices(heaviestFirst);
  const seenA = new Int32Array(last.a + 1);
  const seenB = new Int32Array(last.b + 1);
  return heaviestFirst.filter((c) => {
    seenA[c.a]!++;
    seenB[c.b]!++;
    return seenA[c.a]! <= kept || seenB[c.b]! <= kept;
  });
}

/**
 * Adds to `matched` each pair, in the given order, whose two sentences are both still free: the
 * greedy matching when `matched` starts empty.
 */
function takeInOrder(ordered: readonly Candidate[], matched: readonly Candidate[]): Candidate[] {
  const usedA = new Set(matched.map((c) => c.a));
  const usedB = new Set(matched.map((c) => c.b));
  const taken = [...matched];
  for (const c of ordered) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    taken.push(c);
  }
  return taken;
}

/** Hungarian method (shortest augmenting paths with potentials) on the dense matrix of one component. */
function hungarian(component: readonly Candidate[], as: number[], bs: number[]): Candidate[] {
  const transpose = as.length > bs.length;
  const rows = transpose ? bs : as;
  const cols = transpose ? as : bs;
  const n = rows.length;
  const m = cols.length;
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const colIndex = new Map(cols.map((c, i) => [c, i]));
  // Cost is minus the squared similarity; a missing edge costs 0, so the method simply leaves it unused.
  const cost = new Float64Array(n * m);
  const edge = new Map<number, Candidate>();
  for (const c of component) {
    const r = rowIndex.get(transpose ? c.b : c.a)!;
    const k = colIndex.get(transpose ? c.a : c.b)!;
    cost[r * m + k] = -c.similarity * c.similarity;
    edge.set(r * m + k, c);
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfCol = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minSlack = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let row = 1; row <= n; row++) {
    rowOfCol[0] = row;
    let col0 = 0;
    minSlack.fill(Infinity);
    used.fill(0);
    do {
      countSteps(m);
      used[col0] = 1;
      const r0 = rowOfCol[col0]!;
      let delta = Infinity;
      let col1 = 0;
      for (let col = 1; col <= m; col++) {
        if (used[col]) continue;
        const slack = cost[(r0 - 1) * m + (col - 1)]! - u[r0]! - v[col]!;
        if (slack < minSlack[col]!) {
          minSlack[col] = slack;
          way[col] = col0;
        }
        if (minSlack[col]! < delta) {
          delta = minSlack[col]!;
          col1 = col;
        }
      }
      for (let col = 0; col <= m; col++) {
        if (used[col]) {
          u[rowOfCol[col]!]! += delta;
          v[col]! -= delta;
        } else {
          minSlack[col]! -= delta;
        }
      }
      col0 = col1;
    } while (rowOfCol[col0] !== 0);
    do {
      const col1 = way[col0]!;
      rowOfCol[col0] = rowOfCol[col1]!;
      col0 = col1;
    } while (col0 !== 0);
  }
  const matched: Candidate[] = [];
  for (let col = 1; col <= m; col++) {
    const row = rowOfCol[col]!;
    const c = row > 0 ? edge.get((row - 1) * m + (col - 1)) : undefined;
    if (c) matched.push(c);
  }
  return matched;
}
