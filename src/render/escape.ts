/**
 * Characters from a document that must never reach a terminal raw: C0 and C1 controls (ESC starts
 * ANSI CSI/OSC sequences), DEL, bidirectional marks, embeddings, overrides and isolates, zero-width
 * and other invisible format characters, line and paragraph separators, and the tag characters
 * (U+E0000–U+E007F), which spell hidden ASCII text.
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/** Shows unsafe characters as visible escapes (`\x1b`, `\u202e`, `\u{e0041}`), so the reader sees they are there. */
export function escapeUnsafe(text: string, mark: (escape: string) => string = (e) => e): string {
  return text.replace(UNSAFE, (ch) => mark(visible(ch)));
}

/** What JSON.stringify leaves raw of those: it escapes C0 controls itself, and a newline there is structure. */
const UNSAFE_AFTER_STRINGIFY =
  /[\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/** Escapes them in serialised JSON as \u escapes (a surrogate pair for a tag); the JSON still decodes to the exact text. */
export function escapeUnsafeJson(json: string): string {
  // Of ASCII only DEL is unsafe. Counting UTF-8 bytes is a fast native scan of a long report, which
  // a regular expression's first run is not (and a replace with nothing to replace still copies it).
  if (Buffer.byteLength(json, 'utf8') === json.length && !json.includes('\u007f')) return json;
  return json.replace(UNSAFE_AFTER_STRINGIFY, (ch) =>
    ch
      .split('') // code units: a tag character becomes its two surrogates
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join(''),
  );
}

function visible(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}
