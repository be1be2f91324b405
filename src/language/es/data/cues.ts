import { cueLexicon, monthsFrom } from '../../cue-data.js';

export const cues = cueLexicon({
  negators: ['no', 'nunca', 'jamás', 'ni', 'sin', 'ningún', 'ninguno', 'ninguna'],
  rejectionPhrases: ['incompatible con', 'no corresponde', 'contrario a', 'contradice', 'infundadas', 'infundado', 'sin fundamento', 'desinformación'],
  disputingVerbs: ['rechaza', 'rechazó', 'niega', 'negó', 'desmiente'],
  initiativeBeforeActor: ['a petición de', 'a solicitud de', 'a iniciativa de', 'por iniciativa de', 'a invitación de'],
  months: monthsFrom([['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']]),
  rangeWords: ['y', 'al', 'a', 'o'],
});
