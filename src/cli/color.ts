import type { ColorLevel } from '../render/style.js';

export type ColorChoice = 'auto' | 'always' | 'never';

/**
 * Decides the colour level: --color always/never wins; then FORCE_COLOR (0 turns colour off,
 * 1–3 pick a level); then NO_COLOR (any non-empty value); then whether stdout is a terminal.
 */
export function resolveColorLevel(
  choice: ColorChoice,
  env: NodeJS.ProcessEnv,
  isTTY: boolean,
): ColorLevel {
  if (choice === 'never') return 0;
  const forced = forceColorLevel(env.FORCE_COLOR);
  if (choice === 'always') return forced || 1;
  if (forced !== undefined) return forced;
  if (env.NO_COLOR) return 0;
  return isTTY ? 1 : 0;
}

function forceColorLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const level = Number(value);
  return level === 0 || level === 1 || level === 2 || level === 3 ? level : 1;
}
