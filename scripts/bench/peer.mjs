// Whole-process runs of the CLI and of the scikit-learn peer a data scientist would write
// (peer_sklearn.py in the shared bench folder) on the same files: wall time, CPU time (user + system,
// all threads) and peak RSS of each, and link F1 of each against the pair's gold links.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { measureNode } from './processes.mjs';
import { linkScores, segmentationMismatch } from './score.mjs';

/**
 * Runs the peer script under a small Python wrapper that reports the child's CPU time and peak RSS
 * from getrusage (ru_maxrss is in kilobytes on Linux, in bytes on macOS).
 */
const PYTHON_WRAPPER = [
  'import json, resource, subprocess, sys, time',
  't = time.monotonic()',
  'out = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)',
  'wall = time.monotonic() - t',
  'u = resource.getrusage(resource.RUSAGE_CHILDREN)',
  "rss = u.ru_maxrss / (2 ** 20 if sys.platform == 'darwin' else 1024)",
  'sys.stderr.write(json.dumps({"status": out.returncode, "wallMs": wall * 1e3, "cpuMs": (u.ru_utime + u.ru_stime) * 1e3, "maxRssMB": rss}) + "\\n")',
  'sys.stdout.buffer.write(out.stdout)',
].join('\n');

/** The nearest folder `shared/bench` above `from` that holds the shared generator, or undefined. */
export function findSharedBench(from) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'bench');
    if (existsSync(join(candidate, 'readout-pairs.mjs'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A python3 that can import scikit-learn (the one on PATH, else Debian's), or undefined. */
export function findPeerPython() {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import sklearn'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

/** The shared generator's pair of `size` sentences written to `dir` (a.txt, b.txt, gold.json). */
export function writeSharedPair(sharedBench, size, dir) {
  const child = spawnSync(
    process.execPath,
    [join(sharedBench, 'readout-pairs.mjs'), String(size), dir],
    {
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`readout-pairs.mjs ${size} failed:\n${child.stderr}`);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  return {
    a: join(dir, 'a.txt'),
    b: join(dir, 'b.txt'),
    sentencesA: gold.a.sentences,
    sentencesB: gold.b.sentences,
    truth: gold.links.flatMap((link) => link.a.flatMap((i) => link.b.map((j) => [i, j]))),
  };
}

/**
 * communique on a pair's files as a user runs it (`--format json --output`), `runs` times: the median
 * run's wall and CPU time, the highest peak RSS, and link scores against the pair's truth (which holds
 * only if the splitter finds exactly the generated sentences).
 */
export function runCommunique(pair, output, cwd, runs) {
  const measured = Array.from({ length: runs }, () =>
    measureNode(['bin/communique.js', pair.a, pair.b, '--format', 'json', '--output', output], cwd),
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const mismatch = segmentationMismatch(report, pair);
  if (mismatch) throw new Error(`the gold links do not apply: ${mismatch}`);
  measured.sort((p, q) => p.wallMs - q.wallMs);
  return {
    ...measured[measured.length >> 1],
    maxRssMB: Math.max(...measured.map((run) => run.maxRssMB)),
    runs,
    ...linkScores(report, pair.truth),
  };
}

/**
 * The peer on the same files, once: its wall and CPU time, peak RSS, and link scores of its mutual-best
 * pairs (by its own regular-expression split, which must find as many sentences as were generated).
 */
export function runPeer(python, sharedBench, pair) {
  const child = spawnSync(
    python,
    ['-c', PYTHON_WRAPPER, python, join(sharedBench, 'peer_sklearn.py'), pair.a, pair.b],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const stats = JSON.parse(child.stderr.trim().split('\n').pop());
  if (child.status !== 0 || stats.status !== 0)
    throw new Error(`peer_sklearn.py ${pair.a} ${pair.b} failed:\n${child.stderr}`);
  const output = JSON.parse(child.stdout);
  if (output.sentencesA !== pair.sentencesA.length || output.sentencesB !== pair.sentencesB.length)
    throw new Error(
      `the peer split ${output.sentencesA} and ${output.sentencesB} sentences, ${pair.sentencesA.length} and ${pair.sentencesB.length} were generated`,
    );
  const matches = output.pairs.map(([i, j]) => ({ a: [i], b: [j] }));
  return { ...stats, runs: 1, ...linkScores({ matches }, pair.truth) };
}
