import { accountsCue } from '../../../src/classify/cues/accounts.js';
import { testCue } from './helpers.js';

testCue(accountsCue, {
  fires: [
    [
      'a charge of failure against a claim of obligations met',
      'The minister said that the Georgian side bears responsibility for the failure to protect the embassy.',
      'The Georgian government stressed that it has always fulfilled its obligations to protect foreign embassies.',
      {
        a: 'bears responsibility',
        b: 'fulfilled its obligations',
        explanation:
          "positions differ: one side charges ('bears responsibility'); georgia defends ('fulfilled its obligations')",
        positions: { a: 'one side', b: 'georgia' },
      },
    ],
    [
      'no notice against notice given in advance',
      'Canberra said Beijing had given no warning and that the exercise was unsafe for civilian flights.',
      'China said the exercise was announced in advance and posed no risk to civilian flights.',
      {
        a: 'no warning',
        b: 'in advance',
        explanation:
          "positions differ: australia charges ('no warning'); china defends ('in advance')",
        positions: { a: 'australia', b: 'china' },
      },
    ],
    [
      'a raised case against a case handled by the law',
      'The Prime Minister raised the case of a Canadian citizen detained in Iran.',
      'Iran stated that the case of the detained citizen is being handled in accordance with the law.',
      { a: 'raised the case', b: 'accordance with the law' },
    ],
    [
      'an act charged, its actor unnamed, against the actor speaking in its defence',
      'Minister Ito said the flight near the coast was unsafe and unprofessional.',
      'The flight near the coast was carried out safely and to professional standards, the Korean minister said.',
      { a: 'unsafe', b: 'safely', positions: { a: 'one side', b: 'south korea' } },
    ],
  ],
  quiet: [
    [
      'both sides concerned about a third party',
      'France expressed deep concern about the violence in Sudan.',
      'Egypt voiced serious concern about the violence in Sudan.',
    ],
    [
      'both sides affirming lawfulness',
      'Greece said the patrols were carried out in accordance with international law.',
      'Italy said the patrols were lawful and carried out safely.',
    ],
    [
      'a charge and a defence on different matters',
      'Poland said Belarus bears responsibility for the crisis at the border.',
      'Belarus stated that its elections were held in accordance with the law.',
    ],
    [
      'the charged party is not the one that defends itself',
      'Kenya said Somali forces committed a grave violation of the truce in the north.',
      'Ethiopia stated that its forces acted lawfully in the north.',
    ],
    [
      'a defence denied is no defence',
      'Japan said the Chinese vessel gave no advance notice of the drill.',
      'The Chinese side said the drill was announced without advance notice to shipping.',
    ],
    [
      'an unnamed actor charged by one side, defended by no speaker of the other',
      'The minister said the flight near the coast was unsafe.',
      'The flight near the coast was carried out safely.',
    ],
    [
      'a side that defends its own act against a charge it makes of the same party',
      'Korea said Korean pilots had flown safely near the coast.',
      'The Korean minister said the flight near the coast was unsafe.',
    ],
  ],
});
