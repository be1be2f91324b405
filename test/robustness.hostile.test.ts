// Hostile inputs beyond the other robustness files: deep markup, entities that decode to controls,
// lone surrogates, hostile labels and file names, FIFOs, endless and growing files, closed and full
// outputs, signals during --output, and a hostile corpus. In process where the CLI is not what is
// tested; the CLI where its process is (exit codes, streams, signals, files).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../src/index.js';
import { decodeBytes, InputError } from '../src/load/index.js';
import { htmlToPlainText } from '../src/load/html.js';
import { markdownToPlainText } from '../src/load/markdown.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderNdjson } from '../src/render/ndjson.js';
import { createStyle } from '../src/render/style.js';
import { renderText } from '../src/render/text.js';
import { BIN, FLAGSHIP, ROOT, expectOneLineError, run, type Run } from './helpers/cli.js';
import { expectLinearWork } from './helpers/growth.js';
import { tempDir } from './helpers/temp.js';

const tmp = tempDir('hostile');
const READOUT = readFileSync(FLAGSHIP.a, 'utf8');
const OTHER = readFileSync(FLAGSHIP.b, 'utf8');
const POSIX = process.platform !== 'win32';
const hasMkfifo = POSIX && spawnSync('mkfifo', ['--version']).error === undefined;

