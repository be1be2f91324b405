import { describe, expect, it } from 'vitest';
import { CUES } from '../../src/classify/index.js';
import { explain, type MessageOwner } from '../../src/classify/explain.js';
import { positionMessages } from '../../src/classify/positions.js';
import type { Templates } from '../../src/classify/cue.js';
import { languageOf, LANGUAGES } from '../../src/language/index.js';

const defaults = new Map<MessageOwner, Templates>([
  ...CUES.map((cue): [MessageOwner, Templates] => [cue.name, cue.messages]),
  ['positions', positionMessages],
]);

describe('the explanations of reasons', () => {
  const numberMessages = defaults.get('number')!;

  it('read as the cue’s template filled with the values it found', () => {
    expect(explain('en', 'number', numberMessages, { id: 'dates', values: [] })).toBe(
      'the dates differ',
    );
    expect(
      explain('fr', 'positions', positionMessages, { id: 'differ', values: ['a / b', 'why'] }),
    ).toBe('positions differ (a / b): why');
  });

  it('read as the language’s own template where it gives one', () => {
    const language = languageOf('fr');
    const before = language.messages;
    language.messages = { number: { dates: () => 'les dates diffèrent' } };
    try {
      expect(explain('fr', 'number', numberMessages, { id: 'dates', values: [] })).toBe(
        'les dates diffèrent',
      );
      // A message the language does not give reads as the cue's.
      expect(explain('fr', 'number', numberMessages, { id: 'years', values: [] })).toBe(
        'the years differ',
      );
    } finally {
      // The registry is shared by every test file of a worker: leave the entry as it was found.
      if (before === undefined) delete language.messages;
      else language.messages = before;
    }
  });

  it.each(LANGUAGES)('in %s, override only messages the cues give, with their values', (code) => {
    for (const [owner, templates] of Object.entries(languageOf(code).messages ?? {}))
      for (const [id, template] of Object.entries(templates)) {
        const original = defaults.get(owner as MessageOwner)?.[id];
        expect(original, `${owner}.${id}`).toBeDefined();
        expect(template.length).toBe(original!.length);
      }
  });
});
