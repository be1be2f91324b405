import { venueCue } from '../../../src/classify/cues/venue.js';
import { testCue } from './helpers.js';

testCue(venueCue, {
  fires: [
    [
      'a capital named by its country is a place in that country',
      'The two leaders agreed that their first meeting would take place in the Russian capital.',
      'They agreed that their first meeting will take place in Saudi Arabia.',
      {
        a: 'in the Russian capital',
        b: 'in Saudi Arabia',
        explanation:
          "planned venue: russia ('in the Russian capital') against saudi arabia ('in Saudi Arabia')",
      },
    ],
    [
      'the place after the occasion a meeting was on the margins of',
      'The two ministers agreed to meet on the margins of the United Nations General Assembly in New York.',
      'The two ministers agreed to meet in Ankara in the coming weeks.',
      { explanation: "planned venue: ankara ('in Ankara') against new york ('in New York')" },
    ],
    [
      'the place after "hosted by" is where it was held',
      'The fourth round of talks took place in Nairobi.',
      'The fourth round of talks was hosted by Vienna.',
      {
        a: 'in Nairobi',
        b: 'by Vienna',
        explanation: "venue: nairobi ('in Nairobi') against vienna ('by Vienna')",
      },
    ],
    [
      "a city in the country the other side's city-state is not (Putrajaya, Malaysia's seat of government)",
      'The two prime ministers met in Singapore.',
      'The two prime ministers met in Putrajaya.',
      { explanation: "venue: putrajaya ('in Putrajaya') against singapore ('in Singapore')" },
    ],
    [
      'two cities',
      'The consultations were held in Geneva.',
      'The consultations were held in Vienna.',
      {
        a: 'in Geneva',
        b: 'in Vienna',
        explanation: "venue: geneva ('in Geneva') against vienna ('in Vienna')",
      },
    ],
    [
      'a place within the venue, between the parties and the city',
      'Prime Minister Halvorsen received Premier Ortiz at Harbour House in Wellington.',
      'Premier Ortiz held talks with Prime Minister Halvorsen at Lakeside Lodge in Auckland.',
      {
        a: 'in Wellington',
        b: 'in Auckland',
        explanation: "venue: auckland ('in Auckland') against wellington ('in Wellington')",
      },
    ],
    [
      'two cities of one country',
      'The presidents met in Tashkent.',
      'The presidents met in Samarkand.',
      { a: 'in Tashkent' },
    ],
    [
      'a capital known to lie outside the country the other side names',
      'The presidents met in Dushanbe.',
      'The presidents met in Uzbekistan.',
      { b: 'in Uzbekistan' },
    ],
    [
      'a host received a guest, named by role and name, in one city; the other says they met in another',
      'The Emir received Prime Minister Kowalczyk in Doha.',
      'The Emir and Prime Minister Kowalczyk met in Kuwait City.',
      { a: 'in Doha', b: 'in Kuwait City' },
    ],
    [
      "a minister met his counterpart, named by the register's word for a party, in one city",
      'The foreign minister met his Uruguayan counterpart in Montevideo.',
      'The foreign ministers met in Asunción.',
      { a: 'in Montevideo', b: 'in Asunción' },
    ],
    [
      'two plans of one meeting, each in another city',
      'The two sides agreed that the joint commission would meet in Mombasa before the end of the year.',
      'It was agreed that the next session of the joint commission will be held in Dodoma.',
      {
        a: 'in Mombasa',
        b: 'in Dodoma',
        explanation: "planned venue: dodoma ('in Dodoma') against mombasa ('in Mombasa')",
      },
    ],
    [
      "a plan's party named with its abbreviation in parentheses, then the city",
      'The ministers agreed to convene the Joint Border Commission (JBC) in Tromsø in March.',
      'The ministers agreed that the joint border commission will meet in Bodø in March.',
      { a: 'in Tromsø', b: 'in Bodø' },
    ],
  ],
  quiet: [
    [
      'a capital named by its country is its capital city',
      'The talks were held in the Turkish capital.',
      'The talks were held in Ankara.',
    ],
    [
      'a capital city lies in the country',
      'The talks were held in Riyadh.',
      'The talks were held in Saudi Arabia.',
    ],
    [
      "a place after a thing other than an occasion is that thing's",
      'The ministers met on the sidelines of a conference on investment in Africa.',
      'The ministers met in Vienna.',
    ],
    [
      'a plan to meet in a country, and in a city unknown to the data',
      'The ministers agreed to meet again in Uzbekistan.',
      'The ministers will meet again in Samarkand.',
    ],
    [
      'a person after "hosted by" is no place',
      'The fourth round of talks took place in Nairobi.',
      'The fourth round of talks was hosted by Lavrov.',
    ],
    [
      'a word of content between the verb and "in" makes the place that of the thing it names',
      'The ministers welcomed the truce agreed in Doha.',
      'The ministers met in Cairo and welcomed the truce.',
    ],
    [
      'nor is the place of a topic a venue ("talks focused on investment in Kazakhstan")',
      'The talks focused on new investment in Kazakhstan.',
      'The talks were held in Ankara and focused on new investment.',
    ],
    [
      'a place far from the verb of meeting names no venue ("received praise from the delegates in Oslo")',
      'The Emir received praise from the visiting delegates in Oslo.',
      'The Emir and the delegates met in Bergen.',
    ],
    [
      'a place where they plan to meet is not where they met',
      'The ministers met in Oslo on Monday.',
      'The ministers agreed to meet again in Bergen.',
    ],
    [
      'a capital lies in its country',
      'The presidents met in Tashkent.',
      'The presidents met in Uzbekistan.',
    ],
    [
      'a city unknown to the data may lie in the country named',
      'The presidents met in Samarkand.',
      'The presidents met in Uzbekistan.',
    ],
    ['a month is no place', 'The talks were held in March.', 'The talks were held in Geneva.'],
    [
      "each sentence names the other's place too: the other place is another event's",
      'The prime ministers met in Halden today, before both travel to Lillehammer for the summit.',
      'The Prime Minister welcomed his guest to Halden, ahead of the summit in Lillehammer.',
    ],
    [
      'the same place, one side with a month',
      'The talks were held in Geneva.',
      'The talks were held in Geneva in May.',
    ],
  ],
});
