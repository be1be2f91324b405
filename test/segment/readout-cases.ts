// Readout-style examples with the sentences a careful reader would cut them into, written by hand.
// readouts.test.ts checks the splitter against them; guarantees.test.ts checks its invariants on them.

export interface ReadoutCase {
  name: string;
  text: string;
  expected: string[];
}

export const readoutCases: ReadoutCase[] = [
  {
    name: 'footnote marks after the full stop',
    text: 'The ministers discussed energy cooperation.[1] They agreed to meet in Moscow.[2][3] The talks lasted an hour.',
    expected: [
      'The ministers discussed energy cooperation.[1]',
      'They agreed to meet in Moscow.[2][3]',
      'The talks lasted an hour.',
    ],
  },
  // Titles and ranks
  {
    name: 'titles before names',
    text: 'Mr. Lavrov met Ms. Kallas and Dr. Grossi in Geneva. Gen. Milley and Lt. Col. Vindman also attended.',
    expected: [
      'Mr. Lavrov met Ms. Kallas and Dr. Grossi in Geneva.',
      'Gen. Milley and Lt. Col. Vindman also attended.',
    ],
  },
  {
    name: 'diplomatic and political titles',
    text:
      'The Minister received Amb. Sullivan and H.E. Mr. Wang Yi. Prof. Karaganov, Sen. Graham, ' +
      'Rep. Smith, Gov. Newsom and Mrs. Clinton were also mentioned. Pres. Macron sent greetings.',
    expected: [
      'The Minister received Amb. Sullivan and H.E. Mr. Wang Yi.',
      'Prof. Karaganov, Sen. Graham, Rep. Smith, Gov. Newsom and Mrs. Clinton were also mentioned.',
      'Pres. Macron sent greetings.',
    ],
  },
  // Initials
  {
    name: 'initials spaced, unspaced and single',
    text: 'The letter was signed by S. Lavrov, by S. V. Lavrov and by S.V. Lavrov. He signed it three times.',
    expected: [
      'The letter was signed by S. Lavrov, by S. V. Lavrov and by S.V. Lavrov.',
      'He signed it three times.',
    ],
  },
  {
    name: 'Jr. inside a sentence',
    text: 'President Joseph R. Biden, Jr. spoke with President Xi Jinping. The call lasted two hours.',
    expected: [
      'President Joseph R. Biden, Jr. spoke with President Xi Jinping.',
      'The call lasted two hours.',
    ],
  },
  {
    name: 'Jr. ending a sentence',
    text: 'The statement was signed by Joseph R. Biden, Jr. The two leaders then met the press.',
    expected: [
      'The statement was signed by Joseph R. Biden, Jr.',
      'The two leaders then met the press.',
    ],
  },
  // Dotted country names
  {
    name: 'U.S., U.K., E.U. and U.S.-China inside sentences',
    text: 'The U.S.-China dialogue resumed. U.S. officials and U.K. diplomats briefed E.U. partners.',
    expected: [
      'The U.S.-China dialogue resumed.',
      'U.S. officials and U.K. diplomats briefed E.U. partners.',
    ],
  },
  {
    name: 'U.S. ending a sentence',
    text: 'Consultations were held in the U.S. They covered arms control.',
    expected: ['Consultations were held in the U.S.', 'They covered arms control.'],
  },
  {
    name: 'Lao P.D.R. ending a sentence and before a noun',
    text: 'Talks took place in the Lao P.D.R. The Lao P.D.R. Foreign Minister welcomed the U.S. Secretary of State.',
    expected: [
      'Talks took place in the Lao P.D.R.',
      'The Lao P.D.R. Foreign Minister welcomed the U.S. Secretary of State.',
    ],
  },
  {
    name: 'sentence ending in Washington, D.C.',
    text: 'The next round will be held in Washington, D.C. The dates will be announced later.',
    expected: [
      'The next round will be held in Washington, D.C.',
      'The dates will be announced later.',
    ],
  },
  // Dates and times
  {
    name: 'abbreviated months and a date ending a sentence',
    text: 'On Jan. 5 the ministers spoke by phone. The treaty was signed on May 25, 1993. It entered into force in Sept. 1994.',
    expected: [
      'On Jan. 5 the ministers spoke by phone.',
      'The treaty was signed on May 25, 1993.',
      'It entered into force in Sept. 1994.',
    ],
  },
  {
    name: 'a.m. inside a sentence',
    text: 'The call began at 9:50 a.m. and ended at 10:40 a.m. Moscow time.',
    expected: ['The call began at 9:50 a.m. and ended at 10:40 a.m. Moscow time.'],
  },
  {
    name: 'p.m. ending a sentence',
    text: 'The leaders spoke at 5 p.m. The minister then briefed reporters.',
    expected: ['The leaders spoke at 5 p.m.', 'The minister then briefed reporters.'],
  },
  {
    name: 'p.m. before a lower-case word',
    text: 'The leaders will speak again at 5 p.m. on Monday.',
    expected: ['The leaders will speak again at 5 p.m. on Monday.'],
  },
  {
    name: 'time opening a sentence and time ending one',
    text: 'At 9 a.m. Mr. Peskov briefed the press. He left at 10 a.m. Mr. Ushakov stayed.',
    expected: [
      'At 9 a.m. Mr. Peskov briefed the press.',
      'He left at 10 a.m.',
      'Mr. Ushakov stayed.',
    ],
  },
  // Numbers
  {
    name: 'decimals, percentages, No. and Art.',
    text: 'Trade grew by 2.4 million tonnes, or 3.5%, in 2023. The sides noted Resolution No. 5 and Art. 3 of the Charter.',
    expected: [
      'Trade grew by 2.4 million tonnes, or 3.5%, in 2023.',
      'The sides noted Resolution No. 5 and Art. 3 of the Charter.',
    ],
  },
  {
    name: 'Art. before a roman numeral',
    text: 'The sides referred to Art. IV of the Treaty. They agreed on its reading.',
    expected: ['The sides referred to Art. IV of the Treaty.', 'They agreed on its reading.'],
  },
  {
    name: 'para., vol. and pp.',
    text: 'See para. 4 of the communiqué, vol. 2, pp. 10-12. The text is annexed.',
    expected: ['See para. 4 of the communiqué, vol. 2, pp. 10-12.', 'The text is annexed.'],
  },
  {
    name: 'No. as a one-word answer',
    text: 'Asked whether sanctions would be lifted, he said: No. The answer was clear.',
    expected: ['Asked whether sanctions would be lifted, he said: No.', 'The answer was clear.'],
  },
  // etc., e.g., i.e.
  {
    name: 'etc. ending a sentence',
    text: 'They discussed energy, trade, transport, etc. The talks were frank.',
    expected: ['They discussed energy, trade, transport, etc.', 'The talks were frank.'],
  },
  {
    name: 'etc. inside a sentence',
    text: 'They discussed energy, trade, etc. and agreed to meet again.',
    expected: ['They discussed energy, trade, etc. and agreed to meet again.'],
  },
  {
    name: 'e.g. and i.e. before capitals',
    text: 'Several partners, e.g. China and India, were named. One region, i.e. Europe, was not.',
    expected: [
      'Several partners, e.g. China and India, were named.',
      'One region, i.e. Europe, was not.',
    ],
  },
  // Abbreviations match whole tokens only
  {
    name: 'words ending like abbreviations',
    text: 'The meeting was held in Budapest. The minister then flew to Morocco. No agreement was reached.',
    expected: [
      'The meeting was held in Budapest.',
      'The minister then flew to Morocco.',
      'No agreement was reached.',
    ],
  },
  // Quotations
  {
    name: 'quotation with inner sentences: the closing quote stays with the sentence it closes',
    text: 'He said: "We agree. It is temporary." Then the talks resumed.',
    expected: ['He said: "We agree.', 'It is temporary."', 'Then the talks resumed.'],
  },
  {
    name: 'smart double quotes',
    text: 'The minister called the proposal “unacceptable.” He asked for clarifications.',
    expected: ['The minister called the proposal “unacceptable.”', 'He asked for clarifications.'],
  },
  {
    name: 'quoted question followed by its attribution',
    text: '“We are ready,” the minister said. “Are you?” he asked.',
    expected: ['“We are ready,” the minister said.', '“Are you?” he asked.'],
  },
  {
    name: 'guillemets and smart single quotes',
    text: 'Lavrov said: «The West must listen.» He called it ‘a good start.’ Both sides agreed.',
    expected: [
      'Lavrov said: «The West must listen.»',
      'He called it ‘a good start.’',
      'Both sides agreed.',
    ],
  },
  // Parentheses
  {
    name: 'sentence inside parentheses within a sentence',
    text: 'The sides discussed Gaza (the Secretary raised humanitarian access.) and Ukraine.',
    expected: ['The sides discussed Gaza (the Secretary raised humanitarian access.) and Ukraine.'],
  },
  {
    name: 'parenthesised sentence between sentences',
    text: 'The Minister met his counterpart. (The meeting was closed to the press.) A joint statement followed.',
    expected: [
      'The Minister met his counterpart.',
      '(The meeting was closed to the press.)',
      'A joint statement followed.',
    ],
  },
  // Ellipses
  {
    name: 'ellipsis before a lower-case word',
    text: 'The minister said the talks were... productive. The sides will meet again.',
    expected: ['The minister said the talks were... productive.', 'The sides will meet again.'],
  },
  {
    name: 'ellipsis character ending a sentence',
    text: 'We will wait… The decision is yours.',
    expected: ['We will wait…', 'The decision is yours.'],
  },
  {
    name: 'spaced ellipsis for words left out',
    text: 'The treaty states that the parties . . . shall consult each other.',
    expected: ['The treaty states that the parties . . . shall consult each other.'],
  },
  // Questions and exclamations
  {
    name: 'question and exclamation marks',
    text: 'Will the talks continue? The minister said yes! Both sides agreed.',
    expected: ['Will the talks continue?', 'The minister said yes!', 'Both sides agreed.'],
  },
  // Numbered points and bullets
  {
    name: 'numbered points on their own lines',
    text: 'The sides agreed on the following:\n1. Extend the ceasefire.\n2. Exchange prisoners.\n3) Resume consultations',
    expected: [
      'The sides agreed on the following:',
      '1. Extend the ceasefire.',
      '2. Exchange prisoners.',
      '3) Resume consultations',
    ],
  },
  {
    name: 'lettered points in parentheses',
    text: 'The parties will:\n(a) reduce tariffs;\n(b) open markets; and\n(c) protect investments.',
    expected: [
      'The parties will:',
      '(a) reduce tariffs;',
      '(b) open markets; and',
      '(c) protect investments.',
    ],
  },
  {
    name: 'roman numerals',
    text: 'Priorities:\ni. energy security;\nii. food security.',
    expected: ['Priorities:', 'i. energy security;', 'ii. food security.'],
  },
  {
    name: 'numbered points on one line',
    text: '1. The ceasefire will be extended 2. Prisoners will be exchanged',
    expected: ['1. The ceasefire will be extended', '2. Prisoners will be exchanged'],
  },
  {
    name: 'bullets',
    text: 'Topics discussed:\n- trade\n- energy\n* security\n• climate',
    expected: ['Topics discussed:', '- trade', '- energy', '* security', '• climate'],
  },
  // Headings and datelines
  {
    name: 'dateline',
    text:
      'MOSCOW, April 30 (TASS) - Russian Foreign Minister Sergey Lavrov held talks with his Chinese counterpart. ' +
      'The talks lasted three hours.',
    expected: [
      'MOSCOW, April 30 (TASS) -',
      'Russian Foreign Minister Sergey Lavrov held talks with his Chinese counterpart.',
      'The talks lasted three hours.',
    ],
  },
  {
    name: 'title line in title case',
    text:
      "Readout of President Biden's Call with President Xi Jinping of the People's Republic of China\n" +
      'President Biden spoke today with President Xi.',
    expected: [
      "Readout of President Biden's Call with President Xi Jinping of the People's Republic of China",
      'President Biden spoke today with President Xi.',
    ],
  },
  {
    name: 'long headline over a dateline',
    text:
      'Foreign Minister Ana Ruiz holds talks with her Chilean counterpart in Lima\n' +
      'Lima, Friday 3 May 2024\n' +
      'Foreign Minister Ana Ruiz received her counterpart at the Torre Tagle Palace.',
    expected: [
      'Foreign Minister Ana Ruiz holds talks with her Chilean counterpart in Lima',
      'Lima, Friday 3 May 2024',
      'Foreign Minister Ana Ruiz received her counterpart at the Torre Tagle Palace.',
    ],
  },
  {
    name: 'dateline of a place, a day and an agency',
    text:
      'President Lind and Prime Minister Okoro agree to widen their cooperation on energy\n' +
      'Oslo, June 4 (Reuters)\n' +
      'The two leaders met on Tuesday.',
    expected: [
      'President Lind and Prime Minister Okoro agree to widen their cooperation on energy',
      'Oslo, June 4 (Reuters)',
      'The two leaders met on Tuesday.',
    ],
  },
  {
    name: 'title line clearly shorter than the prose under it',
    text:
      'Minister Sato speaks by phone with the Foreign Minister of Kenya\n' +
      "On 12 March, Minister Sato held a telephone conversation with Foreign Minister Mwangi at the Kenyan side's request.",
    expected: [
      'Minister Sato speaks by phone with the Foreign Minister of Kenya',
      "On 12 March, Minister Sato held a telephone conversation with Foreign Minister Mwangi at the Kenyan side's request.",
    ],
  },
  {
    name: 'short heading line',
    text: 'Joint Statement\nThe two sides held consultations in Beijing.',
    expected: ['Joint Statement', 'The two sides held consultations in Beijing.'],
  },
  // Line breaks from PDFs and e-mail
  {
    name: 'sentence wrapped over lower-case lines',
    text: 'The two leaders discussed the situation in\nthe Middle East and agreed to stay\nin close contact.',
    expected: [
      'The two leaders discussed the situation in\nthe Middle East and agreed to stay\nin close contact.',
    ],
  },
  {
    name: 'long wrapped line followed by a capitalised word',
    text:
      'Secretary Blinken and Foreign Minister Wang Yi discussed the situation on the Korean\n' +
      'Peninsula and in the South China Sea.',
    expected: [
      'Secretary Blinken and Foreign Minister Wang Yi discussed the situation on the Korean\n' +
        'Peninsula and in the South China Sea.',
    ],
  },
  {
    name: 'e-mail with a salutation and a wrapped line',
    text:
      'Dear colleagues,\n\nThe Ministry confirms that the consultations will take place on\n' +
      'Monday in Geneva. The agenda is attached.',
    expected: [
      'Dear colleagues,',
      'The Ministry confirms that the consultations will take place on\nMonday in Geneva.',
      'The agenda is attached.',
    ],
  },
  {
    name: 'lines of a list without punctuation',
    text: 'Participants\nministers of foreign affairs\ndeputy ministers\nexperts',
    expected: ['Participants', 'ministers of foreign affairs', 'deputy ministers', 'experts'],
  },
  {
    name: 'CRLF line endings and a heading after a blank line',
    text: 'The talks ended.\r\nThe sides issued a statement.\r\n\r\nAnnex\r\nList of participants',
    expected: [
      'The talks ended.',
      'The sides issued a statement.',
      'Annex',
      'List of participants',
    ],
  },
  {
    name: 'blank line is always a boundary',
    text: 'The ministers met in Rome\n \t\nthe talks focused on trade.',
    expected: ['The ministers met in Rome', 'the talks focused on trade.'],
  },
  {
    name: 'wrapped paragraph whose lines end in capitalised names',
    text:
      'The talks built on the 15th round. The delegations were guided by the understanding between\n' +
      'External Affairs Minister Dr. S. Jaishankar and Chinese Foreign Minister\n' +
      'Wang Yi at their meeting in Bali. The two sides held detailed\n' +
      'discussions on the issues along the Line of Actual\n' +
      'Control in the Western Sector.',
    expected: [
      'The talks built on the 15th round.',
      'The delegations were guided by the understanding between\nExternal Affairs Minister Dr. S. Jaishankar and Chinese Foreign Minister\nWang Yi at their meeting in Bali.',
      'The two sides held detailed\ndiscussions on the issues along the Line of Actual\nControl in the Western Sector.',
    ],
  },
  {
    name: 'first line of a wrapped paragraph without punctuation',
    text: 'Prime Minister Albin Kurti took part today in Ohrid in the high-level meeting\nof the EU-facilitated dialogue. The talks lasted twelve hours.',
    expected: [
      'Prime Minister Albin Kurti took part today in Ohrid in the high-level meeting\nof the EU-facilitated dialogue.',
      'The talks lasted twelve hours.',
    ],
  },
];
