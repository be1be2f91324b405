import { readFileSync } from 'node:fs';
import { unpack, type Packed } from '../io/packed.js';

/**
 * A JSON file that the build writes under data/, or undefined without it. Read from this module's
 * own URL, which stands two levels under the package as the CLI bundle does.
 */
export function builtData<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * A value the build made from the same sources as the CLI bundle and packed beside it
 * (scripts/bundle-cli.mjs, io/packed.ts): a table the CLI would otherwise build at every start. It
 * is read from beside this module, so only the bundle finds one; the library and the tests build
 * their own (undefined here).
 */
export function bundledValue(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(new URL(file, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
  return unpack(JSON.parse(text) as Packed);
}
