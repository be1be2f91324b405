import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { defaultLabels } from '../src/cli/compare-command.js';
import { CUES } from '../src/classify/index.js';
import { findCases } from '../src/corpus/index.js';
import { compare } from '../src/index.js';
import { readDocument } from '../src/io/files.js';
import { renderJson } from '../src/render/json.js';
import { run } from './helpers/cli.js';

const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const cases = findCases('fixtures');
const MAX_BYTES = 32 * 1024 * 1024;

/** The JSON report of a case as `communique A B --format json` builds it, in this process. */
function jsonReport(c: (typeof cases)[number]): string {
  const paths = [join(c.dir, c.a.file), join(c.dir, c.b.file)];
  const labels = defaultLabels(...paths);
  const [a, b] = paths.map((path, k) => ({ ...readDocument(path, MAX_BYTES), label: labels[k] }));
  return renderJson(compare(a!, b!));
}

describe('the JSON report matches schema/report.schema.json', () => {
  // One CLI run shows that the in-process report below is the one the CLI prints; the cases are
  // then checked in this process instead of one process each.
  const flagship = cases.find((c) => c.id === 'lavrov-muhriddin')!;
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
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
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
