import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { tempDir } from './helpers/temp.js';
import { describe, expect, it } from 'vitest';
import { findCases, metric, runCase } from '../src/corpus/index.js';
import { checkLocation } from '../src/corpus/check-case.js';
import type { CheckWorkerMessage } from '../src/corpus/check-worker.js';
import { selectCases } from '../src/corpus/select.js';
import { ROOT, run } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'fixtures');
const fixtureIds = findCases(FIXTURES).map((c) => c.id);

/** Copies fixture cases, snapshots included, into a fresh temporary corpus. */
function corpusOf(...ids: string[]): string {
  const dir = tempDir('check');
  for (const id of ids) cpSync(join(FIXTURES, id), join(dir, id), { recursive: true });
  return dir;
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

const OUTSIDE_TEXT = 'A private note that lives outside every corpus.';

/** A file in a folder of its own, outside any corpus. */
function outsideFile(): string {
  const path = join(tempDir('outside'), 'secret.txt');
  writeFileSync(path, `${OUTSIDE_TEXT}\n`);
  return path;
}

/** An edit of Moscow's readout that turns a shared claim into a contradiction (and keeps its gold snippets). */
const NEGATE_PARTNERSHIP = {
  from: 'Russia and Tajikistan and to preserve and build up its positive dynamics.',
  to: 'Russia and Tajikistan, though they did not reaffirm its importance.',
};

describe('communique check fixtures', () => {
  it('passes on the repository’s own corpus, a line per case and a summary', () => {
    for (const id of fixtureIds) {
      expect(
        existsSync(join(FIXTURES, id, 'expected.json')),
        `fixtures/${id} has no expected.json: record it with \`node bin/communique.js check fixtures --update\``,
      ).toBe(true);
    }
    const result = run(['check', 'fixtures']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const id of fixtureIds)
      expect(result.stdout).toMatch(new RegExp(`^PASS  ${id} .*link F1 \\d\\.\\d\\d`, 'm'));
    expect(result.stdout).toMatch(
      new RegExp(
        `^${fixtureIds.length} passed, 0 failed; link F1 \\d\\.\\d\\d over ${fixtureIds.length} gold-labelled cases\\n$`,
        'm',
      ),
    );
  });
});

describe('a statement edited after its snapshot', () => {
  it('fails with what changed in words, then --update records it and says so', () => {
    const corpus = corpusOf('lavrov-muhriddin', 'us-russia-call');
    edit(
      join(corpus, 'lavrov-muhriddin', 'moscow.txt'),
      NEGATE_PARTNERSHIP.from,
      NEGATE_PARTNERSHIP.to,
    );

    const failed = run(['check', corpus]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^FAIL {2}lavrov-muhriddin {2}2 changes since the snapshot/m);
    expect(failed.stdout).toMatch(/^PASS {2}us-russia-call/m);
    // Sentences are named by the numbers the JSON report (the snapshot) gives them.
    const snapshot = JSON.parse(
      readFileSync(join(FIXTURES, 'lavrov-muhriddin', 'expected.json'), 'utf8'),
    );
    const numberOf = (side: 'a' | 'b', start: string) =>
      snapshot[side].sentences.find((s: { text: string }) => s.text.startsWith(start)).number;
    const sides = numberOf('a', 'The sides agreed');
    const end = numberOf('b', 'At the end of the conversation');
    expect([sides, end]).toEqual([10, 11]);
    expect(failed.stdout).toContain(
      [
        `      sentence edited in Moscow, #${sides} (line 7)`,
        '        was "…between Russia and Tajikistan and to preserve and build up…"',
        '        now "…between Russia and Tajikistan, though they did not reaffirm…"',
        '      shared → contradiction',
        `        Moscow #${sides} (line 7) "The sides agreed to cherish the time-tested partnership and…"`,
        `        Dushanbe #${end} (line 9) "At the end of the conversation, both sides reaffirmed the…"`,
      ].join('\n'),
    );
    expect(failed.stdout).toMatch(/^1 passed, 1 failed/m);
    expect(failed.stdout).not.toMatch(/"matches"|[{}]/);

    const updated = run(['check', corpus, '--update']);
    expect(updated.status).toBe(0);
    expect(updated.stdout).toMatch(/^PASS {2}lavrov-muhriddin {2}snapshot updated: 2 changes/m);
    expect(updated.stdout).toMatch(/^2 passed, 0 failed; 1 snapshot written, 1 unchanged/m);
    expect(readdirSync(join(corpus, 'lavrov-muhriddin')).sort()).toEqual([
      'case.json',
      'dushanbe.txt',
      'expected.json',
      'moscow.txt',
    ]);
    expect(
      JSON.parse(
        readFileSync(join(corpus, 'lavrov-muhriddin', 'expected.json'), 'utf8'),
      ).a.sentences.map((s: { text: string }) => s.text),
    ).toContain(
      'The sides agreed to cherish the time-tested partnership and alliance between Russia and Tajikistan, though they did not reaffirm its importance.',
    );

    const again = run(['check', corpus]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^2 passed, 0 failed/m);
  });

  it('names only the new sentence when one is inserted, although every index after it shifts', () => {
    const corpus = corpusOf('lavrov-muhriddin');
    const moscow = join(corpus, 'lavrov-muhriddin', 'moscow.txt');
    writeFileSync(
      moscow,
      `The weather in Moscow was mild on that day.\n\n${readFileSync(moscow, 'utf8')}`,
    );
    const result = run(['check', corpus]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^FAIL {2}lavrov-muhriddin {2}1 change since the snapshot/m);
    expect(result.stdout).toContain(
      'new sentence in Moscow, found only there\n        < Moscow #1 (line 1) "The weather in Moscow was mild on that day."',
    );
  });
});

describe('a broken case is an error of its own: named with its file and field, the other cases still run, exit 2 at the end', () => {
  it.each([
    [
      'a deleted statement file',
      (dir: string) => rmSync(join(dir, 'dushanbe.txt')),
      /lavrov-muhriddin\/case\.json: field "b\.file": .*lavrov-muhriddin\/dushanbe\.txt does not exist$/m,
    ],
    [
      'a manifest that is not JSON',
      (dir: string) => writeFileSync(join(dir, 'case.json'), '{ "a": '),
      /lavrov-muhriddin\/case\.json: cannot read the manifest/,
    ],
    [
      'a manifest field of the wrong type',
      (dir: string) => edit(join(dir, 'case.json'), '"split": "tune"', '"split": 3'),
      /case\.json: field "split" must be "tune" or "holdout"$/m,
    ],
    [
      'a snapshot that is not JSON',
      (dir: string) => writeFileSync(join(dir, 'expected.json'), '[1,'),
      /lavrov-muhriddin\/expected\.json: cannot read the snapshot .*--update rewrites it$/m,
    ],
    [
      'a snapshot with a bad field',
      (dir: string) => edit(join(dir, 'expected.json'), '"onlyA": [', '"onlyA": [99, '),
      /expected\.json: field "onlyA" must list sentence indices from 0 to 10; --update rewrites the snapshot$/m,
    ],
    [
      'a blank statement',
      (dir: string) => writeFileSync(join(dir, 'moscow.txt'), ' \n\n'),
      /lavrov-muhriddin\/moscow\.txt: contains only white space; nothing to compare$/m,
    ],
    [
      'a statement outside the corpus through ../',
      (dir: string) =>
        edit(
          join(dir, 'case.json'),
          '"file": "moscow.txt"',
          `"file": "../../${relative(dirname(dirname(dir)), outsideFile())}"`,
        ),
      /outside the corpus root .*; a case reads only files inside it$/m,
    ],
    [
      'a statement that is a link out of the corpus',
      (dir: string) => (
        rmSync(join(dir, 'moscow.txt')),
        symlinkSync(outsideFile(), join(dir, 'moscow.txt'))
      ),
      /lavrov-muhriddin\/moscow\.txt: outside the corpus root/,
    ],
    [
      'a snapshot that is a link out of the corpus',
      (dir: string) => (
        rmSync(join(dir, 'expected.json')),
        symlinkSync(outsideFile(), join(dir, 'expected.json'))
      ),
      /expected\.json: cannot read the snapshot \(.*outside the corpus root/,
    ],
  ] as const)('%s', (_name, breakIt, message) => {
    const corpus = corpusOf('lavrov-muhriddin', 'us-russia-call');
    breakIt(join(corpus, 'lavrov-muhriddin'));
    const result = run(['check', corpus]);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^ERROR {2}lavrov-muhriddin {2}/m);
    expect(result.stdout.match(/^ERROR .*$/m)![0]).toMatch(message);
    expect(result.stdout).toMatch(/^PASS {2}us-russia-call/m);
    expect(result.stdout).toMatch(/1 passed, 0 failed, 1 case could not be read/);
    expect(result.stdout).not.toContain(OUTSIDE_TEXT);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('does not follow a folder link, so a link loop in the corpus cannot trap the walk', () => {
    const corpus = corpusOf('us-russia-call');
    symlinkSync(corpus, join(corpus, 'loop'));
    symlinkSync('.', join(corpus, 'us-russia-call', 'self'));
    const result = run(['check', corpus]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1 passed, 0 failed/m);
  });

  it('a statement over --max-bytes', () => {
    const result = run(['check', corpusOf('lavrov-muhriddin'), '--max-bytes', '100']);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(
      /^ERROR {2}lavrov-muhriddin {2}.*lavrov-muhriddin\/(moscow|dushanbe)\.txt: is \d+ bytes, over the --max-bytes limit of 100$/m,
    );
  });

  it('is an <error> in JUnit, an ::error in GitHub format and an error entry in JSON', () => {
    const corpus = corpusOf('lavrov-muhriddin', 'us-russia-call');
    writeFileSync(join(corpus, 'lavrov-muhriddin', 'case.json'), '{');
    const junit = run(['check', corpus, '--format', 'junit']);
    expect(junit.status).toBe(2);
    expect(junit.stdout).toMatch(
      /<testsuites name="communique check" tests="2" failures="0" errors="1"/,
    );
    expect(junit.stdout).toMatch(
      /<testcase [^>]*name="lavrov-muhriddin"[^>]*>\n\s+<error type="unreadable" message="[^"]*case\.json: cannot read the manifest/,
    );
    const github = run(['check', corpus, '--format', 'github']);
    expect(github.stdout).toMatch(
      /^::error file=[^,]*lavrov-muhriddin\/case\.json,title=communique check lavrov-muhriddin%3A cannot be checked::.*cannot read the manifest/m,
    );
    const json = JSON.parse(run(['check', corpus, '--format', 'json']).stdout);
    expect(json.summary).toMatchObject({ cases: 2, passed: 1, failed: 0, errors: 1 });
    expect(json.cases[0]).toMatchObject({
      id: 'lavrov-muhriddin',
      status: 'error',
      error: expect.stringMatching(/cannot read the manifest/),
    });
    expect(json.cases[1]).toMatchObject({ id: 'us-russia-call', status: 'pass', error: null });
  });

  it('--update writes no snapshot with text from outside the corpus, and replaces a snapshot link rather than writing through it', () => {
    const corpus = corpusOf('lavrov-muhriddin', 'us-russia-call');
    const outside = outsideFile();
    rmSync(join(corpus, 'us-russia-call', 'expected.json'));
    symlinkSync(outside, join(corpus, 'us-russia-call', 'expected.json'));
    rmSync(join(corpus, 'lavrov-muhriddin', 'moscow.txt'));
    symlinkSync(outside, join(corpus, 'lavrov-muhriddin', 'moscow.txt'));
    expect(run(['check', corpus, '--update']).status).toBe(2);
    expect(readFileSync(outside, 'utf8')).toBe(`${OUTSIDE_TEXT}\n`);
    for (const id of ['lavrov-muhriddin', 'us-russia-call']) {
      const snapshot = join(corpus, id, 'expected.json');
      if (existsSync(snapshot)) expect(readFileSync(snapshot, 'utf8')).not.toContain(OUTSIDE_TEXT);
    }
    expect(lstatSync(join(corpus, 'us-russia-call', 'expected.json')).isSymbolicLink()).toBe(false);
  });

  it('--update replaces a snapshot it cannot read', () => {
    const corpus = corpusOf('lavrov-muhriddin');
    writeFileSync(join(corpus, 'lavrov-muhriddin', 'expected.json'), 'not json');
    expect(run(['check', corpus, '--update']).status).toBe(0);
    expect(run(['check', corpus]).status).toBe(0);
  });

  it('a folder without cases, or a --filter that matches none, is an error too', () => {
    const empty = tempDir('check-empty');
    expect(run(['check', empty])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringMatching(/no cases \(folders with a case\.json\)/),
    });
    expect(run(['check', 'fixtures', '--filter', 'no-such-case'])).toMatchObject({
      status: 2,
      stderr: 'communique: no case id matches --filter no-such-case\n',
    });
  });
});

describe('what a case is checked against', () => {
  it('fails a case with neither a snapshot nor gold labels, and --update gives it a snapshot', () => {
    const corpus = corpusOf('copy-edit');
    const manifest = join(corpus, 'copy-edit', 'case.json');
    writeFileSync(
      manifest,
      JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), gold: undefined }),
    );
    rmSync(join(corpus, 'copy-edit', 'expected.json'));
    const result = run(['check', corpus]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'FAIL  copy-edit\n      ! nothing to check against: no expected.json and no gold labels in case.json (--update records a snapshot)',
    );
    const updated = run(['check', corpus, '--update']);
    expect(updated.stdout).toMatch(/^PASS {2}copy-edit {2}snapshot created$/m);
    expect(updated.stdout).toMatch(/1 snapshot written \(1 new\), 0 unchanged/);
  });

  it('--min-f1 fails exactly the gold-labelled cases whose link F1 is below it', () => {
    // The calls' cases, run in this process: their link F1 lies on both sides of 0.85.
    const calls = ['--filter', '*-call'];
    const belowFloor = findCases(FIXTURES)
      .filter((c) => c.id.endsWith('-call'))
      .map((c) => runCase(c))
      .filter((r) => metric(r.scores!.links).f1 < 0.85)
      .map((r) => r.case.id);
    expect(belowFloor.length).toBeGreaterThan(0);
    const result = run(['check', 'fixtures', ...calls, '--min-f1', '0.85']);
    expect(result.status).toBe(1);
    const failed = [...result.stdout.matchAll(/^FAIL {2}(\S+)/gm)].map((m) => m[1]);
    expect(failed).toEqual(belowFloor);
    expect(result.stdout).toMatch(/^PASS {2}\S+-call /m);
    expect(result.stdout).toMatch(/^ {6}! link F1 0\.\d{3} is below --min-f1 0\.85$/m);
    expect(result.stdout).toMatch(/\(--min-f1 0\.85 per case\)/);
    expect(run(['check', 'fixtures', ...calls, '--min-f1', '0']).status).toBe(0);
    expect(run(['check', 'fixtures', '--min-f1', '1.5']).status).toBe(2);
  });
});

