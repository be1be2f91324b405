import type { LanguageHooks } from '../language/hooks.js';
import { languageOf, type LanguageCode } from '../language/index.js';
import { vectorLanguage } from '../vectorize/languages.js';
import { termOf, tokenize, type Token } from '../vectorize/tokenize.js';

/** A part of a month; the middle overlaps both halves, so it conflicts with neither. */
export type MonthPart = 'early' | 'mid' | 'late';

/**
 * The words each contradiction cue looks for, in one language. Words and phrases are matched by
 * their term (stem) where they have one, so one entry covers a word's inflections.
 */
export interface CueLexicon {
  /** Words that negate what follows them. */
  negators: string[];
  /** Verbs that negate their complement ("refused to sign"). */
  negatingVerbs: string[];
  /** Negator + next word pairs that do not negate the claim ("not only"). */
  nonNegating: string[][];
  /** Verbs with a particle that negate their object ("rule out": "ruled out a ceasefire" denies one). */
  negatingPhrases?: string[][];
  /** Auxiliaries shown with the negation they stand before ("did not"). */
  auxiliaries: string[];
  /** Phrases by which a statement disputes a claim. */
  rejectionPhrases: string[];
  /** Verbs that dispute a claim only when a claim is their object. */
  disputingVerbs: string[];
  claimNouns: string[];
  /** Opposite characterisations of talks or a situation. */
  positive: string[];
  negative: string[];
  /** Antonym pairs for a language without WordNet. */
  opposites: string[][];
  /** Whether to use the WordNet table (English only). */
  wordnet: boolean;
  /** Words whose opposition says nothing about a claim ("following" / "preceded"). */
  antonymExclusions: string[];
  /** Phrases after which the party that asked for the contact is named ("at the request of"). */
  initiativeBeforeActor: string[];
  /** Nouns after a possessive actor ("Moscow's request"). */
  initiativeNouns: string[];
  /** Verbs whose subject asked for the contact when a contact noun follows ("requested the call"). */
  initiativeVerbs: string[];
  /** Verbs whose subject made the contact ("reached out"). */
  contactVerbs: string[];
  /** Verbs whose subject made the contact when a call follows ("made a phone call to", "placed a call"). */
  callVerbs?: string[];
  /** Words after a call noun that make it an appeal ("calls for restraint"). */
  appealWords?: string[];
  contactNouns: string[];
  /** Phrases after a contact noun that name who made it ("the call was made by"). */
  contactBeforeActor?: string[];
  /** Nouns for a call, which the side that asked for it makes ("the call was made by"); a visit is made by the visitor. */
  callNouns?: string[];
  /** Words between an initiative phrase and the actor ("the", "side"). */
  actorFillers: string[];
  /** Nouns that follow a country adjective in the actor ("the Russian side"). */
  roleNouns: string[];
  months: Record<string, number>;
  numberWords: Record<string, number>;
  ordinalWords: Record<string, number>;
  scales: Record<string, number>;
  unitAliases: Record<string, string>;
  /** Words that join the two ends of a range of days ("10 and 11 May"). */
  rangeWords: string[];
  /** Words that make the figure after them an approximation ("almost 30 percent", "more than one hour"). */
  approximators?: string[];
  /** Words by which a side takes a stand against something, as both sides may ("opposed", "spoke out against"). */
  opposingPhrases?: string[];
  /** Fractions written after a whole number ("and a half"). */
  fractionPhrases?: Record<string, number>;
  /** Articles and possessives: before a year and a noun, the year names a thing ("the 1993 treaty"). */
  determiners?: string[];
  /** Words of titles and offices that stand between a country and a person's name ("of Foreign Affairs"). */
  titleWords?: string[];
  /** The words of a title that name a person's role ("Minister", "Mr"); one must stand right before a name. */
  personRoles?: string[];
  /** Titles written short with a full stop that ends no sentence ("Mr."). */
  abbreviatedTitles?: string[];
  /** Nouns for the parties themselves, which a negation quantifies rather than denies ("neither side"). */
  participantNouns?: string[];
  /** Comparatives and superlatives not formed by an ending ("better": "good"), with their degree. */
  irregularDegrees?: Record<string, [string, 'comparative' | 'superlative']>;
  /** Words after a comparative that make it one ("than"). */
  comparisonWords?: string[];
  /** Negators that, before a comparative, say it is the highest degree ("never been better"). */
  extremeNegators?: string[];
  /** Quantifiers over every member, which a negation before them makes partial ("not all"). */
  universalQuantifiers?: string[];
  /** The word that opens an infinitive ("to"): "no reason to sign" denies the signing. */
  infinitiveMarkers?: string[];
  /** Verbs by which a side reports what someone holds ("stressed", "said"): their subject holds the view. */
  speechVerbs?: string[];
  /** Words that put what a sentence says in the future ("will", "next"). */
  futureMarkers?: string[];
  /** Words that join the names of two parties ("Russia and China"). */
  partyJoiners?: string[];
  /** Number words that multiply the number before them ("two hundred", "a dozen"). */
  countingWords?: string[];
  /** Words that join hundreds to the number after them ("a hundred and fifty"). */
  numberJoiners?: string[];
  /** Units of time by word, in minutes, so that durations in different units compare. */
  durationMinutes?: Record<string, number>;
  /** Nouns that name an agreement, each with the verb it is made by ("understanding": "agree"). */
  agreementNouns?: Record<string, string>;
  /**
   * Words that say a topic was discussed without the verb: a verb before what is discussed ("raised
   * the issue", "exchanged views") or in the passive ("was not addressed"), and phrases ("a subject
   * of", "on the agenda").
   */
  discussion?: { verbs: string[]; objects: string[]; phrases: string[] };
  /** The verb of discussing, which the discussion words stand for. */
  discussionVerb?: string;
  /** Words a negation may deny instead of naming the act again ("refused to do so"). */
  proForms?: string[];
  /** Negators that deny a subject and with it the passive verb that follows ("no date was agreed"). */
  subjectNegators?: string[];
  /** Words that offer a second figure as an alternative ("a day or two"). */
  alternativeWords?: string[];
  /** Forms of "be" that make a passive ("was agreed"). */
  passiveAuxiliaries?: string[];
  /** Words besides the relative pronouns that open a clause of their own ("no surprise that ..."). */
  complementizers?: string[];
  /** Words that open a relative clause set off by commas ("the talks, which lasted late, were ..."). */
  relativePronouns?: string[];
  /** Words that stand for "one" before a unit of time ("an hour", "half an hour"), with their value. */
  durationArticles?: Record<string, number>;
  /** Words that open a new clause without punctuation, ending a negation's reach ("but"). */
  contrastWords?: string[];
  /** Prepositions that make a contact the setting of what follows rather than its subject ("During the talks, ..."). */
  settingPrepositions?: string[];
  /** Words that may stand right before a month that dates something ("in March", "since June"). */
  monthPrepositions?: string[];
  /** Words right before a month that name a part of it ("early", "the end of"), each with that part. */
  monthParts?: Record<string, MonthPart>;
  /** The slots of a sentence's frame that its words fill (mode, status, weekday, venue, agent). */
  frame?: FrameWords;
}

