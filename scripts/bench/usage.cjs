'use strict';
// Preloaded into a measured Node process (`node -r`): prints its CPU time (user + system, all
// threads) and peak RSS last on stderr when it exits, which the parent cannot read of a child.
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1e3;
  process.stderr.write(
    `\nbench-usage ${JSON.stringify({ cpuMs, maxRssMB: usage.maxRSS / 1024 })}\n`,
  );
});
