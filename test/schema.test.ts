import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { defaultLabels } from '../src/cli/compare-command.js';
import { CUES } from '../src/classify/index.js';
import { findCases, type Case, type PairCase } from '../src/corpus/index.js';
import { compare, compareMany } from '../src/index.js';
import { readDocument } from '../src/io/files.js';
import { renderJson } from '../src/render/json.js';
import { run } from './helpers/cli.js';

const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
const validateClaims = ajv.compile(JSON.parse(readFileSync('schema/claims.schema.json', 'utf8')));
const cases = findCases('fixtures');
const MAX_BYTES = 32 * 1024 * 1024;

/** The JSON report of a case as `communique A B [C…] --format json` builds it, in this process. */
function jsonReport(c: Case): string {
  const paths = c.documents.map((d) => join(c.dir, d.file));
  const labels = defaultLabels(...paths);
  const documents = paths.map((path, k) => ({
    ...readDocument(path, MAX_BYTES),
    label: labels[k]!,
  }));
  return renderJson(
    documents.length === 2 ? compare(documents[0]!, documents[1]!) : compareMany(documents),
  );
}

describe('the JSON report matches schema/report.schema.json, or claims.schema.json for three or more documents', () => {
  // One CLI run shows that the in-process report below is the one the CLI prints; the cases are
  // then checked in this process instead of one process each.
  const flagship = cases.find((c) => c.id === 'lavrov-muhriddin')! as PairCase;
  const printed = run([
    join(flagship.dir, flagship.a.file),
    join(flagship.dir, flagship.b.file),
    '--format',
    'json',
  ]);

  it('as printed by the CLI, which is the report built in process', () => {
    expect(printed.status).toBe(0);
    expect(validate(JSON.parse(printed.stdout)), JSON.stringify(validate.errors)).toBe(true);
    expect(printed.stdout).toBe(jsonReport(flagship));
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const report = JSON.parse(jsonReport(c));
    const valid = c.kind === 'pair' ? validate : validateClaims;
    expect(valid(report), JSON.stringify(valid.errors)).toBe(true);
  });

  it('rejects a report that breaks it (so the check can fail)', () => {
    const report = JSON.parse(printed.stdout);
    expect(validate({ ...report, schemaVersion: 1 })).toBe(false);
    expect(validate({ ...report, matches: [{ ...report.matches[0], kind: 'maybe' }] })).toBe(false);
  });
});

describe('the schema follows the cue registry', () => {
  it('lists every cue of classify/cues/index.ts, and only those, in its order (npm run build writes it)', () => {
    const enumOfCues = schema.$defs.reason.properties.cue.enum as string[];
    expect(enumOfCues).toEqual(CUES.map((cue) => cue.name));
  });

  it('gives every cue a name of its own', () => {
    expect(new Set(CUES.map((cue) => cue.name)).size).toBe(CUES.length);
  });
});
