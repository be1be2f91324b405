import { modeCue } from '../../../src/classify/cues/mode.js';
import { testCue } from './helpers.js';

testCue(modeCue, {
  fires: [
    [
      'in person against by video',
      'The two leaders met in person.',
      'The two leaders spoke by video link.',
      {
        a: 'in person',
        b: 'by video',
        explanation: "mode: in person ('in person') against video ('by video')",
      },
    ],
    [
      'by telephone against a video call',
      'The presidents spoke by telephone.',
      'The presidents held a video call.',
      { a: 'by telephone', b: 'video call' },
    ],
  ],
  quiet: [
    [
      'two wordings of one mode',
      'The summit was held in a virtual format.',
      'The summit took place by videoconference.',
    ],
    [
      'a negated mode says nothing of how they did meet',
      'The leaders did not meet in person.',
      'The leaders spoke by video link.',
    ],
    ['one side names no mode', 'The leaders met in person.', 'The leaders discussed trade.'],
    [
      'a mode they plan is not how they met',
      'The foreign ministers spoke by telephone on Friday.',
      'The foreign ministers agreed to meet in person before the summit.',
    ],
    [
      'nor one they were invited to',
      'The premier took part by video link.',
      'The host invited the premier to attend in person.',
    ],
  ],
});
