/**
 * Characters from a document that must never reach a terminal raw: C0 and C1 controls (ESC starts
 * ANSI CSI/OSC sequences), DEL, bidirectional overrides and isolates, zero-width characters,
 * line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Shows unsafe characters as visible escapes (`\x1b`, `\u202e`), so the reader sees they are there. */
export function escapeUnsafe(text: string, mark: (escape: string) => string = (e) => e): string {
  return text.replace(UNSAFE, (ch) => mark(visible(ch)));
}

/** What JSON.stringify leaves raw of those: it escapes C0 controls itself, and a newline there is structure. */
const UNSAFE_AFTER_STRINGIFY = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Escapes them in serialised JSON as \u escapes; the JSON still decodes to the exact text. */
export function escapeUnsafeJson(json: string): string {
  return json.replace(UNSAFE_AFTER_STRINGIFY, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
