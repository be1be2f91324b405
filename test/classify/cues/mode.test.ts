import { modeCue } from '../../../src/classify/cues/mode.js';
import { testCue } from './helpers.js';

testCue(modeCue, {
  fires: [
    [
      'a video meeting against a telephone call',
      'President Ncube spoke today by telephone with Prime Minister Okafor.',
      'Prime Minister Okafor held a video meeting with President Ncube.',
      { explanation: "mode: telephone ('by telephone') against video ('video meeting')" },
    ],
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
    [
      'a meeting at a place was held in person',
      'The ministers discussed the matter during their meeting in Nairobi.',
      'The ministers discussed the matter by telephone.',
      {
        a: 'in Nairobi',
        b: 'by telephone',
        explanation: "mode: in person ('in Nairobi') against telephone ('by telephone')",
      },
    ],
    [
      'a host received the guest at a named site, in person',
      'President Ncube received Prime Minister Okafor at State House for talks.',
      'President Ncube and Prime Minister Okafor held talks by videoconference.',
      {
        a: 'at State House',
        explanation: "mode: in person ('at State House') against video ('videoconference')",
      },
    ],
    [
      'a journey to a capital where the leaders met, against a video call',
      'President Ncube and Prime Minister Okafor held a video conference on Tuesday.',
      'President Ncube travelled to Lusaka, where he and Prime Minister Okafor held talks on Tuesday.',
      {
        a: 'video conference',
        b: 'travelled to Lusaka',
        explanation: "mode: in person ('travelled to Lusaka') against video ('video conference')",
      },
    ],
  ],
  quiet: [
    [
      'a journey that the sentence does not say they met at',
      'Ahead of the call, the Foreign Minister arrived in Lusaka for consultations.',
      'The two ministers spoke by telephone ahead of the consultations.',
    ],
    [
      'a side that names a place they met at and a call they held',
      'The ministers, who met in Nairobi in May, spoke by telephone on Friday.',
      'The ministers spoke by telephone on Friday.',
    ],
    [
      'a place in a relative clause is where a party was, not where they met',
      'President Ncube called the Prime Minister, who had left the summit in Nairobi early.',
      'The two leaders spoke by telephone.',
    ],
    [
      "a name in the possessive is whose initiative, not a site: 'at Ncube's initiative'",
      "The talks were held at Ncube's initiative.",
      'President Ncube telephoned Prime Minister Okafor.',
    ],
    [
      'a place where they plan to meet is not how they spoke',
      'The ministers spoke by telephone.',
      'The ministers agreed to meet in Nairobi.',
    ],
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
