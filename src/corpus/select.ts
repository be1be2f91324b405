import { dirname, resolve } from 'node:path';
import { CorpusError } from './errors.js';
import { locateCases, MANIFEST, type CaseLocation } from './manifest.js';

/**
 * The cases under every folder, each once, narrowed to those whose id matches one of `patterns`
 * (all of them when there is none). Ids are relative to the folder; with several folders they
 * start with its name, to stay unique. No case at all, or none matching, is an error.
 */
export function selectCases(dirs: string[], patterns: string[]): CaseLocation[] {
  const cases = discover(dirs);
  if (cases.length === 0)
    throw new CorpusError(`${dirs.join(', ')}: no cases (folders with a ${MANIFEST})`);
  if (patterns.length === 0) return cases;
  const matchers = patterns.map(idMatcher);
  const selected = cases.filter((c) => matchers.some((matches) => matches(c.id)));
  if (selected.length === 0)
    throw new CorpusError(`no case id matches --filter ${patterns.join(', --filter ')}`);
  return selected;
}

function discover(dirs: string[]): CaseLocation[] {
  const seen = new Set<string>();
  return dirs
    .flatMap((dir) => locateCases(dir, dirs.length > 1 ? dirname(dir) : dir))
    .filter((c) => {
      const key = resolve(c.dir);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A pattern with `*` or `?` is a glob that must match the whole id (`*` crosses `/`); any other pattern matches ids that contain it. */
export function idMatcher(pattern: string): (id: string) => boolean {
  if (!/[*?]/.test(pattern)) return (id) => id.includes(pattern);
  const source = pattern
    .split(/([*?])/)
    .map((part) =>
      part === '*' ? '.*' : part === '?' ? '.' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const glob = new RegExp(`^${source}$`, 'su');
  return (id) => glob.test(id);
}