describe('--filter', () => {
  const ids = (args: string[]) =>
    [...run(['check', 'fixtures', ...args]).stdout.matchAll(/^(?:PASS|FAIL) {2}(\S+)/gm)].map(
      (m) => m[1],
    );

  it('takes a plain pattern as a part of the id, and one with * or ? as a glob over the whole id', () => {
    expect(ids(['--filter', 'kosovo'])).toEqual(['serbia-kosovo', 'serbia-kosovo-ohrid-retold']);
    expect(ids(['--filter', 'india-*'])).toEqual(
      fixtureIds.filter((id) => id.startsWith('india-')),
    );
    expect(ids(['--filter', '*-call'])).toEqual(fixtureIds.filter((id) => id.endsWith('-call')));
    expect(ids(['--filter', 'india'])).toEqual(fixtureIds.filter((id) => id.includes('india')));
    expect(ids(['--filter', 'kosovo-ohrid', '--filter', 'copy-?dit'])).toEqual([
      'copy-edit',
      'serbia-kosovo-ohrid-retold',
    ]);
  });

  it('runs a case found through two folders once, with ids that name the folder', () => {
    const dir = tempDir('two-folders');
    for (const id of ['copy-edit', 'lavrov-muhriddin'])
      cpSync(join(FIXTURES, id), join(dir, 'corpus', id), { recursive: true });
    const result = run(['check', 'corpus', 'corpus/lavrov-muhriddin'], { cwd: dir });
    expect([...result.stdout.matchAll(/^(?:PASS|FAIL) {2}(\S+)/gm)].map((m) => m[1])).toEqual([
      'corpus/copy-edit',
      'corpus/lavrov-muhriddin',
    ]);
  });
});

