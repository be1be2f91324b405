// Child processes: one per measured size (so peak RSS is that size's), and repeated CLI runs.
import { spawnSync } from 'node:child_process';

/** Runs a node script that prints one JSON line, and returns what it printed. */
export function runJson(args, cwd) {
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0)
    throw new Error(
      `node ${args.join(' ')} failed (${child.status ?? child.signal}):\n${child.stderr}`,
    );
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/** Wall time of whole processes, start-up included: one untimed run to warm the file cache, then `runs`. */
export function timeProcess(args, cwd, runs) {
  const once = () => {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 16 << 20 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== 0)
      throw new Error(
        `node ${args.join(' ')} failed (${child.status ?? child.signal}):\n${child.stderr}`,
      );
    return ms;
  };
  once();
  const times = Array.from({ length: runs }, once).sort((p, q) => p - q);
  const middle = times.length >> 1;
  const median = times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
  return { median, min: times[0], max: times[times.length - 1], runs };
}
