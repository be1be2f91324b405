import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, compareMany, type MultiReport } from '../../src/index.js';

const read = (path: string) => readFileSync(path, 'utf8');
const moscow = { text: read('fixtures/lavrov-muhriddin/moscow.txt'), label: 'Moscow' };
const dushanbe = { text: read('fixtures/lavrov-muhriddin/dushanbe.txt'), label: 'Dushanbe' };
const agency = { text: read('fixtures/lavrov-muhriddin-three/agency.txt'), label: 'Agency' };

/** The claim holding a sentence that contains `snippet`, as label → the sentences' texts. */
function claimWith(report: MultiReport, label: string, snippet: string) {
  const document = report.documents.findIndex((doc) => doc.label === label);
  const claim = report.claims.find((c) =>
    c.members.some(
      (m) =>
        m.document === document &&
        m.sentences.some((i) => report.documents[document]!.sentences[i]!.text.includes(snippet)),
    ),
  );
  expect(claim, `a claim of ${label} with "${snippet}"`).toBeDefined();
  return {
    carriers: claim!.members.map((m) => report.documents[m.document]!.label),
    contradictedBy: claim!.contradictions.map((c) => report.documents[c.b.document]!.label),
    cues: claim!.contradictions.flatMap((c) => c.reasons.map((r) => r.cue)),
  };
}

describe('compareMany on three accounts of the Lavrov–Muhriddin call', () => {
  const report = compareMany([moscow, dushanbe, agency]);

  it('finds the call and the alliance as common ground of all three', () => {
    expect(claimWith(report, 'Moscow', 'held a telephone conversation').carriers).toEqual([
      'Moscow',
      'Dushanbe',
      'Agency',
    ]);
    expect(claimWith(report, 'Moscow', 'partnership and alliance').carriers).toEqual([
      'Moscow',
      'Dushanbe',
      'Agency',
    ]);
  });

  it("finds the 'not directed at a nation or religion' claim in Moscow and the agency, contradicted by Dushanbe", () => {
    const claim = claimWith(report, 'Moscow', 'not directed against any nation or religion');
    expect(claim.carriers).toEqual(['Moscow', 'Agency']);
    expect(claim.contradictedBy).toEqual(['Dushanbe', 'Dushanbe']);
    expect(claim.cues).toEqual(['rejection', 'rejection']);
  });

  it("leaves Dushanbe's account of its citizens' situation as Dushanbe's own", () => {
    expect(claimWith(report, 'Dushanbe', 'difficult situation of citizens').carriers).toEqual([
      'Dushanbe',
    ]);
  });

  it('keeps each contradiction as the two-document comparison of that pair found it', () => {
    const pair = compare(moscow, dushanbe);
    const [expected] = pair.matches.filter((m) => m.kind === 'contradiction');
    const found = report.claims
      .flatMap((c) => c.contradictions)
      .find((c) => c.a.document === 0 && c.b.document === 1);
    expect(found).toEqual({
      a: { document: 0, sentences: expected!.a },
      b: { document: 1, sentences: expected!.b },
      similarity: expected!.similarity,
      terms: expected!.terms,
      reasons: expected!.reasons,
      evidence: expected!.evidence,
    });
  });

  it('puts every sentence of every document in exactly one claim', () => {
    const seen = report.claims.flatMap((c) =>
      c.members.flatMap((m) => m.sentences.map((i) => `${m.document}:${i}`)),
    );
    const all = report.documents.flatMap((doc, d) => doc.sentences.map((s) => `${d}:${s.index}`));
    expect(seen.sort()).toEqual(all.sort());
  });
});

describe('compareMany warns of documents that look like different events', () => {
  it('names the pairs that do, and says nothing of three accounts of one call', () => {
    const oslo = { text: read('fixtures/unrelated-readouts/oslo.txt'), label: 'Oslo' };
    const brasilia = { text: read('fixtures/unrelated-readouts/brasilia.txt'), label: 'Brasilia' };
    const report = compareMany([moscow, oslo, brasilia]);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        /^Oslo and Brasilia: the two documents look like reports of different events/,
      ),
    );
    expect(compareMany([moscow, dushanbe, agency]).warnings).toEqual([]);
  });
});

describe('compareMany with an exact copy', () => {
  it.each([
    ['lavrov-muhriddin', 'moscow.txt', 'dushanbe.txt'],
    ['xi-putin-moscow', 'kremlin.txt', 'china_mfa.txt'],
    ['serbia-kosovo', 'belgrade.txt', 'pristina.txt'],
  ])('%s: every sentence of A is in a claim with the same sentence of the copy', (dir, a, b) => {
    const textA = read(`fixtures/${dir}/${a}`);
    const report = compareMany([
      { text: textA, label: 'A' },
      { text: read(`fixtures/${dir}/${b}`), label: 'B' },
      { text: textA, label: 'copy' },
    ]);
    for (const sentence of report.documents[0]!.sentences) {
      const claim = report.claims.find((c) =>
        c.members.some((m) => m.document === 0 && m.sentences.includes(sentence.index)),
      )!;
      const copy = claim.members.find((m) => m.document === 2);
      expect(copy?.sentences, `sentence ${sentence.index + 1}`).toContain(sentence.index);
    }
  });
});

/** The claims in terms of labels only, sorted: what must not change when the documents are reordered. */
function byLabel(report: MultiReport): string[] {
  const at = (m: { document: number; sentences: number[] }) =>
    `${report.documents[m.document]!.label}#${m.sentences.join('+')}`;
  return report.claims
    .map((c) =>
      [
        c.members.map(at).sort().join(' '),
        ...c.contradictions
          .map((x) => `${at(x.a)}✗${at(x.b)}:${x.reasons.map((r) => `${r.a}|${r.b}`).join(',')}`)
          .sort(),
      ].join(' / '),
    )
    .sort();
}

describe('compareMany is deterministic and independent of document order', () => {
  const others = [
    { text: read('fixtures/identical-texts/berlin.txt'), label: 'Berlin' },
    // The same text as Moscow under another label: ties that only the order could break.
    { text: moscow.text, label: 'Moscow again' },
  ];
  const documents = [moscow, dushanbe, agency, ...others];
  const reference = byLabel(compareMany(documents));

  it('gives the same report twice', () => {
    expect(compareMany(documents)).toEqual(compareMany(documents));
  });

  it('gives the same claims, renumbered, for any order of the documents', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(documents, { minLength: documents.length }), (order) => {
        expect(byLabel(compareMany(order))).toEqual(reference);
      }),
      { numRuns: 6, seed: 20 },
    );
  });
});

describe('compareMany refuses', () => {
  it('fewer than two documents', () => {
    expect(() => compareMany([moscow])).toThrow(/two or more documents/);
  });

  it('documents in different languages, naming each', () => {
    const russian = { text: read('fixtures/lavrov-muhriddin-ru/dushanbe.txt'), label: 'RU' };
    expect(() => compareMany([moscow, dushanbe, russian])).toThrow(
      /different languages \(Moscow: en, Dushanbe: en, RU: ru\)/,
    );
  });
});
