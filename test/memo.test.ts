import { expect, it } from 'vitest';
import { once, oncePerKey } from '../src/memo.js';

it('builds a value once, on first use', () => {
  let builds = 0;
  const value = once(() => ({ built: ++builds }));
  expect(builds).toBe(0);
  expect(value()).toBe(value());
  expect(builds).toBe(1);
});

it('builds a value once per key', () => {
  const keys: string[] = [];
  const lengthOf = oncePerKey((key: string) => {
    keys.push(key);
    return { length: key.length };
  });
  expect(lengthOf('en')).toBe(lengthOf('en'));
  expect(lengthOf('fr').length).toBe(2);
  expect(keys).toEqual(['en', 'fr']);
});