describe('--jobs', () => {
  it('prints the same, in the same order, on one thread and on several', () => {
    // 130 small cases, so that two threads each get the 64 that make a worker worth starting;
    // each differs from the others, every tenth has no snapshot and every seventh is broken.
    const dir = tempDir('jobs');
    for (let k = 0; k < 130; k++) {
      const c = join(dir, `case-${String(k).padStart(3, '0')}`);
      mkdirSync(c);
      writeFileSync(join(c, 'a.txt'), `The ministers met on ${k + 1} May. They discussed trade.\n`);
      writeFileSync(join(c, 'b.txt'), `The ministers met on ${k % 3 ? k + 1 : k + 2} May.\n`);
      writeFileSync(
        join(c, 'case.json'),
        k % 7 === 3 ? '{' : JSON.stringify({ a: { file: 'a.txt' }, b: { file: 'b.txt' } }),
      );
    }
    expect(run(['check', dir, '--update', '--jobs', '1']).status).toBe(2);
    for (let k = 0; k < 130; k += 10)
      rmSync(join(dir, `case-${String(k).padStart(3, '0')}`, 'expected.json'), { force: true });
    const untimed = (args: string[]) => {
      const result = run(['check', dir, '--format', 'json', ...args]);
      return { ...result, stdout: result.stdout.replace(/"seconds": [\d.e-]+/g, '"seconds": 0') };
    };
    const one = untimed(['--jobs', '1']);
    expect(one.status).toBe(2);
    expect(JSON.parse(one.stdout).cases).toHaveLength(130);
    expect(untimed(['--jobs', '2'])).toEqual(one);
  });

  it('a worker thread started from the bundle checks the cases it takes as this thread does', async () => {
    // A worker that fails to start leaves its cases to the others, so the output alone cannot tell.
    const locations = selectCases([FIXTURES], ['lavrov-muhriddin']);
    const options = { update: false, minF1: undefined, maxBytes: 1 << 20 };
    const { port1, port2 } = new MessageChannel();
    const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const worker = new Worker(join(ROOT, 'bin/check-worker.js'), {
      workerData: { options, locations, next, port: port2 },
      transferList: [port2],
    });
    const message = await new Promise<CheckWorkerMessage>((resolve, reject) => {
      port1.once('message', resolve);
      worker.once('error', reject);
    });
    port1.close();
    await worker.terminate();
    if ('error' in message) throw message.error;
    expect(message.index).toBe(0);
    const here = checkLocation(locations[0]!, options);
    expect({ ...message.checked, seconds: 0 }).toEqual({ ...here, seconds: 0 });
  });

  it('takes a whole number of 1 or more', () => {
    expect(run(['check', 'fixtures', '--jobs', '0']).status).toBe(2);
  });
});

