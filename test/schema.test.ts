import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CUES } from '../src/classify/index.js';
import { findCases } from '../src/corpus/index.js';
import { run } from './helpers/cli.js';

const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('the JSON report matches schema/report.schema.json', () => {
  it.each(findCases('fixtures').map((c) => [c.id, c] as const))(
    '%s, as printed by the CLI',
    (_id, c) => {
      const result = run([join(c.dir, c.a.file), join(c.dir, c.b.file), '--format', 'json']);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('rejects a report that breaks it (so the check can fail)', () => {
    const c = findCases('fixtures')[0]!;
    const report = JSON.parse(
      run([join(c.dir, c.a.file), join(c.dir, c.b.file), '--format', 'json']).stdout,
    );
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