/** The words that fill a frame's slots, in one language. */
export interface FrameWords {
  /**
   * Slots whose values exclude one another (a call is by telephone or by video, not both): by slot,
   * each value with the phrases that name it, as written.
   */
  exclusiveSlots: Record<string, Record<string, string[]>>;
  /**
   * Exclusive slots whose values conflict only about the same thing, the first content word after
   * the phrase ("welcomed the decision" / "condemned the decision", "after the talks" / "before the talks").
   */
  objectSlots: string[];
  /** Words after which "in" and a place name where it happened ("held in Geneva", "met in Tashkent"). */
  venueWords: string[];
  /** The preposition before a venue ("in"). */
  venuePrepositions: string[];
  /** The preposition before the agent of a passive ("by"). */
  agentPrepositions: string[];
}

/** A way of naming a country: key sequence and the country it names. */
export interface ActorAlias {
  keys: string[];
  country: string;
}

/** A lexicon made ready for look-ups by token key (term, or word for a stopword). */
export interface Lexicon {
  lang: LanguageCode;
  data: CueLexicon;
  /** The rules the language writes into its words' shapes. */
  hooks: LanguageHooks;
  negators: Set<string>;
  negatingVerbs: Set<string>;
  nonNegating: Set<string>;
  /** Negating verb phrases as the verb's term and the particle after it ("rule out"). */
  negatingPhrases: Set<string>;
  auxiliaries: Set<string>;
  rejectionPhrases: string[][];
  disputingVerbs: Set<string>;
  claimNouns: Set<string>;
  antonymExclusions: Set<string>;
  initiativeBeforeActor: string[][];
  initiativeNouns: Set<string>;
  /** Verb phrases as words, not terms: "placed" must not match "place", nor "telephoned" "telephone". */
  initiativeVerbs: string[][];
  contactVerbs: string[][];
  callVerbs: string[][];
  contactNouns: Set<string>;
  /** The contact nouns as written, singular and plural: by key, "discussed" would be one. */
  contactNounWords: Set<string>;
  contactBeforeActor: string[][];
  callNouns: Set<string>;
  /** The call nouns as written, singular only: "made calls" is no phone call. */
  callNounWords: Set<string>;
  appealWords: Set<string>;
  actorFillers: Set<string>;
  roleNouns: Set<string>;
  /** Keys or words one of which a sentence must hold before the initiator or rejection cue looks further. */
  initiatorTriggers: Set<string>;
  rejectionTriggers: Set<string>;
  /** Alias key sequences, longest first, each with its country. */
  actors: ActorAlias[];
  /** The same aliases by their first key, for scanning a sentence word by word. */
  actorsByFirstKey: Map<string, ActorAlias[]>;
  /** And by their last key, for reading a sentence backwards. */
  actorsByLastKey: Map<string, ActorAlias[]>;
  /** Words a title may be made of, person roles included. */
  titleWords: Set<string>;
  personRoles: Set<string>;
  /** The keys of the person roles: "ministers" is a role as "minister" is. */
  personRoleKeys: Set<string>;
  /** The keys of every title word: a name word with one of them is a title inflected ("Presidency"). */
  titleKeys: Set<string>;
  abbreviatedTitles: Set<string>;
  participantNouns: Set<string>;
  contrastWords: Set<string>;
  settingPrepositions: Set<string>;
  /** Agreement nouns by word, each with the term of its verb. */
  agreementNouns: Map<string, string>;
  discussionVerbs: Set<string>;
  discussionObjects: Set<string>;
  discussionPhrases: string[][];
  /** Every word of the discussion phrases: a word outside it cannot be part of one. */
  discussionPhraseWords: Set<string>;
  relativePronouns: Set<string>;
  proForms: string[][];
  subjectNegators: Set<string>;
  passiveAuxiliaries: Set<string>;
  /** Relative pronouns and complementizers. */
  clauseOpeners: Set<string>;
  alternativeWords: Set<string>;
  /** The term of the discussion verb, if the language lists one. */
  discussionTerm: string | undefined;
  durationArticles: Array<[string[], number]>;
  monthPrepositions: Set<string>;
  monthParts: Array<[string[], MonthPart]>;
  months: Map<string, number>;
  rangeWords: Set<string>;
  approximators: Set<string>;
  fractionPhrases: [string[], number][];
  opposingPhrases: string[][];
  determiners: Set<string>;
  /** Cardinal and ordinal number words with their values ("three", "third"). */
  numberWords: Map<string, number>;
  scales: Map<string, number>;
  unitAliases: Map<string, string>;
  durationMinutes: Map<string, number>;
  countingWords: Set<string>;
  partyJoiners: Set<string>;
  futureMarkers: Set<string>;
  speechVerbs: Set<string>;
  comparisonWords: Set<string>;
  extremeNegators: Set<string>;
  universalQuantifiers: Set<string>;
  infinitiveMarkers: Set<string>;
  numberJoiners: Set<string>;
}

