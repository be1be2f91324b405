import type { Candidate } from './candidates.js';

/** Above this many cells a component is matched greedily; exact matching would take too long. */
const EXACT_CELLS_LIMIT = 250_000;

/**
 * One-to-one matching of maximum total similarity. The candidate graph falls apart into small
 * connected components; each is solved exactly with the Hungarian method, so one strong pair
 * never steals a sentence that two good pairs needed.
 */
export function maximumWeightMatching(candidates: readonly Candidate[]): Candidate[] {
  const matched: Candidate[] = [];
  for (const component of connectedComponents(candidates)) {
    const as = [...new Set(component.map((c) => c.a))].sort((p, q) => p - q);
    const bs = [...new Set(component.map((c) => c.b))].sort((p, q) => p - q);
    matched.push(...(as.length * bs.length <= EXACT_CELLS_LIMIT ? hungarian(component, as, bs) : greedy(component)));
  }
  return matched.sort((p, q) => p.a - q.a || p.b - q.b);
}

function connectedComponents(candidates: readonly Candidate[]): Candidate[][] {
  // Union-find over sentence nodes; B nodes are offset by the largest A index + 1.
  const offset = candidates.reduce((max, c) => Math.max(max, c.a), -1) + 1;
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    for (let node = x; node !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const c of candidates) {
    const ra = find(c.a);
    const rb = find(offset + c.b);
    parent.set(ra, ra);
    parent.set(rb, ra === rb ? rb : ra);
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

/** Hungarian method (shortest augmenting paths with potentials) on the dense matrix of one component. */
function hungarian(component: readonly Candidate[], as: number[], bs: number[]): Candidate[] {
  const transpose = as.length > bs.length;
  const rows = transpose ? bs : as;
  const cols = transpose ? as : bs;
  const n = rows.length;
  const m = cols.length;
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const colIndex = new Map(cols.map((c, i) => [c, i]));
  // Cost is minus the similarity; a missing edge costs 0, so the method simply leaves it unused.
  const cost = new Float64Array(n * m);
  const edge = new Map<number, Candidate>();
  for (const c of component) {
    const r = rowIndex.get(transpose ? c.b : c.a)!;
    const k = colIndex.get(transpose ? c.a : c.b)!;
    cost[r * m + k] = -c.similarity;
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

/** Heaviest pair first; ties by position, so the result is deterministic. */
function greedy(component: readonly Candidate[]): Candidate[] {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matched: Candidate[] = [];
  const order = [...component].sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
  for (const c of order) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    matched.push(c);
  }
  return matched;
}
