import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { positionLabel, type CompareOptions } from '../compare.js';
import type { FormatChoice } from '../load/index.js';
import { isLanguage, LANGUAGES } from '../language/index.js';

import { CorpusError } from './errors.js';

export { CorpusError } from './errors.js';

export type Relation = 'shared' | 'contradiction' | 'ambiguous';

/** A gold link: snippets that each identify one sentence (two adjacent ones on a side at most). */
export interface GoldLink {
  a: string[];
  b: string[];
  relation: Relation;
}

/**
 * A gold claim of a case of three or more documents: snippets of the documents that carry it, by
 * label, and of those that contradict it. A claim of one document says its sentences have no
 * counterpart; an ambiguous one, that links among its documents are neither right nor wrong.
 */
export interface GoldClaim {
  members: Record<string, string[]>;
  contradictedBy: Record<string, string[]>;
  ambiguous: boolean;
}

export interface CaseSide {
  file: string;
  label: string;
}

interface CaseCommon {
  id: string;
  dir: string;
  /** The corpus root; every file the case reads is inside it. */
  root: string;
  title: string;
  split: 'tune' | 'holdout' | undefined;
  /** The statements in order: [a, b] for two. */
  documents: CaseSide[];
  options: CompareOptions & { inputFormat?: FormatChoice };
}

/** A case of two statements (fields "a" and "b" of case.json), compared as `compare A B`. */
export interface PairCase extends CaseCommon {
  kind: 'pair';
  a: CaseSide;
  b: CaseSide;
  gold: GoldLink[] | undefined;
}

/** A case of three or more statements (field "documents"), compared as `compare A B C…`. */
export interface ManyCase extends CaseCommon {
  kind: 'many';
  gold: GoldClaim[] | undefined;
}

/** One case of a corpus: a folder with two or more statements and case.json. */
export type Case = PairCase | ManyCase;

export const MANIFEST = 'case.json';

/** Where a case is: its folder, its id, and the corpus root its files must stay inside. */
export interface CaseLocation {
  id: string;
  dir: string;
  root: string;
}

/** Every case of the corpus at `root`, read; the first broken one throws. */
export function findCases(root: string, base: string = root): Case[] {
  return locateCases(root, base).map(readCase);
}

/**
 * Every folder at or below `root` that holds a case.json, sorted by path; ids are paths relative
 * to `base`. Symbolic links to folders are not followed, so a link loop cannot trap the walk.
 */
export function locateCases(root: string, base: string = root): CaseLocation[] {
  if (!existsSync(root)) throw new CorpusError(`${root}: no such folder`);
  if (!statSync(root).isDirectory()) throw new CorpusError(`${root}: not a folder`);
  return walk(root, base, root);
}

function walk(dir: string, base: string, root: string): CaseLocation[] {
  if (existsSync(join(dir, MANIFEST))) return [{ id: relative(base, dir) || dir, dir, root }];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules',
    )
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => walk(join(dir, name), base, root));
}

/**
 * `path` after resolving every symbolic link, when that stays inside the corpus root and is a
 * regular file; a corpus is untrusted (a pull request's), so neither `../` nor a link may reach a
 * file outside it, and a FIFO or a device, which would block a run or never end, is refused.
 */
export function confinedPath(path: string, root: string): string {
  // The system's realpath(3), one call, where Node's own walks the path with an lstat a component.
  const real = realpathSync.native(path);
  const inside = relative(realpathSync.native(root), real);
  if (inside.startsWith('..') || isAbsolute(inside))
    throw new CorpusError(
      `${path}: outside the corpus root ${root}; a case reads only files inside it`,
    );
  if (!statSync(real).isFile())
    throw new CorpusError(`${path}: not a regular file; a case reads only regular files`);
  return real;
}

export function readCase({ id, dir, root }: CaseLocation): Case {
  const path = join(dir, MANIFEST);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(confinedPath(path, root), 'utf8'));
  } catch (error) {
    throw new CorpusError(`${path}: cannot read the manifest (${(error as Error).message})`);
  }
  const field = (name: string) => `${path}: field "${name}"`;
  if (!isObject(data)) throw new CorpusError(`${path}: the manifest must be a JSON object`);
  const statement = (value: unknown, name: string, label: string): CaseSide => {
    if (!isObject(value) || typeof value.file !== 'string' || value.file === '')
      throw new CorpusError(`${field(`${name}.file`)} must name the statement file`);
    if (!existsSync(join(dir, value.file)))
      throw new CorpusError(`${field(`${name}.file`)}: ${join(dir, value.file)} does not exist`);
    confinedPath(join(dir, value.file), root);
    if (value.label !== undefined && typeof value.label !== 'string')
      throw new CorpusError(`${field(`${name}.label`)} must be a string`);
    return { file: value.file, label: value.label ?? label };
  };
  const common = {
    id,
    dir,
    root,
    title: typeof data.title === 'string' ? data.title : id,
    split: readSplit(data.split, field),
    options: readOptions(data.options, field),
  };
  if (data.documents === undefined) {
    const a = statement(data.a, 'a', 'A');
    const b = statement(data.b, 'b', 'B');
    return { ...common, kind: 'pair', a, b, documents: [a, b], gold: readGold(data.gold, field) };
  }
  if (data.a !== undefined || data.b !== undefined)
    throw new CorpusError(`${path}: give either "a" and "b" or "documents", not both`);
  if (!Array.isArray(data.documents) || data.documents.length < 2)
    throw new CorpusError(`${field('documents')} must list two or more statements`);
  const documents = data.documents.map((d: unknown, k: number) =>
    statement(d, `documents[${k}]`, positionLabel(k)),
  );
  const labels = documents.map((d) => d.label);
  const repeated = labels.find((label, k) => labels.indexOf(label) !== k);
  if (repeated !== undefined)
    throw new CorpusError(`${field('documents')}: the label "${repeated}" is given twice`);
  if (documents.length === 2) {
    const [a, b] = documents as [CaseSide, CaseSide];
    return { ...common, kind: 'pair', a, b, documents, gold: readGold(data.gold, field) };
  }
  return { ...common, kind: 'many', documents, gold: readGoldClaims(data.gold, labels, field) };
}

