import { languageOf, type LanguageCode } from '../language/index.js';
import type { Message, Templates } from './cue.js';
import type { CueName } from './cues/index.js';

/** Whose templates a message is one of: a cue's, or the note on parties' positions. */
export type MessageOwner = CueName | 'positions';

/** Templates a language gives in place of the defaults (English), by owner and message id. */
export type MessageTemplates = Readonly<Partial<Record<MessageOwner, Templates>>>;

/** The text of a message: the language's own template for it if it gives one, else the default. */
export function explain(
  lang: LanguageCode,
  owner: MessageOwner,
  defaults: Templates,
  message: Message,
): string {
  const template = languageOf(lang).messages?.[owner]?.[message.id] ?? defaults[message.id];
  if (template === undefined) throw new Error(`${owner} has no message "${message.id}"`);
  return template(...message.values);
}
