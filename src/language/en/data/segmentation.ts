import type { LanguageData } from '../../../segment/language.js';

/** English, as written in official readouts, press releases and news copy. */
export const segmentation: LanguageData = {
  titles: [
    // Forms of address
    'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Messrs.', 'Mmes.', 'Dr.', 'Drs.', 'Prof.', 'Profs.',
    'H.E.', 'H.M.', 'H.H.', 'H.R.H.', 'Hon.', 'Rt.', 'Rev.', 'Fr.', 'Msgr.',
    // Offices
    'Pres.', 'Amb.', 'Sen.', 'Sens.', 'Rep.', 'Reps.', 'Gov.', 'Atty.', 'Supt.', 'Insp.',
    // Military ranks
    'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cpt.', 'Cmdr.', 'Cdr.', 'Adm.', 'Brig.', 'Sgt.',
    'Cpl.', 'Pvt.',
    // Places named after a title
    'St.', 'Mt.', 'Ft.',
  ],
  neverEnd: ['e.g.', 'i.e.', 'cf.', 'viz.', 'vs.', 'v.', 'approx.', 'ca.', 'incl.', 'esp.'],
  beforeNumber: [
    'No.', 'Nos.', 'N°.', 'Nº.', 'Art.', 'Arts.', 'para.', 'paras.', 'subpara.', 'Sec.', 'Sect.',
    'Ch.', 'Chap.', 'Cl.', 'p.', 'pp.', 'vol.', 'vols.', 'fig.', 'figs.', 'op.', 'Res.', 'Ref.',
    'Doc.', 'Tel.', 'ext.',
  ],
  months: [
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  ],
  mayEnd: ['a.m.', 'p.m.', 'U.S.', 'U.K.', 'E.U.', 'U.N.', 'D.C.', 'U.S.A.', 'U.S.S.R.', 'P.D.R.'],
  sentenceStarters: [
    // Pronouns, articles and determiners
    'I', 'You', 'He', 'She', 'It', 'We', 'They', 'This', 'That', 'These', 'Those', 'There', 'Here',
    'A', 'An', 'The', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your', 'Both', 'Each', 'All',
    'Some', 'Many', 'Most', 'Such', 'No',
    // Questions
    'What', 'When', 'Where', 'Who', 'Whom', 'Whose', 'Why', 'How', 'Which', 'Did', 'Do', 'Does',
    'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Can', 'Could', 'Will', 'Would', 'Should',
    // Connectives
    'However', 'Also', 'Moreover', 'Furthermore', 'Meanwhile', 'Therefore', 'Thus', 'But', 'And',
    'Yet', 'So', 'Then', 'If', 'As', 'While', 'Although', 'Nevertheless', 'Additionally',
    'Finally', 'Today', 'Earlier', 'Later', 'In', 'On', 'At', 'For', 'After', 'Before', 'During',
    'Since', 'Following',
  ],
  alwaysCapitalised: ['I'],
  prepositions: [
    'at', 'in', 'on', 'by', 'from', 'until', 'till', 'after', 'before', 'around', 'about', 'since',
    'during', 'for', 'near', 'within', 'through', 'throughout', 'toward', 'towards', 'under',
    'over', 'between', 'among', 'across', 'along', 'beyond', 'via', 'per', 'with', 'without', 'of',
    'to', 'into', 'onto', 'upon', 'against', 'despite',
  ],
  functionWords: [
    'the', 'a', 'an', 'and', 'or', 'nor', 'but', 'as', 'that', 'which', 'who', 'whose', 'whom',
    'than', 'if', 'whether', 'so', 'yet', 'its', 'their', 'his', 'her', 'our', 'is', 'are', 'was',
    'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'should', 'could', 'can', 'may',
    'not',
  ],
};
