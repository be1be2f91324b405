// Every kind of bad input, end to end through the built CLI: either exit 2 with one line on
// stderr that names the file or option and the problem, or exit 0 with a correct report.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, FLAGSHIP, expectOneLineError, run, runInProcess, type Run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import { EXIT_INTERNAL } from '../src/cli/exit-codes.js';

const tmp = tempDir('robustness');
const file = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const READOUT = readFileSync(FLAGSHIP.a, 'utf8');
const MiB = 1024 * 1024;

/** Exit 2, nothing on stdout, exactly one line on stderr matching `message`, no stack trace. */
/** The sentences of a JSON report's side, as text. */
const sentenceTexts = (result: Run, side: 'a' | 'b'): string[] =>
  JSON.parse(result.stdout)[side].sentences.map((s: { text: string }) => s.text);

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Buffer => {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
};

describe('unreadable inputs', () => {
  const cases: [string, () => string, RegExp][] = [
    [
      'a missing file',
      () => join(tmp, 'missing.txt'),
      /^communique: .*missing\.txt: no such file$/m,
    ],
    [
      'a directory',
      () => tmp,
      /^communique: .*communique-robustness-\w+: is a directory, not a file$/m,
    ],
    [
      'a path through a file',
      () => `${FLAGSHIP.a}/x.txt`,
      /moscow\.txt\/x\.txt: a part of the path is not a directory$/m,
    ],
    ['an empty path', () => '', /^communique: '' \(an empty path\): no such file$/m],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: file is empty$/m],
    [
      'a white-space-only file',
      () => file('blank.txt', ' \n\t\r\n\u00a0\u3000\n'),
      /blank\.txt: contains only white space; nothing to compare$/m,
    ],
    [
      'a file of zero-width characters',
      () => file('invisible.txt', '\u200b\u200d\ufeff\u2060\n'),
      /invisible\.txt: contains only invisible characters; nothing to compare$/m,
    ],
    [
      'a file with NUL bytes',
      () => file('nul-bytes.bin', Buffer.from([0x01, 0x02, 0x00, 0x00, 0xff])),
      /nul-bytes\.bin: binary data \(NUL byte at byte 2\); expected text$/m,
    ],
    [
      'a PNG image',
      () =>
        file(
          'image.txt',
          Buffer.from([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
          ]),
        ),
      /image\.txt: binary data \(a PNG image\); expected text$/m,
    ],
    [
      'a PDF document',
      () =>
        file(
          'statement.pdf',
          Buffer.concat([
            Buffer.from('%PDF-1.4\n%'),
            Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01, 0x9c]),
          ]),
        ),
      /statement\.pdf: binary data \(a PDF document\); extract its text first/m,
    ],
    [
      'a .docx (ZIP) file',
      () => file('statement.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])),
      /statement\.docx: binary data \(a ZIP archive/m,
    ],
    [
      'UTF-32',
      () => file('utf32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])),
      /utf32\.txt: UTF-32 is not supported; save the file as UTF-8$/m,
    ],
    [
      'Windows-1252 text (invalid UTF-8)',
      () =>
        file(
          'latin1.txt',
          Buffer.concat([
            Buffer.from('The sides met.\nThe caf'),
            Buffer.from([0xe9]),
            Buffer.from(' was closed.'),
          ]),
        ),
      /latin1\.txt: invalid UTF-8 at byte 22 \(line 2\); convert the file to UTF-8/m,
    ],
    [
      'a truncated UTF-8 sequence',
      () => file('truncated.txt', Buffer.from([0x41, 0x2e, 0x20, 0xe2, 0x82])),
      /truncated\.txt: invalid UTF-8 at byte 3 \(line 1\)/m,
    ],
    [
      'a NUL inside normal text',
      () => file('nul-inside.txt', 'The sides met.\u0000 They agreed on trade.'),
      /nul-inside\.txt: binary data \(NUL byte at byte 14\); expected text$/m,
    ],
    [
      'UTF-16 with an unpaired surrogate',
      () => file('surrogate.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])),
      /surrogate\.txt: invalid UTF-16LE \(unpaired surrogate\)$/m,
    ],
    [
      'UTF-16 with an odd number of bytes',
      () => file('odd.txt', Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00])),
      /odd\.txt: invalid UTF-16BE: odd number of bytes$/m,
    ],
  ];

  it.each(cases)('%s: exit 2 naming the file and the problem', (_name, path, message) => {
    expectOneLineError(run([path(), FLAGSHIP.b]), message);
  });

  it('names a file whose name holds control characters without printing them raw', () => {
    const result = run([join(tmp, 'evil\u001b[2J\nname.txt'), FLAGSHIP.b]);
    expectOneLineError(result, /evil\\x1b\[2J\\x0aname\.txt: no such file$/m);
  });

  it('reports an unreadable file as permission denied', (ctx) => {
    const path = file('secret.txt', READOUT);
    chmodSync(path, 0o000);
    if (process.getuid?.() !== 0) {
      expectOneLineError(run([path, FLAGSHIP.b]), /secret\.txt: cannot read: permission denied$/m);
      return;
    }
    // Root reads a file whatever its mode, so run the CLI as the unprivileged user "nobody".
    chmodSync(tmp, 0o755);
    const asNobody = (args: string[]) =>
      spawnSync(process.execPath, args, {
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
        cwd: tmpdir(),
      });
    // The checkout itself may sit in a folder that "nobody" cannot enter (a mktemp -d clone).
    const canRun = asNobody([
      '-e',
      `require('node:fs').accessSync(${JSON.stringify(BIN)}); require('node:fs').accessSync(${JSON.stringify(FLAGSHIP.b)})`,
    ]);
    if (canRun.error || canRun.status !== 0)
      ctx.skip(
        'running as root, and uid 65534 cannot switch in or cannot reach the checkout, so no file is unreadable to the CLI',
      );
    const result = asNobody([BIN, path, FLAGSHIP.b]);
    expectOneLineError(
      { status: result.status, stdout: result.stdout, stderr: result.stderr },
      /secret\.txt: cannot read: permission denied$/m,
    );
  });
});

