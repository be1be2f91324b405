import { detectFormat, loadDocument, type FormatChoice } from '../load/index.js';
import { detectLanguage } from '../load/language.js';
import { renderSentences } from '../render/sentences.js';
import { segmentDocument } from '../segment/sentences.js';
import type { LanguageCode } from '../language/index.js';
import { readDocument } from '../io/files.js';
import { writeStdout } from './stdout.js';

export interface SentencesFlags {
  format: 'text' | 'json';
  inputFormat: FormatChoice;
  lang: LanguageCode | 'auto';
  maxBytes: number;
}

/** `communique sentences FILE`: the segmentation, for inspection. */
export function runSentences(file: string, flags: SentencesFlags): void {
  const doc = readDocument(file, flags.maxBytes);
  const format = flags.inputFormat === 'auto' ? detectFormat(file, doc.text) : flags.inputFormat;
  const lang = flags.lang === 'auto' ? detectLanguage(doc.text) : flags.lang;
  writeStdout(
    renderSentences(segmentDocument(loadDocument(doc.text, format), { lang }), flags.format),
  );
}
