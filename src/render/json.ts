import type { MultiReport } from '../multi/types.js';
import type { Report } from '../report/types.js';
import { escapeUnsafeJson } from './escape.js';

/**
 * The report as JSON (schema/report.schema.json for two documents, schema/claims.schema.json for
 * more): two-space indented, one trailing newline.
 */
export function renderJson(report: Report | MultiReport): string {
  return `${escapeUnsafeJson(JSON.stringify(report, null, 2))}\n`;
}

/** About how many characters each piece of `renderJsonChunks` holds. */
const CHUNK_LENGTH = 1 << 16;
/**
 * How many items of a list JSON.stringify writes at a time: few enough that the text of a batch
 * stays small. V8 puts a string of more than about 128 KB straight into the old generation, where
 * it stays, dead, until the next full collection: with 256 items a batch, writing a long report
 * added tens of megabytes to the process's peak.
 */
const BATCH = 32;

/**
 * `renderJson`'s text in pieces of about CHUNK_LENGTH characters, to be written as they are made:
 * the report of two long documents is a string of a hundred megabytes, which, built whole and then
 * copied into a buffer to be written, was most of the memory a run took beyond the comparison.
 */
export function* renderJsonChunks(report: Report | MultiReport): Generator<string> {
  const pieces: string[] = [];
  let length = 0;
  for (const piece of jsonPieces(report, '')) {
    pieces.push(piece);
    length += piece.length;
    if (length >= CHUNK_LENGTH) {
      yield escapeUnsafeJson(pieces.join(''));
      pieces.length = 0;
      length = 0;
    }
  }
  pieces.push('\n');
  yield escapeUnsafeJson(pieces.join(''));
}

/**
 * `JSON.stringify(value, null, 2)` at this indentation, in pieces: the members of a plain object and
 * the items of a long list a batch at a time, each as JSON.stringify lays it out; anything else
 * whole. A piece never splits a string, so `escapeUnsafeJson` may run on any run of whole pieces.
 */
function* jsonPieces(value: unknown, indent: string): Generator<string> {
  if (Array.isArray(value) && value.length > BATCH && !('toJSON' in value)) {
    yield '[\n';
    // The batch inside as many lists as the indentation has levels, so that JSON.stringify lays its
    // items out at this depth and only the brackets around them are cut off: no pass over the text
    // to indent it.
    const depth = indent.length / 2;
    const brackets = (depth + 1) * (depth + 2);
    for (let from = 0; from < value.length; from += BATCH) {
      if (from > 0) yield ',\n';
      let batch: unknown[] = value.slice(from, from + BATCH);
      for (let level = 0; level < depth; level++) batch = [batch];
      yield JSON.stringify(batch, null, 2).slice(brackets, -brackets);
    }
    yield `\n${indent}]`;
    return;
  }
  if (!isPlainObject(value)) {
    yield indented(JSON.stringify(value, null, 2), indent);
    return;
  }
  const members = Object.entries(value).filter(([, member]) => isWritten(member));
  if (members.length === 0) {
    yield '{}';
    return;
  }
  const inner = `${indent}  `;
  yield '{\n';
  for (let k = 0; k < members.length; k++) {
    const [key, member] = members[k]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(member, inner);
    yield k + 1 < members.length ? ',\n' : `\n${indent}}`;
  }
}

/** What JSON.stringify writes of an object's member: not undefined, functions, symbols. */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || 'toJSON' in value) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** JSON text shifted right by an indentation: JSON strings hold no raw newline, so every newline is layout. */
function indented(json: string, indent: string): string {
  return indent === '' ? json : json.replaceAll('\n', `\n${indent}`);
}
