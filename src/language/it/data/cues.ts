import { cueLexicon, monthsFrom } from '../../cue-data.js';

export const cues = cueLexicon({
  negators: ['non', 'mai', 'né', 'senza', 'nessun', 'nessuno', 'nessuna'],
  rejectionPhrases: ['incompatibile con', 'non corrisponde', 'contrario a', 'contraddice', 'infondate', 'infondato', 'disinformazione'],
  disputingVerbs: ['respinge', 'respinto', 'nega', 'smentisce'],
  initiativeBeforeActor: ['su richiesta di', 'su iniziativa di', 'su invito di'],
  months: monthsFrom([['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']]),
  rangeWords: ['e', 'al', 'a', 'o'],
});