describe('inputs that are usable give a correct report', () => {
  const expected = sentenceTexts(run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json']), 'a');

  it.each([
    ['UTF-16LE with a BOM', utf16(READOUT, 'le', true)],
    ['UTF-16BE with a BOM', utf16(READOUT, 'be', true)],
    ['UTF-16LE without a BOM', utf16(READOUT, 'le', false)],
    ['UTF-16BE without a BOM', utf16(READOUT, 'be', false)],
    ['UTF-8 with a BOM', Buffer.from(`\ufeff${READOUT}`)],
    ['CRLF line ends', Buffer.from(READOUT.replace(/\n/g, '\r\n'))],
  ])('%s reads as the UTF-8 original', (name, bytes) => {
    const result = run([
      file(`${name.replace(/\W+/g, '-')}.txt`, bytes),
      FLAGSHIP.b,
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(sentenceTexts(result, 'a')).toEqual(expected);
  });

  it('reads UTF-16 without a BOM when the text has a character such as U+0100 or U+3000', () => {
    const text = `${READOUT}\nĀ\u3000note.\n`;
    const result = run([
      file('utf16-rare.txt', utf16(text, 'le', false)),
      FLAGSHIP.b,
      '--format',
      'json',
    ]);
    expect(result.status).toBe(0);
    expect(sentenceTexts(result, 'a').slice(0, expected.length)).toEqual(expected);
  });

  it('compares a file of punctuation only as one with no shared sentence', () => {
    const result = run([file('dots.txt', '... !!! ???\n'), FLAGSHIP.b, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).matches).toEqual([]);
  });

  it('compares an HTML page without prose as a document of no sentences', () => {
    const result = run([
      file('empty.html', '<html><body><script>x = 1;</script></body></html>'),
      FLAGSHIP.b,
      '--format',
      'json',
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary.sentencesA).toBe(0);
  });
});

describe('standard input', () => {
  it('refuses to read both documents from it', () => {
    expectOneLineError(
      run(['-', '-'], { input: READOUT }),
      /^communique: only one of the two documents can be read from standard input$/m,
    );
  });

  it('refuses an empty one', () => {
    expectOneLineError(
      run([FLAGSHIP.a, '-'], { input: '' }),
      /^communique: <stdin>: file is empty$/m,
    );
  });

  it('applies --max-bytes to it: the limit itself is accepted, one byte more is refused', () => {
    const input = readFileSync(FLAGSHIP.b); // the larger of the two
    expect(run([FLAGSHIP.a, '-', '--max-bytes', String(input.length)], { input }).status).toBe(0);
    expectOneLineError(
      run([FLAGSHIP.a, '-', '--max-bytes', String(input.length - 1)], { input }),
      /^communique: <stdin>: is over the --max-bytes limit of \d+ bytes$/m,
    );
  });

  it('applies the default limit of 32 MiB to it', () => {
    const result = spawnSync(process.execPath, [BIN, FLAGSHIP.b, '-'], {
      input: Buffer.alloc(32 * MiB + 1, 'a'),
      encoding: 'utf8',
    });
    expectOneLineError(
      { status: result.status, stdout: result.stdout, stderr: result.stderr },
      /^communique: <stdin>: is over the --max-bytes limit of 33554432 bytes$/m,
    );
  });
});

describe('a very large file', () => {
  it('is refused over --max-bytes, naming its size', () => {
    expectOneLineError(
      run([FLAGSHIP.a, FLAGSHIP.b, '--max-bytes', '100']),
      /moscow\.txt: is \d+ bytes, over the --max-bytes limit of 100$/m,
    );
  });

  it('is refused over the default limit of 32 MiB before it is read', () => {
    const path = file('huge.txt', Buffer.alloc(32 * MiB + 1, 'a'));
    expectOneLineError(
      run([path, FLAGSHIP.b]),
      /huge\.txt: is 33554433 bytes, over the --max-bytes limit of 33554432$/m,
    );
  });
});

describe('a special file with no size', () => {
  it.skipIf(!existsSync('/dev/zero'))('is read only up to --max-bytes (/dev/zero)', () => {
    expectOneLineError(
      run([FLAGSHIP.a, '/dev/zero', '--max-bytes', '100000']),
      /^communique: \/dev\/zero: is over the --max-bytes limit of 100000 bytes$/m,
    );
  });
});

describe('bad option values', () => {
  // commander prints these; the line names the option and what it takes.
  const cases: [string, string[], RegExp][] = [
    [
      '--threshold abc',
      ['--threshold', 'abc'],
      /--threshold.*'abc' is invalid.*takes a number from 0 to 1/,
    ],
    [
      '--threshold -1',
      ['--threshold', '-1'],
      /--threshold.*'-1' is invalid.*takes a number from 0 to 1/,
    ],
    [
      '--threshold 2',
      ['--threshold', '2'],
      /--threshold.*'2' is invalid.*takes a number from 0 to 1/,
    ],
    ['--threshold with no value', ['--threshold'], /--threshold.*argument missing/],
    [
      '--contradiction-threshold NaN',
      ['--contradiction-threshold', 'NaN'],
      /--contradiction-threshold.*takes a number from 0 to 1/,
    ],
    ['--width -3', ['--width', '-3'], /--width.*'-3' is invalid.*whole number of 0 or more/],
    ['--width 2.5', ['--width', '2.5'], /--width.*'2\.5' is invalid/],
    [
      '--max-bytes 0',
      ['--max-bytes', '0'],
      /--max-bytes.*'0' is invalid.*whole number of 1 or more/,
    ],
    ['--max-bytes abc', ['--max-bytes', 'abc'], /--max-bytes.*'abc' is invalid/],
    [
      'an unknown --format',
      ['--format', 'xml'],
      /--format.*'xml' is invalid.*Allowed choices are text, json/,
    ],
    [
      'an unknown --color',
      ['--color', 'sometimes'],
      /--color.*'sometimes' is invalid.*Allowed choices are auto, always, never/,
    ],
    ['an unknown --input-format', ['--input-format', 'pdf'], /--input-format.*'pdf' is invalid/],
    ['an unknown --fail-on', ['--fail-on', 'anything'], /--fail-on.*'anything' is invalid/],
  ];
  // In process: the options are refused before any document is read.
  it.each(cases)('%s: exit 2, one line naming the option', async (_name, options, message) => {
    expectOneLineError(await runInProcess([FLAGSHIP.a, FLAGSHIP.b, ...options]), message);
  });

  it('accepts the bounds of each range', () => {
    for (const options of [
      ['--threshold', '0'],
      ['--threshold', '1'],
      ['--width', '0'],
      ['--max-bytes', '1000000'],
    ]) {
      expect(run([FLAGSHIP.a, FLAGSHIP.b, ...options]).status).toBe(0);
    }
  });
});

describe('internal errors exit 70, apart from usage and input errors (2)', () => {
  afterEach(() => {
    vi.doUnmock('../src/compare.js');
    vi.resetModules();
  });

  /** Runs main() in this process with compare() failing as a bug would; returns the exit code and stderr. */
  async function runWithBrokenCompare(args: string[]): Promise<{ code: number; stderr: string }> {
    vi.resetModules();
    vi.doMock('../src/compare.js', async (importOriginal) => ({
      ...(await importOriginal<typeof import('../src/compare.js')>()),
      compare: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'text')");
      },
    }));
    const { main } = await import('../src/cli/main.js');
    let stderr = '';
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    try {
      return { code: await main(args), stderr };
    } finally {
      write.mockRestore();
    }
  }

  it('are one line without --debug, pointing to it', async () => {
    const { code, stderr } = await runWithBrokenCompare([FLAGSHIP.a, FLAGSHIP.b]);
    expect(code).toBe(EXIT_INTERNAL);
    expect(stderr).toBe(
      "communique: internal error: Cannot read properties of undefined (reading 'text') (--debug shows where)\n",
    );
  });

  it('show the stack with --debug', async () => {
    const { code, stderr } = await runWithBrokenCompare([FLAGSHIP.a, FLAGSHIP.b, '--debug']);
    expect(code).toBe(EXIT_INTERNAL);
    expect(stderr).toMatch(/^communique: internal error: Cannot read properties/);
    expect(stderr).toMatch(/\n {4}at .+/);
  });
});