/** Everything a document could use to act on a terminal or hide text from its reader. */
const RAW_UNSAFE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Our own colours: SGR sequences only. */
const OWN_SGR = /\u001b\[[0-9;]*m/g;

/** Exit 2, nothing on stdout, one line on stderr matching `message`, no stack trace. */
/** Runs a bash script with the CLI as "$BIN" and the flagship pair as "$A" and "$B". */
function bash(script: string, cwd = tmp): Run {
  const result = spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, BIN, A: FLAGSHIP.a, B: FLAGSHIP.b, NODE: process.execPath },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every report format of the library's renderers, text with and without colour. */
function renderAll(report: Report) {
  return {
    text: renderText(report, { style: createStyle(0), width: 0 }),
    'text in colour': renderText(report, { style: createStyle(3), width: 40 }).replace(OWN_SGR, ''),
    markdown: renderMarkdown(report),
    json: renderJson(report),
    ndjson: renderNdjson(report),
  };
}

const texts = (report: Report, side: 'a' | 'b') => report[side].sentences.map((s) => s.text);

describe('deeply nested HTML, in linear work', () => {
  const nested = (open: string, close: string, depth: number, inner = 'The talks ended.') =>
    open.repeat(depth) + inner + close.repeat(depth);

  it('100,000 nested <div>s: the text is found, and 4× the depth costs about 4× the work', () => {
    expect(htmlToPlainText(nested('<div>', '</div>', 100_000)).text.trim()).toBe(
      'The talks ended.',
    );
    expectLinearWork((scale) => nested('<div>', '</div>', 2_500 * scale), htmlToPlainText);
  });

  it('end tags that match no open element, under 100,000 open ones', () => {
    expect(htmlToPlainText(nested('<b>', '</i>', 100_000)).text.trim()).toBe('The talks ended.');
    expectLinearWork((scale) => nested('<b>', '</i>', 2_500 * scale), htmlToPlainText);
  });

  it('100,000 nested <svg>s are skipped, and the prose after them is kept', () => {
    const html = `${nested('<svg>', '</svg>', 100_000, 'hidden')}<p>The talks ended.</p>`;
    expect(htmlToPlainText(html).text.trim()).toBe('The talks ended.');
    expectLinearWork(
      (scale) => nested('<svg><g>', '</g></svg>', 1_250 * scale, 'hidden'),
      htmlToPlainText,
    );
  });

  it('100,000 unclosed <p> and <li> in nested lists still end each paragraph', () => {
    const plain = htmlToPlainText('<ul><li><p>One.'.repeat(100_000)).text;
    expect(plain.split('\n\n').filter((block) => block === 'One.')).toHaveLength(100_000);
  });
});

describe('HTML entities that decode to what must not reach a terminal', () => {
  const reportOf = (entity: string) =>
    compare(
      {
        text: `<p>The ministers met in ${entity}Moscow on Monday.</p><p>They discussed trade.</p>`,
        format: 'html',
      },
      { text: OTHER },
      { lang: 'en' },
    );

  it.each([
    ['&#x1b;[2J (an escape sequence)', '&#x1b;[2J', '\u001b[2J', '\\x1b[2J'],
    ['&#x202e; (a right-to-left override)', '&#x202e;', '\u202e', '\\u202e'],
    ['&#x2067; (a right-to-left isolate)', '&#x2067;', '\u2067', '\\u2067'],
    ['&#x1; (a C0 control)', '&#x1;', '\u0001', '\\x01'],
  ])('%s is escaped in every report and kept exactly in JSON', (_name, entity, decoded, shown) => {
    const report = reportOf(entity);
    expect(texts(report, 'a')[0]).toContain(decoded);
    const outputs = renderAll(report);
    for (const [format, output] of Object.entries(outputs))
      expect(output.replace(/\n/g, ' '), format).not.toMatch(RAW_UNSAFE);
    expect(outputs.text).toContain(shown);
    expect(JSON.parse(outputs.json).a.sentences[0].text).toContain(decoded);
  });

  it.each([
    ['&#0;', 'NUL'],
    ['&#xD800;', 'a lone high surrogate'],
    ['&#xDFFF;', 'a lone low surrogate'],
    ['&#x110000;', 'beyond Unicode'],
  ])('%s (%s) becomes U+FFFD, never the character', (entity) => {
    const report = reportOf(entity);
    const sentence = texts(report, 'a')[0]!;
    expect(sentence).toContain('in \ufffdMoscow');
    for (const output of Object.values(renderAll(report))) {
      expect(output).not.toContain('\u0000');
      expect(output).not.toMatch(LONE_SURROGATE);
    }
  });
});

describe('lone surrogates', () => {
  const utf16le = (units: number[], bom = true) =>
    Buffer.from(new Uint16Array([...(bom ? [0xfeff] : []), ...units]).buffer) satisfies Uint8Array;
  const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

  it.each([
    ['a lone low surrogate in UTF-16LE', utf16le([...ascii('The talks.'), 0xdc00])],
    ['a high surrogate as the last unit', utf16le([...ascii('The talks ended.'), 0xd83d])],
    [
      'a lone surrogate in UTF-16 without a BOM',
      utf16le([...ascii('The talks ended on Monday in Moscow. '.repeat(4)), 0xd800], false),
    ],
    [
      'a lone surrogate in UTF-16BE',
      Buffer.from(utf16le([...ascii('The talks.'), 0xdc00]).map((_, i, b) => b[i ^ 1]!)),
    ],
  ])('%s is refused as invalid, never decoded', (_name, bytes) => {
    expect(() => decodeBytes(bytes)).toThrow(InputError);
    expect(() => decodeBytes(bytes)).toThrow(/invalid UTF-16(?:LE|BE) \(unpaired surrogate\)/);
  });

  it('given to the library, they leave every report well-formed and hostile labels escaped', () => {
    const report = compare(
      {
        text: `The ministers met in \ud800 Moscow. They discussed trade \udc00.\n${READOUT}`,
        label: 'A\u001b]0;title\u0007\u202e',
      },
      { text: READOUT, label: 'B\u2067' },
      { lang: 'en' },
    );
    for (const [format, output] of Object.entries(renderAll(report))) {
      expect(output.replace(/\n/g, ' '), format).not.toMatch(RAW_UNSAFE);
      if (format !== 'json' && format !== 'ndjson') expect(output, format).toContain('\\u202e');
    }
  });
});

describe('deeply nested Markdown, in linear work', () => {
  it('10,000 nested list markers on one line', () => {
    const line = (depth: number) => `${'- '.repeat(depth)}The talks ended.\n`;
    expect(markdownToPlainText(line(10_000)).text.trim()).toBe(
      `${'- '.repeat(9_999)}The talks ended.`,
    );
    expectLinearWork((scale) => line(4_000 * scale), markdownToPlainText);
  });

  it('10,000 lists nested by indentation, one item each', () => {
    const list = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${' '.repeat(i % 400)}- Item ${i} ended.`).join(
        '\n',
      );
    const blocks = markdownToPlainText(list(10_000)).text.split('\n\n');
    expect(blocks.filter((block) => /^Item \d+ ended\.$/.test(block.trim()))).toHaveLength(10_000);
    expectLinearWork((scale) => list(1_000 * scale), markdownToPlainText);
  });

  it('10,000 nested block quotes', () => {
    const quote = (depth: number) => `${'>'.repeat(depth)} The talks ended.\n`;
    expect(markdownToPlainText(quote(10_000)).text.trim()).toBe('The talks ended.');
    expectLinearWork((scale) => quote(10_000 * scale), markdownToPlainText);
  });

  it('a table row of 10,000 cells and a line of 10,000 unclosed links', () => {
    const row = (cells: number) => `|${' The talks ended. |'.repeat(cells)}\n`;
    expect(markdownToPlainText(row(10_000)).text.split('The talks ended.')).toHaveLength(10_001);
    expectLinearWork((scale) => row(1_000 * scale), markdownToPlainText);
    const links = (n: number) => `${'[a]('.repeat(n)}\n`;
    expectLinearWork((scale) => links(1_000 * scale), markdownToPlainText);
  });
});

describe('labels with escapes and newlines', () => {
  const hostileLabel = 'Mos\ncow\u001b[2J\u001b]8;;http://x\u0007';
  const report = compare({ text: READOUT, label: hostileLabel }, { text: OTHER }, { lang: 'en' });

  it('never reach any report raw; the text header stays one line', () => {
    const outputs = renderAll(report);
    for (const [format, output] of Object.entries(outputs))
      expect(output.replace(/\n/g, ' '), format).not.toMatch(RAW_UNSAFE);
    expect(outputs.text.split('\n')[0]).toBe(
      'communique: Mos\\x0acow\\x1b[2J\\x1b]8;;http://x\\x07 vs B',
    );
    // Markdown shows the escape's backslash as \\ and the bracket as \[.
    expect(outputs.markdown).toContain('Mos\\\\x0acow\\\\x1b\\[2J');
  });

  it('are kept exactly in JSON and NDJSON', () => {
    const outputs = renderAll(report);
    expect(JSON.parse(outputs.json).a.label).toBe(hostileLabel);
    expect(JSON.parse(outputs.ndjson.split('\n')[0]!).a.label).toBe(hostileLabel);
  });

  it('through the CLI: --label-a with a newline, in the text and Markdown reports', () => {
    for (const format of ['text', 'markdown']) {
      const result = run([FLAGSHIP.a, FLAGSHIP.b, '--label-a', hostileLabel, '--format', format]);
      expect(result.status).toBe(0);
      expect(result.stdout.replace(/\n/g, ' ')).not.toMatch(RAW_UNSAFE);
      expect(result.stdout).toMatch(/Mos\\{1,2}x0acow\\{1,2}x1b\\?\[2J/);
    }
  });
});

describe.runIf(POSIX)('file names', () => {
  it('a name with a newline and an escape: read, and its default label escaped', () => {
    const path = join(tmp, 'evil\n\u001b[2Jname.txt');
    writeFileSync(path, READOUT);
    const result = run([path, FLAGSHIP.b]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('communique: evil\\x0a\\x1b[2Jname vs dushanbe');
    expect(result.stdout.replace(/\n/g, ' ')).not.toMatch(RAW_UNSAFE);
  });

  it('a name with a leading dash: read after --, refused as an unknown option without it', () => {
    writeFileSync(join(tmp, '-rf.txt'), READOUT);
    const result = run(['--format', 'json', '--', '-rf.txt', FLAGSHIP.b], { cwd: tmp });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).a.source).toBe('-rf.txt');
    expectOneLineError(run(['-rf.txt', FLAGSHIP.b], { cwd: tmp }), /unknown option '-rf\.txt'/);
  });
});

describe.runIf(hasMkfifo)('FIFOs, endless and growing files', () => {
  it('a FIFO as input reads like the file it carries', () => {
    const result = bash(
      'mkfifo in.fifo && { cat "$A" > in.fifo & } && "$NODE" "$BIN" in.fifo "$B" --format json; s=$?; rm in.fifo; exit $s',
    );
    expect(result.status).toBe(0);
    const direct = JSON.parse(run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json']).stdout);
    expect(JSON.parse(result.stdout).a.sentences).toEqual(direct.a.sentences);
  });

  it('a FIFO that carries more than --max-bytes is refused once over the limit', () => {
    const result = bash(
      'mkfifo big.fifo && { yes "The talks ended." > big.fifo 2>/dev/null & } && "$NODE" "$BIN" big.fifo "$B" --max-bytes 200000; s=$?; rm big.fifo; exit $s',
    );
    expectOneLineError(result, /big\.fifo: is over the --max-bytes limit of 200000 bytes$/m);
  });

  it('/dev/zero on standard input is refused once over --max-bytes', () => {
    expectOneLineError(
      bash('"$NODE" "$BIN" "$A" - --max-bytes 100000 < /dev/zero'),
      /^communique: <stdin>: is over the --max-bytes limit of 100000 bytes$/m,
    );
  });

  it('/dev/urandom is refused once over --max-bytes', () => {
    expectOneLineError(
      run([FLAGSHIP.a, '/dev/urandom', '--max-bytes', '100000']),
      /^communique: \/dev\/urandom: is over the --max-bytes limit of 100000 bytes$/m,
    );
  });

  it('a file that grows while it is read stops at --max-bytes, whatever its size at the start', () => {
    // The writer appends 8 MB; the limit is 2 MB. Whether the file is already over it when the CLI
    // looks (refused by its size) or passes it while read (refused by the count), it is refused.
    const result = bash(
      '{ printf "The talks began.\\n" > grow.txt; yes "The talks went on." | head -c 8000000 >> grow.txt & } && "$NODE" "$BIN" grow.txt "$B" --max-bytes 2000000; s=$?; wait; rm grow.txt; exit $s',
    );
    expectOneLineError(result, /grow\.txt: is (?:\d+ bytes, )?over the --max-bytes limit/m);
  });
});

describe.runIf(POSIX)('closed and full outputs', () => {
  it('a reader that stops early (| head -1): exit 0 and nothing on stderr, for every command', () => {
    for (const command of [
      '"$NODE" "$BIN" "$A" "$B"',
      '"$NODE" "$BIN" "$A" "$B" --format json',
      '"$NODE" "$BIN" sentences "$A"',
    ]) {
      const result = bash(`${command} | head -1 >/dev/null; exit \${PIPESTATUS[0]}`);
      expect(result.stderr, command).toBe('');
      expect(result.status, command).toBe(0);
    }
  });

  it.skipIf(!statSafe('/dev/full')?.isCharacterDevice())(
    'stdout on /dev/full: exit 2 and one line, no stack trace',
    () => {
      expectOneLineError(
        bash('"$NODE" "$BIN" "$A" "$B" > /dev/full'),
        /^communique: <stdout>: cannot write the report \(no space left on the device\)$/m,
      );
    },
  );

  it.runIf(hasMkfifo)(
    '--output onto a FIFO, directly or through a link: written into it, never replaced',
    () => {
      const result = bash(
        'mkfifo out.fifo && ln -s out.fifo out.link && { cat out.fifo > got.txt & } && "$NODE" "$BIN" "$A" "$B" -o out.link && wait && test -p out.fifo && test -L out.link && cat got.txt; s=$?; rm -f out.fifo out.link got.txt; exit $s',
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(run([FLAGSHIP.a, FLAGSHIP.b]).stdout);
    },
  );
});

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

describe.runIf(POSIX)('a stop signal while --output is written', () => {
  // The report is written by the CLI's own writer in a child; the signal is sent as soon as the
  // temporary file appears, so that it lands in the middle of the write.
  const CONTENT_BYTES = 30_000_000;

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: the process stops by it, leaving the whole report or nothing, and no temporary file',
    async (signal) => {
      const dir = join(tmp, `signal-${signal}`);
      mkdirSync(dir);
      const target = join(dir, 'report.txt');
      const io = join(ROOT, 'dist/io/files.js');
      const child = spawn(process.execPath, [
        '--input-type=module',
        '-e',
        `import { writeOutputFile } from ${JSON.stringify(io)}; writeOutputFile(${JSON.stringify(target)}, 'x'.repeat(${CONTENT_BYTES}));`,
      ]);
      const watcher = watch(dir, (_event, name) => {
        if (name?.endsWith('.tmp')) child.kill(signal);
      });
      const [code, stoppedBy] = await new Promise<[number | null, string | null]>((done) =>
        child.on('exit', (exitCode, exitSignal) => done([exitCode, exitSignal])),
      );
      watcher.close();
      expect({ code, stoppedBy }).toEqual({ code: null, stoppedBy: signal });
      const left = readdirSync(dir);
      expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      if (left.includes('report.txt')) expect(statSync(target).size).toBe(CONTENT_BYTES);
    },
  );
});

describe.runIf(POSIX)('a hostile corpus', () => {
  const corpusOf = (...ids: string[]) => {
    const dir = tempDir('hostile-corpus');
    for (const id of ids) cpSync(join(ROOT, 'fixtures', id), join(dir, id), { recursive: true });
    return dir;
  };

  it('three concurrent check --update runs leave a whole, correct snapshot and no temporary file', async () => {
    const corpus = corpusOf('lavrov-muhriddin');
    const snapshot = join(corpus, 'lavrov-muhriddin', 'expected.json');
    const recorded = readFileSync(snapshot, 'utf8');
    rmSync(snapshot);
    const runs = Array.from(
      { length: 3 },
      () =>
        new Promise<number | null>((done) =>
          spawn(process.execPath, [BIN, 'check', corpus, '--update'], { stdio: 'ignore' }).on(
            'exit',
            done,
          ),
        ),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0]);
    expect(readFileSync(snapshot, 'utf8')).toBe(recorded);
    expect(readdirSync(join(corpus, 'lavrov-muhriddin')).filter((n) => n.endsWith('.tmp'))).toEqual(
      [],
    );
  });

  it('a statement that is a FIFO or a link loop: that case is an error, the others run', () => {
    const corpus = corpusOf('lavrov-muhriddin', 'us-russia-call', 'biden-xi-bali');
    const fifo = join(corpus, 'lavrov-muhriddin', 'moscow.txt');
    rmSync(fifo);
    if (hasMkfifo) spawnSync('mkfifo', [fifo]);
    else symlinkSync('/dev/zero', fifo);
    const loop = join(corpus, 'us-russia-call', readCaseFile(corpus, 'us-russia-call'));
    rmSync(loop);
    symlinkSync(loop, loop);
    const result = spawnSync(process.execPath, [BIN, 'check', corpus], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.error).toBeUndefined(); // no timeout: nothing waited for a writer
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^ERROR +lavrov-muhriddin .*moscow\.txt: not a regular file/m);
    expect(result.stdout).toMatch(/^ERROR +us-russia-call .*washington\.txt/m);
    expect(result.stdout).toMatch(/^PASS +biden-xi-bali/m);
    expect(lstatSync(fifo).isFIFO() || lstatSync(fifo).isSymbolicLink()).toBe(true);
  });

  it('a case.json that is a FIFO: that case is an error, and the run does not wait for it', () => {
    const corpus = corpusOf('lavrov-muhriddin', 'biden-xi-bali');
    const manifest = join(corpus, 'lavrov-muhriddin', 'case.json');
    rmSync(manifest);
    if (hasMkfifo) spawnSync('mkfifo', [manifest]);
    else symlinkSync('/dev/zero', manifest);
    const result = spawnSync(process.execPath, [BIN, 'check', corpus], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^ERROR +lavrov-muhriddin .*case\.json.*not a regular file/m);
    expect(result.stdout).toMatch(/^PASS +biden-xi-bali/m);
  });
});

/** The file name of side A of a fixture case. */
function readCaseFile(corpus: string, id: string): string {
  return (
    JSON.parse(readFileSync(join(corpus, id, 'case.json'), 'utf8')) as { a: { file: string } }
  ).a.file;
}
