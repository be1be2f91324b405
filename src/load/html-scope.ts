import { countSteps } from '../work.js';
import { PlainTextBuilder, type PlainText } from './plain-text.js';

/** Elements around a page's article rather than in it: menus, site header and footer, sidebars, forms. */
const PAGE_FURNITURE = new Set(['nav', 'footer', 'aside', 'form', 'dialog', 'menu']);
/** A page's header is furniture; an article's own header holds its headline. */
const PAGE_HEADER = 'header';
/** Where a page says its article is: `main` first, then `article`. */
const CONTAINERS = ['main', 'article'] as const;

type Piece =
  | { kind: 'copy'; from: number; to: number; within: number }
  | { kind: 'replace'; text: string; at: number; end: number; within: number }
  | { kind: 'boundary'; at: number; within: number };

/**
 * The article's own text out of a page, as the Readability algorithm finds it, in one pass:
 * furniture (nav, header, footer, aside, forms) is dropped; when the page marks its content with
 * `main`, only that is kept, else with `article`, only that. Which applies is known only at the end,
 * so pieces are recorded with the containers they stand in and replayed once: linear in the page.
 */
export class ArticleText {
  private readonly pieces: Piece[] = [];
  private furniture = 0;
  /** Per open header: whether it is the page's (furniture) or an article's. */
  private readonly headers: boolean[] = [];
  private readonly depth = { main: 0, article: 0 };
  /** Bit 1: the page has text in a main element; bit 2: in an article. */
  private found = 0;

  constructor(private readonly source: string) {}

  /** Call for every element opened, in order. */
  opened(name: string): void {
    if (name === 'main' || name === 'article') this.depth[name]++;
    else if (name === PAGE_HEADER) {
      const furniture = !this.inContainer();
      this.headers.push(furniture);
      if (furniture) this.furniture++;
    } else if (PAGE_FURNITURE.has(name)) this.furniture++;
  }

  /** Call for every element closed, implicitly or not, in order. */
  closed(name: string): void {
    if (name === 'main' || name === 'article') this.depth[name] = Math.max(0, this.depth[name] - 1);
    else if (name === PAGE_HEADER) {
      if (this.headers.pop() === true) this.furniture--;
    } else if (PAGE_FURNITURE.has(name)) this.furniture = Math.max(0, this.furniture - 1);
  }

  /** Appends source[from, to) unchanged (`source` is the page given to the constructor). */
  copy(_source: string, from: number, to: number): void {
    if (to <= from || this.furniture > 0) return;
    const within = this.within();
    countSteps(to - from);
    if (/\S/.test(this.source.slice(from, to))) this.found |= within;
    this.pieces.push({ kind: 'copy', from, to, within });
  }

  replace(text: string, at: number, end: number): void {
    if (this.furniture > 0) return;
    const within = this.within();
    if (/\S/.test(text)) this.found |= within;
    this.pieces.push({ kind: 'replace', text, at, end, within });
  }

  boundary(at: number): void {
    this.pieces.push({ kind: 'boundary', at, within: this.within() });
  }

  build(): PlainText {
    // The innermost container the page uses: main, else article, else the whole page.
    const keep = this.found & 1 ? 1 : this.found & 2 ? 2 : 0;
    const out = new PlainTextBuilder();
    for (const piece of this.pieces) {
      if (piece.kind === 'boundary') out.boundary(piece.at);
      else if ((piece.within & keep) !== keep) continue;
      else if (piece.kind === 'copy') out.copy(this.source, piece.from, piece.to);
      else out.replace(piece.text, piece.at, piece.end);
    }
    return out.build(this.source.length);
  }

  private inContainer(): boolean {
    return CONTAINERS.some((name) => this.depth[name] > 0);
  }

  private within(): number {
    return (this.depth.main > 0 ? 1 : 0) | (this.depth.article > 0 ? 2 : 0);
  }
}