describe('output formats', () => {
  /** The flagship case edited, and a case whose labels and text are hostile to XML, terminals and annotations. */
  function failingCorpus(): string {
    const corpus = corpusOf('lavrov-muhriddin', 'us-russia-call');
    edit(
      join(corpus, 'lavrov-muhriddin', 'moscow.txt'),
      NEGATE_PARTNERSHIP.from,
      NEGATE_PARTNERSHIP.to,
    );
    const hostile = join(corpus, 'hostile');
    mkdirSync(hostile);
    writeFileSync(
      join(hostile, 'case.json'),
      JSON.stringify({
        a: { file: 'a.txt', label: 'A & <Co>, "x": y' },
        b: { file: 'b.txt', label: 'B' },
      }),
    );
    writeFileSync(join(hostile, 'a.txt'), 'We discussed oil and gas.\n');
    writeFileSync(join(hostile, 'b.txt'), 'We discussed oil and gas.\n');
    expect(run(['check', hostile, '--update']).status).toBe(0);
    writeFileSync(
      join(hostile, 'a.txt'),
      'We discussed <oil> & "gas" ]]> 5%,\u001b[31m\u202e now: yes.\n',
    );
    return corpus;
  }

  it('junit: valid XML with one testcase per case, failures escaped', () => {
    const corpus = failingCorpus();
    const result = run(['check', corpus, '--format', 'junit']);
    expect(result.status).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'testcase',
    }).parse(result.stdout);
    const suite = xml.testsuites.testsuite;
    expect(suite.tests).toBe('3');
    expect(suite.failures).toBe('2');
    const cases = suite.testcase as {
      name: string;
      failure?: { '#text': string; message: string };
    }[];
    expect(cases.map((c) => c.name)).toEqual(['hostile', 'lavrov-muhriddin', 'us-russia-call']);
    expect(cases[2]!.failure).toBeUndefined();
    expect(cases[1]!.failure!.message).toBe('2 changes since the snapshot');
    expect(cases[1]!.failure!['#text']).toContain(
      'shared → contradiction: Moscow #10 (line 7) "The sides agreed',
    );
    const hostileFailure = cases[0]!.failure!['#text'];
    expect(hostileFailure).toContain('sentence edited in A & <Co>, "x": y, #1 (line 1)');
    expect(hostileFailure).toContain(
      'now "We discussed <oil> & "gas" ]]> 5%,\\x1b[31m\\u202e now: yes."',
    );
  });

  it('github: an annotation per change at the sentence’s line, with GitHub’s escaping, and a notice', () => {
    const corpus = failingCorpus();
    const result = run(['check', '.', '--format', 'github'], { cwd: corpus });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const annotation = /^::error file=([^,:]+),line=(\d+),title=([^,:]+)::(.+)$/;
    for (const line of lines.slice(0, -1)) expect(line).toMatch(annotation);
    expect(lines.at(-1)).toMatch(
      /^::notice title=communique check::1 passed, 2 failed; link F1 \d\.\d\d over 2 gold-labelled cases$/,
    );

    const verdict = lines
      .map((line) => annotation.exec(line))
      .find((m) => m?.[3]?.includes('shared → contradiction'))!;
    expect(verdict.slice(1, 3)).toEqual(['lavrov-muhriddin/moscow.txt', '7']);
    expect(verdict[3]).toBe('communique check lavrov-muhriddin%3A shared → contradiction');
    const line = readFileSync(join(corpus, verdict[1]!), 'utf8').split('\n')[
      Number(verdict[2]) - 1
    ];
    expect(line).toContain('The sides agreed to cherish');

    const hostile = lines.find((l) => l.startsWith('::error file=hostile/a.txt,line=1,'))!;
    expect(hostile).toContain(
      'title=communique check hostile%3A sentence edited in A & <Co>%2C "x"%3A y%2C #1 (line 1)::',
    );
    expect(hostile).toContain(
      'now "We discussed <oil> & "gas" ]]> 5%25,\\x1b[31m\\u202e now: yes."',
    );
  });

  it('json: a record per case with its changes, and the totals', () => {
    const result = run(['check', failingCorpus(), '--format', 'json']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.summary).toMatchObject({ cases: 3, passed: 1, failed: 2, snapshotsWritten: 0 });
    const flagship = json.cases.find((c: { id: string }) => c.id === 'lavrov-muhriddin');
    expect(flagship).toMatchObject({ status: 'fail', snapshot: 'changed' });
    expect(flagship.changes.map((c: { type: string }) => c.type)).toEqual([
      'sentence-edited',
      'verdict-changed',
    ]);
    expect(flagship.changes[1]).toMatchObject({
      from: 'shared',
      to: 'contradiction',
      a: [{ document: 0, number: 10, line: 7, current: true }],
    });
    expect(flagship.scores.links.f1).toBeGreaterThan(0);
  });

  it('prints no progress bar when stderr is not a terminal, however many cases', () => {
    const corpus = tempDir('check-many');
    // Copies of the smallest case: the bar is about the number of cases, not their size.
    for (let k = 0; k < 24; k++)
      cpSync(join(FIXTURES, 'mali-algeria-drone'), join(corpus, `case-${k}`), { recursive: true });
    const result = run(['check', corpus]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^24 passed, 0 failed/m);
  });
});
