import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP, run } from '../helpers/cli.js';

const AGENCY = 'fixtures/lavrov-muhriddin-three/agency.txt';
const THREE = [FLAGSHIP.a, FLAGSHIP.b, AGENCY, '-l', 'Moscow', '-l', 'Dushanbe', '-l', 'Agency'];

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')));
const validate = ajv.compile(JSON.parse(readFileSync('schema/claims.schema.json', 'utf8')));

describe('communique A B C', () => {
  const text = run([...THREE, '--width', '0']);

  it('leads with the summary line and the matrix, then the contradictions, the claims and each document own', () => {
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout.split('\n')[1]).toMatch(
      /^\d+ claims: 2 common ground, \d+ of some documents, \d+ of one only; 2 contradictions$/,
    );
    const at = (heading: string) => text.stdout.indexOf(heading);
    const headings = [
      'how many each column shares',
      'Contradictions (2)',
      'Claims of two or more documents',
      'Only in Moscow',
      'Only in Dushanbe',
      'Only in Agency',
    ];
    for (const heading of headings) expect(at(heading), heading).toBeGreaterThan(-1);
    expect(headings.map(at)).toEqual(headings.map(at).sort((p, q) => p - q));
  });

  it('counts in the matrix what each document shares with and contradicts in the others', () => {
    const row = (label: string) =>
      text.stdout
        .split('\n')
        .find((line) => line.trimStart().startsWith(`${label} `))!
        .trim()
        .split(/\s{2,}/);
    // Row Dushanbe: its claims, then Moscow, itself, Agency; it contradicts a claim of each.
    const [, , moscow, itself, agency] = row('Dushanbe');
    expect(itself).toBe('·');
    expect(moscow).toMatch(/^\d+= 1✗$/);
    expect(agency).toMatch(/^\d+= 1✗$/);
  });

  it('marks the words that carry the contradiction, as a pipe shows them', () => {
    expect(text.stdout).toMatch(
      /^ {4}Dushanbe: .*\[\[incompatible with\]\] the real situation\.$/m,
    );
    expect(text.stdout).toMatch(/\[\[not directed against any nation or religion\]\]/);
  });

  it('--show contradiction prints the contradictions and no claims or own sections', () => {
    const shown = run([...THREE, '--show', 'contradiction', '--width', '0']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Contradictions (2)');
    expect(shown.stdout).toContain('how many each column shares');
    expect(shown.stdout).not.toMatch(/Claims of two or more|Only in/);
  });

  it('shows a row of carriers per claim, and the common ground', () => {
    expect(text.stdout).toMatch(/^ {2}Moscow ● Dushanbe ● Agency ● {2}common ground$/m);
    expect(text.stdout).toMatch(/^ {2}Moscow ● Dushanbe ✗ Agency ●$/m);
  });

  it('prints JSON that matches schema/claims.schema.json', () => {
    const result = run([...THREE, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.documents.map((d: { label: string }) => d.label)).toEqual([
      'Moscow',
      'Dushanbe',
      'Agency',
    ]);
    // The check can fail: a claim without members, or a made-up cue, is refused.
    expect(validate({ ...report, claims: [{ members: [], contradictions: [] }] })).toBe(false);
    const broken = structuredClone(report);
    broken.claims.find((c: any) => c.contradictions.length > 0).contradictions[0].reasons[0].cue =
      'maybe';
    expect(validate(broken)).toBe(false);
  });

  it('names the documents after their files by default', () => {
    const result = run([FLAGSHIP.a, FLAGSHIP.b, AGENCY, '--format', 'json']);
    const labels = JSON.parse(result.stdout).documents.map((d: { label: string }) => d.label);
    expect(labels).toEqual(['moscow', 'dushanbe', 'agency']);
  });

  it.each([
    ['contradiction', 1],
    ['difference', 1],
  ])('--fail-on %s exits %i', (condition, status) => {
    expect(run([...THREE, '--fail-on', condition]).status).toBe(status);
  });

  it('exits 0 with --fail-on difference on three copies', () => {
    expect(run([FLAGSHIP.a, FLAGSHIP.a, FLAGSHIP.a, '--fail-on', 'difference']).status).toBe(0);
  });

  it.each([
    [
      'a format for two documents',
      [...THREE, '--format', 'markdown'],
      /--format markdown reports on two documents/,
    ],
    [
      'two from stdin',
      [FLAGSHIP.a, '-', '-'],
      /only one of the documents can be read from standard input/,
    ],
    [
      'a missing third file',
      [FLAGSHIP.a, FLAGSHIP.b, 'no-such.txt'],
      /^communique: no-such\.txt: no such file\n$/,
    ],
  ])('refuses %s with one line and exit 2', (_name, args, message) => {
    const result = run(args);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(message);
  });
});
