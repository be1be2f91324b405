import type { DocumentReport, Highlight, Reason, Report } from '../report/types.js';
import { markedPieces, reasonInWords, sameText, summaryLine } from './common.js';
import { escapeUnsafe } from './escape.js';

type Side = 'a' | 'b';
export type Verdict = 'contradiction' | 'shared' | 'only';

/**
 * The report as one self-contained HTML page to share: both documents side by side in full, each
 * sentence coloured by its verdict and linked to its counterparts, contradictions first in a
 * summary with their reasons, filters for the three kinds, and a print style. Nothing is loaded
 * from anywhere (the page's Content-Security-Policy forbids it), and every piece of document text
 * is escaped, with control and bidirectional characters shown as escapes.
 */
export function renderHtml(report: Report): string {
  const labelA = text(report.a.label);
  const labelB = text(report.b.label);
  const { summary } = report;
  const contradictions = report.matches.filter((m) => m.kind === 'contradiction');
  return htmlPage({
    language: report.options.language,
    title: `${labelA} <span class="vs">vs</span> ${labelB}`,
    summary: summaryLine(report, report.a.label, report.b.label),
    sources: [
      ['A', 'side-a', aboutDocument(report.a)],
      ['B', 'side-b', aboutDocument(report.b)],
    ],
    warnings: report.warnings,
    counts: {
      contradiction: [
        summary.contradictions,
        `contradiction${summary.contradictions === 1 ? '' : 's'}`,
      ],
      shared: [summary.shared, 'shared'],
      only: [
        summary.onlyA + summary.onlyB,
        `only in one (${summary.onlyA} in ${labelA}, ${summary.onlyB} in ${labelB})`,
      ],
    },
    contradictions: contradictions.map((m) =>
      contradictionItem(
        { document: report.a, id: 'a', sentences: m.a },
        { document: report.b, id: 'b', sentences: m.b },
        m.reasons,
      ),
    ),
    columns: (['a', 'b'] as const).map((side) =>
      documentColumn(report[side], side, side.toUpperCase(), `side-${side}`, cellsOf(report, side)),
    ),
  });
}

/** The parts of a page that differ between a report on two documents and one on more. */
export interface PageParts {
  language: string;
  /** HTML: the documents' labels. */
  title: string;
  summary: string;
  /** Per document, as HTML: its mark, the class that colours it, and its label, source and size. */
  sources: [string, string, string][];
  warnings: readonly string[];
  /** How many of each kind, and what they are called (HTML). */
  counts: Record<Verdict, [number, string]>;
  /** Items of the contradictions list (contradictionItem). */
  contradictions: string[];
  /** One column per document (documentColumn). */
  columns: string[];
}

/** A document's label, source, size and language, as HTML. */
export function aboutDocument(doc: DocumentReport): string {
  return `<strong>${text(doc.label)}</strong>: ${text(doc.source) || '(text)'}, ${doc.sentences.length} sentences, language ${text(doc.language)}`;
}

