'use strict';
// Preloaded into a measured Node process (`node -r`): prints its CPU time (user + system, all
// threads) and peak RSS last on stderr when it exits, which the parent cannot read of a child.
// Written to the descriptor: making process.stderr would load node:stream and node:net into a
// process that may not otherwise load them (the CLI does not), and count their CPU in it.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1e3;
  writeSync(2, `\nbench-usage ${JSON.stringify({ cpuMs, maxRssMB: usage.maxRSS / 1024 })}\n`);
});
