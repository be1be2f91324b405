import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { markdownText, renderMarkdown } from '../src/render/markdown.js';
import { renderNdjson } from '../src/render/ndjson.js';
import type { Report } from '../src/report/types.js';
import { FLAGSHIP, run } from './helpers/cli.js';

const flagship = (format: string) =>
  run([FLAGSHIP.a, FLAGSHIP.b, '--label-a', 'Moscow', '--label-b', 'Dushanbe', '--format', format]);
const report: Report = JSON.parse(flagship('json').stdout);
const text = (side: 'a' | 'b', indices: number[]) =>
  indices.map((i) => report[side].sentences[i]!.text).join(' ');

/** Characters that must not reach a rendered comment or a stream raw. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/;

describe('compare --format markdown (the flagship pair)', () => {
  const result = flagship('markdown');
  const md = result.stdout;
  const section = (title: RegExp) => md.slice(md.search(title)).split(/\n(?=### )/)[0]!;

  it('has a title, a summary and a section per kind, with counts', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const { summary } = report;
    expect(md.startsWith('## communique: Moscow vs Dushanbe\n')).toBe(true);
    expect(md).toContain(
      `**${summary.contradictions} contradiction${summary.contradictions === 1 ? '' : 's'}**, ${summary.shared} shared, ${summary.onlyA} only in Moscow, ${summary.onlyB} only in Dushanbe.`,
    );
    expect(md).toContain(`### Contradictions (${summary.contradictions})`);
    expect(md).toContain(`### Shared (${summary.shared})`);
    expect(md).toContain(`### Only in Moscow (${summary.onlyA})`);
    expect(md).toContain(`### Only in Dushanbe (${summary.onlyB})`);
  });

  it('puts each contradiction in a table row with both sentences, their lines and the reason', () => {
    const table = section(/### Contradictions/);
    expect(table).toContain('| Moscow | Dushanbe | why |\n| --- | --- | --- |');
    const rows = table
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('| ') && !line.startsWith('| Moscow') && !line.startsWith('| ---'),
      );
    expect(rows).toHaveLength(report.summary.contradictions);
    const rejection = rows.find((row) =>
      row.includes('not directed against any nation or religion'),
    )!;
    expect(rejection).toContain('thesis is incompatible with the real situation');
    expect(rejection).toMatch(
      /_\(#6, line 3\)_ \| .*_\(#9, line 7\)_ \| \*\*rejection\*\*: Moscow: “not directed against any nation or religion”; Dushanbe disputes it: “incompatible with”/,
    );
    expect(rejection.split(' | ')).toHaveLength(3);
  });

  it('lists shared pairs with their similarity, and every only-sentence in full', () => {
    const shared = section(/### Shared/);
    for (const m of report.matches.filter((m) => m.kind === 'shared')) {
      expect(shared).toContain(`${markdownText(text('a', m.a))} _(`);
      expect(shared).toContain(`| ${m.similarity.toFixed(2)} |`);
    }
    const onlyB = section(/### Only in Dushanbe/);
    expect(onlyB.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(
      report.summary.onlyB,
    );
    expect(onlyB).toContain(
      '- Particular attention was paid to the difficult situation of citizens of Tajikistan',
    );
  });

  it('escapes document text for Markdown and shows control and bidi characters as escapes', () => {
    const hostile = compare(
      {
        text: 'Talks on *trade* and _oil_ [ok](https://x.example) <b>bold</b> a|b `code` ~~no~~ $5 & \\ end\u202e.\u001b[31m',
        label: 'A <script>',
      },
      { text: 'Talks on trade.', label: 'B|C' },
    );
    const out = renderMarkdown(hostile);
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain('## communique: A \\<script\\> vs B\\|C');
    expect(out).toContain(
      'Talks on \\*trade\\* and \\_oil\\_ \\[ok\\](https://x.example) \\<b\\>bold\\</b\\> a\\|b \\`code\\` \\~\\~no\\~\\~ \\$5 \\& \\\\ end\\\\u202e.\\\\x1b\\[31m',
    );
  });

  it('escapes what would open a block at the start of a list item: a numbered item, a heading, a quote, a bullet', () => {
    expect(markdownText('1. The sides met.')).toBe('1\\. The sides met.');
    expect(markdownText('2) Trade.')).toBe('2\\) Trade.');
    expect(markdownText('# Heading')).toBe('\\# Heading');
    expect(markdownText('> quoted')).toBe('\\> quoted');
    expect(markdownText('- dash')).toBe('\\- dash');
    expect(markdownText('In 2024. Then 3.')).toBe('In 2024. Then 3.');
    const out = renderMarkdown(
      compare('1. The sides met in Paris.\n\n# Trade\n\nThe talks ended.', 'The talks ended.'),
    );
    expect(out).toContain('- 1\\. The sides met in Paris.');
    expect(out).toContain('- \\# Trade');
  });
});

describe('compare --format ndjson (the flagship pair)', () => {
  const result = flagship('ndjson');
  const records = result.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

  it('prints one object a line: one per match, then one per only-sentence', () => {
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    const { summary } = report;
    expect(records).toHaveLength(report.matches.length + summary.onlyA + summary.onlyB);
    expect(records.map((r) => r.type)).toEqual([
      ...report.matches.map(() => 'match'),
      ...Array(summary.onlyA + summary.onlyB).fill('only'),
    ]);
  });

  it('makes every match self-describing: kind, labels, full sentences, similarity, reasons', () => {
    report.matches.forEach((m, k) => {
      const record = records[k];
      expect(record).toMatchObject({
        type: 'match',
        kind: m.kind,
        similarity: m.similarity,
        terms: m.terms,
        reasons: m.reasons,
      });
      expect(record.a.label).toBe('Moscow');
      expect(record.b.label).toBe('Dushanbe');
      expect(record.a.sentences.map((s: { text: string }) => s.text).join(' ')).toBe(
        text('a', m.a),
      );
      expect(record.b.sentences.map((s: { text: string }) => s.text).join(' ')).toBe(
        text('b', m.b),
      );
    });
    const contradiction = records.find(
      (r) =>
        r.kind === 'contradiction' &&
        r.a.sentences[0].text.includes('not directed against any nation'),
    );
    expect(contradiction.reasons[0].cue).toBe('rejection');
  });

  it('gives every only-sentence its side, label, text and position', () => {
    const only = records.filter((r) => r.type === 'only');
    expect(only.filter((r) => r.side === 'a').map((r) => r.sentence.index)).toEqual(report.onlyA);
    expect(only.filter((r) => r.side === 'b').map((r) => r.sentence.index)).toEqual(report.onlyB);
    const citizens = only.find((r) =>
      r.sentence.text.includes('difficult situation of citizens of Tajikistan'),
    );
    expect(citizens).toMatchObject({ side: 'b', label: 'Dushanbe', sentence: { line: 3 } });
  });

  it('keeps the exact text while escaping line and paragraph separators and bidi characters', () => {
    const hostile = compare(
      'The sides met.\u2028They agreed \u202eon trade.',
      'The sides met. They agreed on trade.',
    );
    const out = renderNdjson(hostile);
    expect(out).not.toMatch(UNSAFE);
    const texts = out
      .trimEnd()
      .split('\n')
      .flatMap((line) => {
        const r = JSON.parse(line);
        return r.type === 'only'
          ? [r.sentence.text]
          : r.a.sentences.map((s: { text: string }) => s.text);
      });
    expect(texts.join(' ')).toContain('\u202eon trade.');
  });
});