/** The self-contained page: header with summary, sources and filters, contradictions, the documents side by side. */
export function htmlPage(parts: PageParts): string {
  const count = (kind: Verdict) => {
    const [n, label] = parts.counts[kind];
    return `<label class="filter ${kind}"><input type="checkbox" data-filter="${kind}" checked> <span class="count" data-count="${kind}">${n}</span> ${label}</label>`;
  };
  const plainTitle = parts.title.replace(/<[^>]*>/g, '');
  return `<!DOCTYPE html>
<html lang="${text(parts.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>communique: ${plainTitle}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>communique: ${parts.title}</h1>
<p class="summary-line">${text(parts.summary)}</p>
<dl class="sources">
${parts.sources.map(([mark, tint, about]) => `<dt class="${tint}">${mark}</dt><dd>${about}</dd>`).join('\n')}
</dl>
${parts.warnings.map((w) => `<p class="warning" role="alert">Warning: ${text(w)}</p>`).join('\n')}
<nav class="filters" aria-label="Show">
${count('contradiction')}
${count('shared')}
${count('only')}
</nav>
</header>
<section class="contradictions" aria-label="Contradictions">
<h2>Contradictions (${parts.contradictions.length})</h2>
${parts.contradictions.length === 0 ? '<p class="none">None.</p>' : `<ol>${parts.contradictions.join('\n')}</ol>`}
</section>
<main class="documents" style="--columns: ${parts.columns.length}">
${parts.columns.join('\n')}
</main>
<footer><p>Click a sentence to highlight its counterparts; marked words carry the verdict. #n is a sentence’s number, the same in every report format.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** What a sentence is in the report: its verdict, the ids of its counterparts, the words to mark, and a tooltip. */
export interface SentenceCell {
  kind: Verdict;
  links: string[];
  evidence: readonly Highlight[];
  /** What the verdict is, before the sentence's place: 'shared, similarity 0.52'. */
  title: string;
}

function cellsOf(report: Report, side: Side): SentenceCell[] {
  const doc = report[side];
  const other: Side = side === 'a' ? 'b' : 'a';
  const cells: SentenceCell[] = doc.sentences.map(() => ({
    kind: 'only',
    links: [],
    evidence: [],
    title: `only in ${doc.label}`,
  }));
  for (const m of report.matches) {
    const same = m.kind === 'shared' && sameText(report.a, m.a, report.b, m.b);
    for (const i of m[side]) {
      cells[i] = {
        kind: m.kind,
        links: m[other].map((j) => `${other}-${j}`),
        evidence: m.evidence[side],
        title: same ? 'shared, same text' : `${m.kind}, similarity ${m.similarity.toFixed(2)}`,
      };
    }
  }
  return cells;
}

/**
 * A document in full, a paragraph per line of its source; sentence `i` has the id `${id}-${i}`.
 * `tint` is the class that colours its mark and its marked words.
 */
export function documentColumn(
  doc: DocumentReport,
  id: string,
  mark: string,
  tint: string,
  cells: readonly SentenceCell[],
): string {
  const paragraphs: string[][] = [];
  let line = -1;
  doc.sentences.forEach((s, i) => {
    // A sentence on a new line starts a new paragraph, as it did in the document.
    if (s.line !== line || paragraphs.length === 0) paragraphs.push([]);
    line = s.line;
    const cell = cells[i]!;
    const body = markedPieces(doc, [i], cell.evidence)
      .map((p) => (p.marked ? `<mark>${text(p.text)}</mark>` : text(p.text)))
      .join('');
    const title = `${cell.title}; line ${s.line}, column ${s.column}`;
    paragraphs
      .at(-1)!
      .push(
        `<span class="s ${cell.kind}" id="${id}-${i}" tabindex="0" data-links="${cell.links.join(' ')}" title="${text(title)}"><sup class="n">#${s.number}</sup>${body}</span>`,
      );
  });
  return `<article class="document ${tint}" aria-label="${text(doc.label)}">
<h2><span class="side-mark">${text(mark)}</span> ${text(doc.label)}</h2>
${paragraphs.map((p) => `<p>${p.join(' ')}</p>`).join('\n')}
</article>`;
}

/** Some sentences of a document, and the id its column gives them. */
export interface SentenceRefs {
  document: DocumentReport;
  id: string;
  sentences: readonly number[];
}

/** An item of the contradictions list: links to both sides' sentences, and the reasons in words. */
export function contradictionItem(
  a: SentenceRefs,
  b: SentenceRefs,
  reasons: readonly Reason[],
): string {
  const refs = ({ document, id, sentences }: SentenceRefs) =>
    sentences
      .map(
        (i) =>
          `<a href="#${id}-${i}">${text(document.label)} #${document.sentences[i]!.number}</a>`,
      )
      .join(' + ');
  const quote = (s: string) => `<q>${text(s)}</q>`;
  const links = [a, b].flatMap(({ id, sentences }) => sentences.map((i) => `${id}-${i}`)).join(' ');
  const [labelA, labelB] = [text(a.document.label), text(b.document.label)];
  return `<li class="item" data-links="${links}" tabindex="0">${refs(a)} ↔ ${refs(b)}
<ul>${reasons.map((r) => `<li><span class="cue">${text(r.cue)}</span>: ${reasonInWords(r, labelA, labelB, quote, text)}</li>`).join('')}</ul></li>`;
}

