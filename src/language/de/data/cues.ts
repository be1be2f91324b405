import { cueLexicon, monthsFrom } from '../../cue-data.js';

export const cues = cueLexicon({
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'weder'],
  rejectionPhrases: ['unvereinbar mit', 'entspricht nicht', 'widerspricht', 'haltlos', 'unbegründet', 'desinformation'],
  disputingVerbs: ['weist', 'zurückgewiesen', 'bestreitet', 'dementiert'],
  initiativeBeforeActor: ['auf wunsch', 'auf initiative', 'auf einladung', 'auf bitten'],
  months: monthsFrom([['januar'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']]),
  rangeWords: ['und', 'bis', 'oder'],
});
