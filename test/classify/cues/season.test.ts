import { seasonCue } from '../../../src/classify/cues/season.js';
import { testCue } from './helpers.js';

testCue(seasonCue, {
  fires: [
    [
      'one meeting to come set in two seasons, a plan in the present being to come',
      'The next round of the strategic dialogue is planned for the spring.',
      'The two ministers will hold the next round of the strategic dialogue in the winter.',
      {
        a: 'for the spring',
        b: 'in the winter',
        explanation: "season: spring ('for the spring') against winter ('in the winter')",
      },
    ],
  ],
  quiet: [
    [
      'a season past is not the season of a meeting to come',
      'The ministers last met in the spring.',
      'The ministers will meet again in the winter.',
    ],
    [
      'one side names two seasons',
      'The exercises will run from the spring to the autumn.',
      'The exercises will continue through the autumn.',
    ],
    [
      'a season word that qualifies a noun sets no time',
      'The ministers will meet in the spring to discuss wheat exports.',
      'The ministers will meet to discuss winter wheat exports.',
    ],
    [
      'a season in a name sets no time',
      'The ministers will meet to discuss the reforms begun after the Arab Spring.',
      'The ministers will meet in the winter to discuss the reforms.',
    ],
    [
      'a plan in the past is no plan to come',
      'The summit was planned for the spring.',
      'The summit will take place in the winter.',
    ],
  ],
});
