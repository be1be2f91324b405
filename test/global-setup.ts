// Builds once before the suite, and only when dist/ is missing or older than its sources: the
// end-to-end tests run the built CLI, and a fresh clone's `npm ci` has just built it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = ['src', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export default function setup(): void {
  const built = newestMtime(join(ROOT, 'dist'));
  const sources = Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))));
  if (built >= sources) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
