#!/usr/bin/env node
// Build-time step: writes the cue names of the registry (src/classify/cues/index.ts) into the enum
// of schema/report.schema.json, so that a new cue needs no edit of the schema; test/schema.test.ts
// checks that the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { CUES } from '../dist/classify/cues/index.js';

const path = new URL('../schema/report.schema.json', import.meta.url);
const schema = readFileSync(path, 'utf8');
const cueEnum = /("cue": \{ "enum": )\[[^\]]*\]/;
if (!cueEnum.test(schema)) throw new Error('build-schema: no "cue" enum in the schema');
const updated = schema.replace(
  cueEnum,
  (_, before) => `${before}[${CUES.map((cue) => JSON.stringify(cue.name)).join(', ')}]`,
);
if (updated !== schema) writeFileSync(path, updated);
