#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json) on purpose: a CommonJS entry point does not start the ES module loader.
const { loadBundle } = require('./load-bundle.js');

loadBundle()
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
