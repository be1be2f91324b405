// No side effects: no .env read, no network module, no root import of natural (it prints and is
// slow), no file written except an explicit --output, which is written atomically.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempDir } from './helpers/temp.js';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP, ROOT, run } from './helpers/cli.js';

const freshDir = (name: string): string => tempDir(name);

/** Every file under a directory, relative to it, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The source of every module that ships: src/ and bin/. */
function shippedSources(): { path: string; code: string }[] {
  return ['src', 'bin']
    .flatMap((dir) => listFiles(join(ROOT, dir)).map((path) => join(dir, path)))
    .filter((path) => /\.(?:ts|js|mjs|cjs)$/.test(path))
    .map((path) => ({ path, code: readFileSync(join(ROOT, path), 'utf8') }));
}

/** Module specifiers a source file imports or requires, statically or dynamically. */
function importedModules(code: string): string[] {
  const specifiers = code.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"`])([^'"`]+)\1/gm,
  );
  return [...specifiers].map((m) => m[2]!);
}

describe('static checks on src/ and bin/', () => {
  const sources = shippedSources();

  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(
      importedModules(
        "import x from 'a';\nconst y = require('b'); await import(\"c\");\nimport 'd';",
      ),
    ).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never imports the root of natural, only its submodules', () => {
    const offenders = sources
      .filter(({ code }) => importedModules(code).includes('natural'))
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it('imports no network module and calls no fetch', () => {
    const network =
      /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns)(?:\/|$)|^(?:undici|axios|node-fetch|ws)$/;
    const offenders = sources.flatMap(({ path, code }) => [
      ...importedModules(code)
        .filter((m) => network.test(m))
        .map((m) => `${path}: ${m}`),
      ...(/\bfetch\s*\(|\bnew\s+WebSocket\b/.test(code) ? [`${path}: fetch or WebSocket`] : []),
    ]);
    expect(offenders).toEqual([]);
  });

  it('reads no .env file', () => {
    const offenders = sources
      .filter(({ code }) =>
        /dotenv|\.env\b(?!\.)|loadEnvFile/.test(code.replace(/process\.env\b/g, '')),
      )
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });
});

describe('running the CLI', () => {
  it('ignores a .env file in the working directory', () => {
    const dir = freshDir('dotenv');
    writeFileSync(join(dir, 'evil.cjs'), "process.stdout.write('EVIL\\n');\n");
    writeFileSync(
      join(dir, '.env'),
      [
        'NODE_OPTIONS=--require ./evil.cjs',
        'FORCE_COLOR=3',
        'NO_COLOR=',
        'COMMUNIQUE_FORMAT=json',
        'DEBUG=*',
        'LANG=ru_RU.UTF-8',
        '',
      ].join('\n'),
    );
    const elsewhere = run([FLAGSHIP.a, FLAGSHIP.b], { cwd: freshDir('clean') });
    const withDotenv = run([FLAGSHIP.a, FLAGSHIP.b], { cwd: dir });
    expect(withDotenv.status).toBe(0);
    expect(withDotenv.stderr).toBe('');
    expect(withDotenv.stdout).toBe(elsewhere.stdout);
    expect(withDotenv.stdout).not.toContain('EVIL');
    expect(withDotenv.stdout).not.toContain('\u001b');
  });

  it('writes nothing in the working directory or next to the inputs', () => {
    const dir = freshDir('cwd');
    writeFileSync(join(dir, 'a.txt'), readFileSync(FLAGSHIP.a));
    writeFileSync(join(dir, 'b.txt'), readFileSync(FLAGSHIP.b));
    const before = listFiles(dir);
    for (const format of ['text', 'json'])
      expect(run(['a.txt', 'b.txt', '--format', format], { cwd: dir }).status).toBe(0);
    expect(run(['sentences', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(run(['missing.txt', 'b.txt'], { cwd: dir }).status).toBe(2);
    expect(listFiles(dir)).toEqual(before);
  });
});

describe('--output', () => {
  it('writes the report, and only it, replacing an old file by rename (a new inode)', () => {
    const dir = freshDir('output');
    const out = join(dir, 'report.json');
    writeFileSync(out, 'old report\n');
    const oldInode = statSync(out).ino;
    const result = run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json', '--output', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(
      run([FLAGSHIP.a, FLAGSHIP.b, '--format', 'json']).stdout,
    );
    expect(statSync(out).ino).not.toBe(oldInode);
    expect(listFiles(dir)).toEqual(['report.json']);
  });

  it('into a missing directory: exit 2, one line, nothing created', () => {
    const dir = freshDir('output-missing');
    const result = run([
      FLAGSHIP.a,
      FLAGSHIP.b,
      '--output',
      join(dir, 'no-such-dir', 'report.json'),
    ]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^communique: .*no-such-dir\/report\.json: cannot write: no such directory\n$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('onto a directory: exit 2, one line, no temporary file left behind', () => {
    const dir = freshDir('output-directory');
    mkdirSync(join(dir, 'report'));
    const result = run([FLAGSHIP.a, FLAGSHIP.b, '--output', join(dir, 'report')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^communique: .*report: is a directory, not a file\n$/);
    expect(readdirSync(dir)).toEqual(['report']);
    expect(readdirSync(join(dir, 'report'))).toEqual([]);
  });

  it('after an input error: exit 2 and no file', () => {
    const dir = freshDir('output-input-error');
    const result = run(['missing.txt', FLAGSHIP.b, '--output', join(dir, 'report.txt')]);
    expect(result.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