/** A record's own entry: text from a document may be any word, "constructor" included. */
export function entry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** How a token is matched against the lexicon: by its term, or by its word when it has none. */
export function keyOf(token: Token): string {
  return token.term ?? token.word;
}

const compiled = new Map<LanguageCode, Lexicon>();

export function lexicon(lang: LanguageCode): Lexicon {
  let built = compiled.get(lang);
  if (!built) {
    built = compile(lang, languageOf(lang).cues);
    compiled.set(lang, built);
  }
  return built;
}

function compile(lang: LanguageCode, data: CueLexicon): Lexicon {
  const keys = (phrase: string) => tokenize(phrase, lang).map(keyOf);
  const words = (phrase: string) => tokenize(phrase, lang).map((t) => t.word);
  const keySet = (words: string[]) => new Set(words.flatMap(keys));
  const terms = (words: string[]) =>
    new Set(words.map((w) => termOf(w, lang)).filter((t): t is string => t !== null));
  const { hooks } = languageOf(lang);
  const actorNames = vectorLanguage(lang).actors;
  const initiativeBeforeActor = data.initiativeBeforeActor.map(keys);
  const initiativeVerbs = data.initiativeVerbs.map(words);
  const contactVerbs = data.contactVerbs.map(words);
  const callVerbs = (data.callVerbs ?? []).map(words);
  const contactBeforeActor = (data.contactBeforeActor ?? []).map(words);
  const rejectionPhrases = data.rejectionPhrases.map(keys);
  // Verb forms as written: matched by stem, "disputes" would also catch the noun in "border disputes".
  const disputingVerbs = new Set(data.disputingVerbs);
  // Any word of a phrase will do as its trigger; the longest is the least common ("request", not "of").
  const actors = Object.entries(actorNames)
    .flatMap(([country, names]) =>
      [country, ...names].map((name) => ({ keys: keys(name), country })),
    )
    .filter((alias) => alias.keys.length > 0)
    .sort((p, q) => q.keys.length - p.keys.length);
  const triggerWords = (phrases: string[][]) =>
    phrases.map((phrase) =>
      phrase.reduce((longest, key) => (key.length > longest.length ? key : longest), ''),
    );
  return {
    lang,
    data,
    hooks,
    negators: keySet(data.negators),
    negatingVerbs: terms(data.negatingVerbs),
    nonNegating: new Set(data.nonNegating.map((pair) => pair.join(' '))),
    negatingPhrases: new Set(
      (data.negatingPhrases ?? []).map(([verb, particle]) => `${termOf(verb!, lang)} ${particle}`),
    ),
    auxiliaries: new Set(data.auxiliaries),
    rejectionPhrases,
    disputingVerbs,
    claimNouns: keySet(data.claimNouns),
    antonymExclusions: terms(data.antonymExclusions),
    initiativeBeforeActor,
    initiativeNouns: new Set(data.initiativeNouns),
    initiativeVerbs,
    contactVerbs,
    callVerbs,
    contactNouns: keySet(data.contactNouns),
    contactNounWords: new Set(data.contactNouns.flatMap((noun) => hooks.nounForms(noun))),
    contactBeforeActor,
    callNouns: keySet(data.callNouns ?? []),
    callNounWords: new Set(data.callNouns),
    appealWords: new Set(data.appealWords),
    actorFillers: keySet(data.actorFillers),
    roleNouns: keySet(data.roleNouns),
    // A word of each phrase: a sentence without any of them cannot hold the phrase.
    initiatorTriggers: new Set([
      ...triggerWords(initiativeBeforeActor),
      ...data.initiativeNouns,
      ...triggerWords(initiativeVerbs),
      ...triggerWords(contactVerbs),
      ...triggerWords(callVerbs),
      ...triggerWords(contactBeforeActor),
    ]),
    rejectionTriggers: new Set([...triggerWords(rejectionPhrases), ...disputingVerbs]),
    actors,
    actorsByFirstKey: groupBy(actors, (alias) => alias.keys[0]!),
    actorsByLastKey: groupBy(actors, (alias) => alias.keys.at(-1)!),
    titleWords: new Set([...(data.titleWords ?? []), ...(data.personRoles ?? [])]),
    personRoles: new Set(data.personRoles),
    personRoleKeys: keySet(data.personRoles ?? []),
    titleKeys: keySet([...(data.titleWords ?? []), ...(data.personRoles ?? [])]),
    abbreviatedTitles: new Set(data.abbreviatedTitles),
    participantNouns: keySet(data.participantNouns ?? []),
    contrastWords: new Set(data.contrastWords),
    settingPrepositions: new Set(data.settingPrepositions),
    agreementNouns: new Map(
      Object.entries(data.agreementNouns ?? {}).flatMap(([noun, verb]) =>
        termOf(verb, lang) === null ? [] : [[noun, termOf(verb, lang)!]],
      ),
    ),
    relativePronouns: new Set(data.relativePronouns),
    discussionVerbs: new Set(data.discussion?.verbs),
    discussionObjects: new Set(data.discussion?.objects),
    discussionPhrases: (data.discussion?.phrases ?? []).map(words),
    discussionPhraseWords: new Set((data.discussion?.phrases ?? []).flatMap(words)),
    proForms: (data.proForms ?? []).map(words),
    subjectNegators: new Set(data.subjectNegators),
    passiveAuxiliaries: new Set(data.passiveAuxiliaries),
    clauseOpeners: new Set([...(data.relativePronouns ?? []), ...(data.complementizers ?? [])]),
    alternativeWords: new Set(data.alternativeWords),
    discussionTerm:
      data.discussionVerb === undefined
        ? undefined
        : (termOf(data.discussionVerb, lang) ?? undefined),
    durationArticles: Object.entries(data.durationArticles ?? {}).map(([phrase, value]) => [
      phrase.split(' '),
      value,
    ]),
    monthPrepositions: new Set(data.monthPrepositions),
    monthParts: Object.entries(data.monthParts ?? {}).map(([phrase, part]) => [
      phrase.split(' '),
      part,
    ]),
    months: new Map(Object.entries(data.months)),
    rangeWords: new Set(data.rangeWords),
    approximators: new Set(data.approximators),
    opposingPhrases: (data.opposingPhrases ?? []).map(words),
    fractionPhrases: Object.entries(data.fractionPhrases ?? {}).map(([phrase, fraction]) => [
      phrase.split(' '),
      fraction,
    ]),
    determiners: new Set(data.determiners),
    // Maps rather than the data's records: looked up for every word of every sentence.
    numberWords: new Map([
      ...Object.entries(data.ordinalWords),
      ...Object.entries(data.numberWords),
    ]),
    scales: new Map(Object.entries(data.scales)),
    unitAliases: new Map(Object.entries(data.unitAliases)),
    durationMinutes: new Map(Object.entries(data.durationMinutes ?? {})),
    countingWords: new Set(data.countingWords),
    partyJoiners: new Set(data.partyJoiners),
    futureMarkers: new Set(data.futureMarkers),
    speechVerbs: new Set(data.speechVerbs),
    comparisonWords: new Set(data.comparisonWords),
    extremeNegators: new Set(data.extremeNegators),
    universalQuantifiers: new Set(data.universalQuantifiers),
    infinitiveMarkers: new Set(data.infinitiveMarkers),
    numberJoiners: new Set(data.numberJoiners),
  };
}

/** Items grouped by a key, each group in the items' order. */
export function groupBy<T>(items: readonly T[], keyFor: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyFor(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
