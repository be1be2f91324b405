import { readFileSync } from 'node:fs';

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
