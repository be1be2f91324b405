/**
 * Regions that readouts name as a subject of the talks ("the situation in the Sahel"), with the
 * countries in each, so that two regions or a region and a country tell apart or overlap.
 */
export const REGIONS: Record<string, string[]> = {
  sahel: ['mali', 'niger', 'burkina faso', 'chad', 'mauritania', 'sudan'],
  'horn of africa': ['ethiopia', 'eritrea', 'djibouti', 'somalia'],
  'great lakes': ['democratic republic of the congo', 'rwanda', 'uganda', 'burundi', 'tanzania'],
  maghreb: ['morocco', 'algeria', 'tunisia', 'libya', 'mauritania'],
  'north africa': ['morocco', 'algeria', 'tunisia', 'libya', 'egypt'],
  'middle east': [
    'israel', 'palestine', 'lebanon', 'syria', 'jordan', 'iraq', 'iran', 'saudi arabia', 'yemen', 'egypt',
    'united arab emirates', 'qatar', 'kuwait', 'bahrain', 'oman', 'turkey',
  ],
  levant: ['israel', 'palestine', 'lebanon', 'syria', 'jordan'],
  gaza: ['palestine'],
  'west bank': ['palestine'],
  balkans: [
    'serbia', 'bosnia and herzegovina', 'montenegro', 'north macedonia', 'albania', 'kosovo', 'croatia', 'slovenia',
    'bulgaria', 'greece', 'romania',
  ],
  'western balkans': ['serbia', 'bosnia and herzegovina', 'montenegro', 'north macedonia', 'albania', 'kosovo'],
  'south caucasus': ['armenia', 'azerbaijan', 'georgia'],
  caucasus: ['armenia', 'azerbaijan', 'georgia', 'russia'],
  'central asia': ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'],
  'baltic states': ['estonia', 'latvia', 'lithuania'],
  'korean peninsula': ['north korea', 'south korea'],
  kashmir: ['india', 'pakistan'],
}; // prettier-ignore