function readSplit(value: unknown, field: (name: string) => string): Case['split'] {
  if (value === undefined || value === 'tune' || value === 'holdout') return value;
  throw new CorpusError(`${field('split')} must be "tune" or "holdout"`);
}

function readOptions(value: unknown, field: (name: string) => string): Case['options'] {
  if (value === undefined) return {};
  if (!isObject(value)) throw new CorpusError(`${field('options')} must be an object`);
  const options: Case['options'] = {};
  for (const key of ['threshold', 'contradictionThreshold'] as const) {
    const n = value[key];
    if (n === undefined) continue;
    if (typeof n !== 'number' || n < 0 || n > 1)
      throw new CorpusError(`${field(`options.${key}`)} must be a number from 0 to 1`);
    options[key] = n;
  }
  const lang = value.lang;
  if (lang !== undefined) {
    if (typeof lang !== 'string' || (lang !== 'auto' && !isLanguage(lang)))
      throw new CorpusError(
        `${field('options.lang')} must be auto or one of ${LANGUAGES.join(', ')}`,
      );
    options.lang = lang;
  }
  const format = value.inputFormat;
  if (format !== undefined) {
    if (format !== 'auto' && format !== 'text' && format !== 'markdown' && format !== 'html') {
      throw new CorpusError(`${field('options.inputFormat')} must be auto, text, markdown or html`);
    }
    options.inputFormat = format;
  }
  return options;
}

function readGold(value: unknown, field: (name: string) => string): GoldLink[] | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || !Array.isArray(value.links))
    throw new CorpusError(`${field('gold.links')} must be a list of links`);
  return value.links.map((link: unknown, k: number) => {
    const at = `gold.links[${k}]`;
    if (!isObject(link)) throw new CorpusError(`${field(at)} must be an object`);
    const snippets = (name: 'a' | 'b') => {
      const list = link[name];
      if (!isSnippets(list))
        throw new CorpusError(`${field(`${at}.${name}`)} must list one or two text snippets`);
      return list;
    };
    const relation = link.relation;
    if (relation !== 'shared' && relation !== 'contradiction' && relation !== 'ambiguous') {
      throw new CorpusError(
        `${field(`${at}.relation`)} must be shared, contradiction or ambiguous`,
      );
    }
    return { a: snippets('a'), b: snippets('b'), relation };
  });
}

function readGoldClaims(
  value: unknown,
  labels: readonly string[],
  field: (name: string) => string,
): GoldClaim[] | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || !Array.isArray(value.claims))
    throw new CorpusError(
      `${field('gold.claims')} must be a list of claims (a case of three or more documents has claims, not links)`,
    );
  return value.claims.map((claim: unknown, k: number) => {
    const at = `gold.claims[${k}]`;
    if (!isObject(claim)) throw new CorpusError(`${field(at)} must be an object`);
    const byLabel = (name: 'members' | 'contradictedBy', required: boolean) => {
      const map = claim[name];
      if (map === undefined && !required) return {};
      if (!isObject(map) || (required && Object.keys(map).length === 0))
        throw new CorpusError(
          `${field(`${at}.${name}`)} must map document labels to one or two text snippets`,
        );
      for (const [label, list] of Object.entries(map)) {
        if (!labels.includes(label))
          throw new CorpusError(
            `${field(`${at}.${name}`)}: "${label}" is not a document label (${labels.join(', ')})`,
          );
        if (!isSnippets(list))
          throw new CorpusError(
            `${field(`${at}.${name}.${label}`)} must list one or two text snippets`,
          );
      }
      return map as Record<string, string[]>;
    };
    const members = byLabel('members', true);
    const contradictedBy = byLabel('contradictedBy', false);
    const both = Object.keys(contradictedBy).find((label) => label in members);
    if (both !== undefined)
      throw new CorpusError(`${field(at)}: "${both}" both carries and contradicts the claim`);
    if (claim.relation !== undefined && claim.relation !== 'ambiguous')
      throw new CorpusError(`${field(`${at}.relation`)} can only be "ambiguous"`);
    return { members, contradictedBy, ambiguous: claim.relation === 'ambiguous' };
  });
}

function isSnippets(list: unknown): list is string[] {
  return (
    Array.isArray(list) &&
    list.length >= 1 &&
    list.length <= 2 &&
    list.every((s) => typeof s === 'string' && s.trim() !== '')
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
