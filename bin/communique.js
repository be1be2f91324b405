#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json) on purpose: a CommonJS entry point does not start the ES module loader.
const { loadBundle } = require('./load-bundle.js');

// A reader that stops early (`| head`) is not an error. Any other failure to write the report (a
// full disk, stdout on /dev/full) is one line and exit 2, like a failed --output.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : error.code;
  process.stderr.write(`communique: <stdout>: cannot write the report (${reason})\n`);
  process.exit(2);
});

loadBundle()
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