/** Document text for HTML: unsafe characters shown as escapes, then markup characters escaped. */
export function text(s: string): string {
  return escapeUnsafe(s).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const STYLE = `
:root { --contradiction: #fde2e1; --contradiction-edge: #c62828; --shared: #e3f1e4; --shared-edge: #2e7d32;
  --only: #fff4d6; --only-edge: #b7791f; --mark-a: #1d4ed8; --mark-b: #7e22ce; --hl: #ffd54f; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, sans-serif; color: #1f2328; background: #fff; }
header, .contradictions, footer { padding: 0.5rem 1.5rem; }
h1 { font-size: 1.4rem; margin: 0.5rem 0 0.25rem; } h1 .vs { color: #666; font-weight: normal; }
h2 { font-size: 1.1rem; margin: 0.75rem 0 0.5rem; }
.summary-line { font-weight: 600; margin: 0 0 0.5rem; }
.sources { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.5rem; margin: 0 0 0.5rem; color: #444; }
.sources dt { font-weight: 700; } .sources dd { margin: 0; overflow-wrap: anywhere; }
.warning { background: #fff3cd; border-left: 4px solid #b7791f; padding: 0.4rem 0.75rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.filter { border: 1px solid #ccc; border-radius: 1rem; padding: 0.15rem 0.75rem; cursor: pointer; user-select: none; }
.filter.contradiction { background: var(--contradiction); } .filter.shared { background: var(--shared); } .filter.only { background: var(--only); }
.filter .count { font-weight: 700; }
.contradictions ol { padding-left: 1.5rem; margin: 0; }
.contradictions .item { margin: 0.35rem 0; cursor: pointer; border-left: 4px solid var(--contradiction-edge); padding-left: 0.5rem; }
.contradictions .item ul { margin: 0.15rem 0; padding-left: 1rem; list-style: none; }
.cue { font-weight: 700; color: var(--contradiction-edge); }
.documents { display: grid; grid-template-columns: repeat(var(--columns, 2), minmax(0, 1fr)); gap: 1.5rem; padding: 0 1.5rem 1rem; }
.document { min-width: 0; overflow-wrap: anywhere; unicode-bidi: isolate; }
.side-mark { display: inline-block; min-width: 1.4em; text-align: center; border-radius: 0.3em; color: #fff; }
.side-a .side-mark { background: var(--mark-a); } .side-b .side-mark { background: var(--mark-b); }
.s { border-radius: 3px; padding: 0.05em 0.1em; cursor: pointer; unicode-bidi: isolate; }
.s.contradiction { background: var(--contradiction); box-shadow: inset 0 -2px var(--contradiction-edge); }
.s.shared { background: var(--shared); }
.s.only { background: var(--only); }
.s .n { color: #666; font-size: 0.7em; margin-right: 0.15em; }
.side-a mark { background: none; color: var(--mark-a); font-weight: 700; }
.side-b mark { background: none; color: var(--mark-b); font-weight: 700; }
.s.hl, .item.hl { outline: 3px solid var(--hl); background: var(--hl); }
body.hide-contradiction .s.contradiction, body.hide-shared .s.shared, body.hide-only .s.only { background: none; box-shadow: none; color: #999; }
body.hide-contradiction .contradictions { display: none; }
footer { color: #666; font-size: 0.85rem; border-top: 1px solid #eee; }
@media (max-width: 700px) { .documents { grid-template-columns: 1fr; } }
@media print {
  .filters, footer { display: none; }
  body { font-size: 10pt; } .documents { gap: 0.5cm; padding: 0; } header, .contradictions { padding: 0; }
  .s, .filter, .item, .warning { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .contradictions .item { break-inside: avoid; }
}
`;

// Highlights a sentence or summary item and its counterparts; the filters switch a kind's colour off.
const SCRIPT = `
(function () {
  var lit = [];
  function light(el, scroll) {
    lit.forEach(function (x) { x.classList.remove('hl'); });
    lit = [el];
    (el.getAttribute('data-links') || '').split(' ').forEach(function (id) {
      var other = id && document.getElementById(id);
      if (other) { lit.push(other); if (scroll) other.scrollIntoView({ block: 'nearest' }); }
    });
    lit.forEach(function (x) { x.classList.add('hl'); });
  }
  document.querySelectorAll('.s, .item').forEach(function (el) {
    el.addEventListener('mouseenter', function () { light(el, false); });
    el.addEventListener('click', function (event) { if (event.target.tagName !== 'A') light(el, true); });
    el.addEventListener('keydown', function (event) { if (event.key === 'Enter') light(el, true); });
  });
  document.querySelectorAll('[data-filter]').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked);
    });
  });
})();
`;
