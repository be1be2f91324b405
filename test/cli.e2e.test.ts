import { linkSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp.js';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP, run, runInProcess } from './helpers/cli.js';

const tmp = tempDir('e2e');
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

/** The flagship pair with the labels a reader sees in the README. */
const LABELLED_FLAGSHIP = [FLAGSHIP.a, FLAGSHIP.b, '--label-a', 'Moscow', '--label-b', 'Dushanbe'];

describe('communique A B (compare)', () => {
  it('reports the flagship pair: the rejected claim as a contradiction, the call and alliance as shared', () => {
    const result = run([...LABELLED_FLAGSHIP, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    const text = (side: 'a' | 'b', i: number) => report[side].sentences[i].text as string;
    const contradiction = report.matches.find(
      (m: any) =>
        m.kind === 'contradiction' &&
        m.a.some((i: number) => text('a', i).includes('not directed against any nation')),
    );
    expect(contradiction).toBeDefined();
    expect(contradiction.b.map((j: number) => text('b', j)).join(' ')).toContain(
      'thesis is incompatible with the real situation',
    );
    expect(contradiction.reasons.map((r: any) => r.cue)).toContain('rejection');
    const sharedA = report.matches
      .filter((m: any) => m.kind === 'shared')
      .flatMap((m: any) => m.a.map((i: number) => text('a', i)));
    expect(sharedA.some((s: string) => s.includes('held a telephone conversation'))).toBe(true);
    expect(sharedA.some((s: string) => s.includes('partnership and alliance'))).toBe(true);
    const onlyB = report.onlyB.map((j: number) => text('b', j));
    expect(
      onlyB.some((s: string) => s.includes('difficult situation of citizens of Tajikistan')),
    ).toBe(true);
  });

  it('prints a readable text report without colour when piped', () => {
    const result = run([...LABELLED_FLAGSHIP, '--width', '0']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Contradictions (');
    expect(result.stdout).toContain('Only in Dushanbe (');
    expect(result.stdout).toContain(
      'why (rejection): Moscow: "not directed against any nation or religion"; Dushanbe disputes it: "incompatible with"',
    );
    expect(result.stdout.split('\n').slice(0, 6)).toContain(
      '1 contradiction, 3 shared, 7 only in Moscow, 7 only in Dushanbe',
    );
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('marks the words that carry the verdict, not the whole paraphrase', () => {
    const { stdout } = run([FLAGSHIP.a, FLAGSHIP.b, '--width', '0']);
    expect(stdout).toContain('this thesis is [[incompatible with]] the real situation');
    expect(stdout).toContain('they are [[not directed against any nation or religion]].');
    // The shared paraphrase "The sides agreed to cherish the time-tested partnership ...": the
    // common words marked, the reworded ones plain.
    const line = stdout.split('\n').find((l) => l.includes('agreed to cherish'))!;
    expect(line).toContain('[[partnership]] and [[alliance]]');
    expect(line).toContain('agreed to cherish the time-tested');
    expect(stdout).not.toContain('about: nation, not');
  });

  it.each([[[]], [['compare']], [['sentences']], [['check']]])(
    'ends --help with two or three examples (%j)',
    (command) => {
      const { stdout, status } = run([...command, '--help']);
      expect(status).toBe(0);
      const tail = stdout.trimEnd().split('\n').slice(-4);
      expect(tail[0]).toBe('Examples:');
      expect(tail.slice(1).every((line) => line.startsWith('  $ communique '))).toBe(true);
    },
  );

  it('prints only the sections --show names', () => {
    const { stdout, status } = run([FLAGSHIP.a, FLAGSHIP.b, '--show', 'contradiction']);
    expect(status).toBe(0);
    expect(stdout).toContain('Contradictions (1)');
    expect(stdout).not.toMatch(/^(Shared|Only in)/m);
    const only = run([FLAGSHIP.a, FLAGSHIP.b, '--show', 'only,shared']).stdout;
    expect(only).not.toContain('Contradictions (');
    expect(only).toMatch(/^Shared \(3\)$/m);
    expect(only).toMatch(/^ {2}> #2 \(1:201\)$/m);
    expect(only).toContain('closest in moscow: #');
    expect(run([FLAGSHIP.a, FLAGSHIP.b, '--show', 'contradictions']).status).toBe(2);
  });

  it('keeps the word diff behind --word-diff', () => {
    const { stdout } = run([FLAGSHIP.a, FLAGSHIP.b, '--word-diff', '--width', '0']);
    expect(stdout).toContain(
      '{+Muhriddin stressed that this thesis is incompatible with the real situation.+}',
    );
    expect(stdout).not.toContain('[[');
  });

  it('warns on stderr and in the report when the documents look like different events', () => {
    const dir = 'fixtures/unrelated-readouts';
    const result = run([`${dir}/brasilia.txt`, `${dir}/oslo.txt`]);
    expect(result.stderr).toMatch(
      /^communique: warning: the two documents look like reports of different events/,
    );
    expect(result.stdout.split('\n').slice(0, 8).join('\n')).toContain(
      'warning: the two documents',
    );
    expect(run([FLAGSHIP.a, FLAGSHIP.b]).stderr).toBe('');
  });

  it('compares a one-sentence English document with an English readout, in English', () => {
    const short = file('kishida.txt', 'Prime Minister Kishida invited President Yoon to Tokyo.\n');
    const result = run([short, FLAGSHIP.a, '--format', 'json']);
    expect(result.stderr).not.toMatch(/languages/);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect([report.a.language, report.b.language]).toEqual(['en', 'en']);
  });

  it('colours with --color always and FORCE_COLOR, and never with --color never or NO_COLOR', () => {
    expect(run([FLAGSHIP.a, FLAGSHIP.b, '--color', 'always']).stdout).toContain('\u001b[');
    expect(run([FLAGSHIP.a, FLAGSHIP.b], { env: { FORCE_COLOR: '1' } }).stdout).toContain(
      '\u001b[',
    );
    expect(
      run([FLAGSHIP.a, FLAGSHIP.b, '--color', 'never'], { env: { FORCE_COLOR: '1' } }).stdout,
    ).not.toContain('\u001b[');
    expect(run([FLAGSHIP.a, FLAGSHIP.b], { env: { NO_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('reads one document from stdin with -', () => {
    const viaFile = run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json']);
    const viaStdin = run([FLAGSHIP.a, '-', '--format', 'json'], {
      input: readFileSync(FLAGSHIP.b),
    });
    expect(viaStdin.status).toBe(0);
    const strip = (json: string) => ({ ...JSON.parse(json), a: null, b: null });
    expect(strip(viaStdin.stdout)).toEqual(strip(viaFile.stdout));
    expect(JSON.parse(viaStdin.stdout).b.source).toBe('-');
  });

  it('is byte-identical when run twice', () => {
    expect(run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json']).stdout).toBe(
      run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json']).stdout,
    );
  });

  it('exits 1 on --fail-on when the condition is met, 0 when it is not', () => {
    expect(run([FLAGSHIP.a, FLAGSHIP.b, '--fail-on', 'contradiction']).status).toBe(1);
    expect(run([FLAGSHIP.a, FLAGSHIP.b, '--fail-on', 'difference']).status).toBe(1);
    expect(run([FLAGSHIP.a, FLAGSHIP.a, '--fail-on', 'difference']).status).toBe(0);
    expect(run([FLAGSHIP.a, FLAGSHIP.a, '--fail-on', 'contradiction']).status).toBe(0);
  });

  it('writes the report atomically to --output', () => {
    const out = join(tmp, 'report.json');
    const result = run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json', '--output', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(2);
  });
});

describe('usage and input errors exit 2 with one line naming the problem', () => {
  it.each([
    ['the input itself', (input: string) => input],
    [
      'a symbolic link to it',
      (input: string) => (symlinkSync(input, `${input}.link`), `${input}.link`),
    ],
    ['a hard link to it', (input: string) => (linkSync(input, `${input}.hard`), `${input}.hard`)],
  ] as const)(
    'refuses --output onto an input (%s) and leaves the input as it was',
    (_name, outputFor) => {
      const dir = tempDir('output-onto-input');
      const input = join(dir, 'moscow.txt');
      const original = readFileSync(FLAGSHIP.a, 'utf8');
      writeFileSync(input, original);
      const output = outputFor(input);
      const result = run([input, FLAGSHIP.b, '-o', output]);
      expect(result).toMatchObject({ status: 2, stdout: '' });
      expect(result.stderr).toBe(
        `communique: ${output}: is the input ${input}; --output would overwrite it\n`,
      );
      expect(readFileSync(input, 'utf8')).toBe(original);
    },
  );

  const cases: [string, string[], RegExp][] = [
    ['no arguments', [], /two documents/],
    ['one argument', [FLAGSHIP.a], /compare needs two or more documents/],
    [
      'a missing file',
      ['no-such-file.txt', FLAGSHIP.b],
      /^communique: no-such-file\.txt: no such file\n$/,
    ],
    ['a directory', [tmp, FLAGSHIP.b], /is a directory/],
    ['an empty file', [file('empty.txt', ''), FLAGSHIP.b], /empty\.txt: file is empty/],
    [
      'a blank file',
      [file('blank.txt', ' \n\t\n'), FLAGSHIP.b],
      /blank\.txt: contains only white space/,
    ],
    [
      'a binary file',
      [
        file(
          'image.png',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        ),
        FLAGSHIP.b,
      ],
      /image\.png: binary data/,
    ],
    [
      'invalid UTF-8',
      [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), FLAGSHIP.b],
      /latin1\.txt: invalid UTF-8 at byte 3/,
    ],
    [
      'a file over --max-bytes',
      [FLAGSHIP.a, FLAGSHIP.b, '--max-bytes', '100'],
      /over the --max-bytes limit of 100/,
    ],
    ['both inputs from stdin', ['-', '-'], /only one of the two documents/],
    [
      'a threshold that is not a number',
      [FLAGSHIP.a, FLAGSHIP.b, '--threshold', 'abc'],
      /--threshold takes a number from 0 to 1/,
    ],
    [
      'a threshold out of range',
      [FLAGSHIP.a, FLAGSHIP.b, '--threshold', '1.5'],
      /--threshold takes a number from 0 to 1/,
    ],
    [
      'an unknown format',
      [FLAGSHIP.a, FLAGSHIP.b, '--format', 'xml'],
      /Allowed choices are text, json/,
    ],
    ['an unknown option', [FLAGSHIP.a, FLAGSHIP.b, '--frobnicate'], /unknown option/],
    [
      'documents in two languages',
      [FLAGSHIP.a, 'fixtures/lavrov-muhriddin-ru/dushanbe.txt'],
      /different languages \(moscow: en, dushanbe: ru\)/,
    ],
    [
      'an unknown language',
      [FLAGSHIP.a, FLAGSHIP.b, '--lang', 'xx'],
      /--lang <code>' argument 'xx' is invalid/,
    ],
  ];
  // In process: main() refuses these before writing any report; test/robustness.inputs.test.ts
  // and test/robustness.hostile.test.ts give such errors through the real process.
  it.each(cases)('%s', async (_name, args, message) => {
    const result = await runInProcess(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('encodings and formats', () => {
  it('reads UTF-16 with a BOM, UTF-8 with a BOM and CRLF line endings like plain UTF-8', () => {
    const text = readFileSync(FLAGSHIP.a, 'utf8');
    const utf16 = file(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const bom = file('bom.txt', `\ufeff${text}`);
    const crlf = file('crlf.txt', text.replace(/\n/g, '\r\n'));
    const sentences = (path: string) =>
      JSON.parse(run(['sentences', path, '--format', 'json']).stdout).sentences.map(
        (s: any) => s.text,
      );
    const expected = sentences(FLAGSHIP.a);
    expect(sentences(utf16)).toEqual(expected);
    expect(sentences(bom)).toEqual(expected);
    expect(sentences(crlf)).toEqual(expected);
  });

  it('reduces Markdown and HTML to their prose, with headings as their own sentences', () => {
    mkdirSync(join(tmp, 'fmt'), { recursive: true });
    const md = file(
      'fmt/statement.md',
      '# Readout of the call\n\nThe ministers **discussed** [trade](https://example.org).\n\n- Both sides agreed to meet again\n- The next round is in May\n',
    );
    const html = file(
      'fmt/statement.html',
      '<html><head><title>x</title><script>var a = "no.";</script></head><body><h1>Readout of the call</h1><p>The ministers <b>discussed</b> trade &amp; energy.</p><ul><li>Both sides agreed to meet again</li></ul></body></html>',
    );
    const texts = (path: string) =>
      JSON.parse(run(['sentences', path, '--format', 'json']).stdout).sentences.map(
        (s: any) => s.text,
      );
    expect(texts(md)).toEqual([
      'Readout of the call',
      'The ministers discussed trade.',
      'Both sides agreed to meet again',
      'The next round is in May',
    ]);
    expect(texts(html)).toEqual([
      'Readout of the call',
      'The ministers discussed trade & energy.',
      'Both sides agreed to meet again',
    ]);
  });
});
