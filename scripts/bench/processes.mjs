// Child processes: one per measured size (so peak RSS is that size's), and repeated CLI runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Preloaded into a measured Node process: prints its CPU time and peak RSS when it exits. */
const USAGE = fileURLToPath(new URL('usage.cjs', import.meta.url));
const USAGE_LINE = /\nbench-usage (\{.*\})\n$/;

/** Runs a node script that prints one JSON line, and returns what it printed. */
export function runJson(args, cwd) {
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0)
    throw new Error(
      `node ${args.join(' ')} failed (${child.status ?? child.signal}):\n${child.stderr}`,
    );
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/** One Node process: its wall time (start-up included), CPU time (user + system) and peak RSS. */
export function measureNode(args, cwd) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-r', USAGE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = USAGE_LINE.exec(child.stderr);
  if (child.status !== 0 || !usage)
    throw new Error(
      `node ${args.join(' ')} failed (${child.status ?? child.signal}):\n${child.stderr}`,
    );
  return { wallMs, ...JSON.parse(usage[1]) };
}

/**
 * Wall time of whole processes, start-up included, taken in turns (one run of each command, then
 * the next round) so that a busy spell on the machine falls on all of them alike: one untimed round
 * to warm the file cache, then `runs` rounds. Returns each command's median, min and max.
 */
export function timeAlternating(commands, cwd, runs) {
  const once = (args) => {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 16 << 20 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== 0)
      throw new Error(
        `node ${args.join(' ')} failed (${child.status ?? child.signal}):\n${child.stderr}`,
      );
    return ms;
  };
  commands.forEach(once);
  const times = commands.map(() => []);
  for (let round = 0; round < runs; round++)
    commands.forEach((args, k) => times[k].push(once(args)));
  return times.map((list) => {
    list.sort((p, q) => p - q);
    const middle = list.length >> 1;
    const median = list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
    return { median, min: list[0], max: list[list.length - 1], runs };
  });
}
