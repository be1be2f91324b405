import { cueLexicon, monthsFrom } from '../../cue-data.js';

export const cues = cueLexicon({
  negators: ['não', 'nunca', 'nem', 'sem', 'nenhum', 'nenhuma'],
  rejectionPhrases: ['incompatível com', 'não corresponde', 'contrário a', 'contradiz', 'infundadas', 'infundado', 'desinformação'],
  disputingVerbs: ['rejeita', 'rejeitou', 'nega', 'negou', 'desmente'],
  initiativeBeforeActor: ['a pedido de', 'por iniciativa de', 'a convite de'],
  months: monthsFrom([['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']]),
  rangeWords: ['e', 'a', 'ou'],
});
