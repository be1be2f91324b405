#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json) on purpose: a CommonJS entry point does not start the ES module loader.
const { loadBundle } = require('./load-bundle.js');

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

loadBundle()
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
