// Linear-time checks without a clock bound: the CPU time this process spends on an input four
// times larger, divided by the time on the input itself. Linear work gives about 4, quadratic
// work 16, so a bound of 10 tells them apart with a wide margin. CPU time, not wall time, so that
// a busy shared machine does not change the ratio; the least of a few runs damps GC noise.

export const SCALE = 4;
/** Between linear (4) and quadratic (16) growth for a 4× input. */
export const LINEAR_BOUND = 10;

function cpuMicros(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

function leastCpuMicros(run: () => unknown, runs: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) least = Math.min(least, cpuMicros(run));
  return least;
}

/**
 * How much more CPU `run` takes on `input(SCALE)` than on `input(1)`. One run at scale 1 first
 * warms the JIT. Times below a millisecond are raised to one, so that a tiny base cannot inflate
 * the ratio.
 */
export function growth<T>(
  input: (scale: number) => T,
  run: (value: T) => unknown,
  runs = 3,
): number {
  const small = input(1);
  const large = input(SCALE);
  run(small);
  const base = Math.max(
    1_000,
    leastCpuMicros(() => run(small), runs),
  );
  return leastCpuMicros(() => run(large), runs) / base;
}
