import type { LanguageWords } from '../../vocabulary.js';

export const vocabulary: LanguageWords = {
  extraStopwords: ['été', 'cette', 'ces', 'lors', 'ainsi', 'dont', 'leur', 'leurs', 'entre', 'sur', 'dans', 'par', 'pour', 'avec', 'chez'],
  keep: ['ne', 'pas', 'non', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'rien', 'doit', 'doivent', 'peut', 'peuvent', 'devrait', 'seulement', 'contre'],
  boilerplate: [
    'parties', 'partie', 'ministre', 'ministres', 'président', 'présidents', 'discuté', 'évoqué', 'échangé', 'vues', 'questions',
    'question', 'souligné', 'rappelé', 'noté', 'exprimé', 'réaffirmé', 'convenu', 'entretien', 'entretiens', 'rencontre',
    'échange', 'téléphonique', 'deux', 'pays', 'côté', 'contact', 'contacts', 'étroit', 'rester', 'situation',
  ],
  synonyms: [
    ['relations', 'relation', 'liens', 'coopération'],
    ['centrale', 'site', 'installation'],
    ['sûreté', 'sécurité'],
    ['retrait', 'retirer', 'retire'],
    ['armes', 'armement', 'équipements'],
  ],
  actors: {
    france: ['français', 'française', 'paris', 'élysée', 'elysée'],
    russia: ['russie', 'russe', 'moscou', 'kremlin'],
    ukraine: ['ukrainien', 'ukrainienne', 'kiev', 'kyiv'],
    'united states': ['états-unis', 'etats-unis', 'américain', 'américaine', 'washington'],
    china: ['chine', 'chinois', 'chinoise', 'pékin'],
    germany: ['allemagne', 'allemand', 'allemande', 'berlin'],
    algeria: ['algérie', 'algérien', 'algérienne', 'alger'],
    morocco: ['maroc', 'marocain', 'marocaine', 'rabat'],
    tunisia: ['tunisie', 'tunisien', 'tunisienne', 'tunis'],
    senegal: ['sénégal', 'sénégalais', 'sénégalaise', 'dakar'],
    mali: ['malien', 'malienne', 'bamako'],
    niger: ['nigérien', 'nigérienne', 'niamey'],
    belgium: ['belgique', 'belge', 'bruxelles'],
    congo: ['rdc', 'congolais', 'congolaise', 'kinshasa'],
    canada: ['canadien', 'canadienne', 'ottawa'],
    'united kingdom': ['royaume-uni', 'britannique', 'londres'],
    italy: ['italie', 'italien', 'italienne', 'rome'],
    spain: ['espagne', 'espagnol', 'espagnole', 'madrid'],
    iran: ['iranien', 'iranienne', 'téhéran'],
  },
};
