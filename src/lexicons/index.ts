// Loads the lexicon data files (src/lexicons/*.json) and users' extensions, and compiles lookups once.
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';

export interface CountryEntry { code: string; name: string; independent?: boolean; aliases: string[]; demonyms: string[]; capitals: string[] }
/** A person's gender as a title or a first name shows it: "Mrs.", "Queen", "Hillary". */
export type Gender = 'female' | 'male';
export interface TitleEntry { title: string; sector?: string; honorific?: boolean; party?: string; gender?: Gender }
export interface OrgEntry {
  name: string; aliases: string[]; acronyms: string[]; subtype: string; countryCode?: string; sector?: string;
}
export interface LeaderEntry { name: string; aliases: string[]; countryCode: string; office?: string; years?: string; gender?: Gender }
export interface Trigger {
  type: string; mode?: string; context?: string; withObject?: string;
  /** The verb is the event only with one of these words, or a person, in the four tokens after it ("released two
   *  hostages", "will release Prime Minister Chaudhry"; not "released the iPhone"), or in the passive in the five
   *  before it too ("Keating was released"; not "the iPhone was released"). */
  objects?: string[];
  /** Words (by lemma, space-separated) that right after the verb make it no event: "declined to comment", "asked
   *  about the plan" (not "refused to sign", "asked Congress to act"). */
  notBefore?: string[];
  /** Words (by lemma) that right before the trigger make it no event: "a heart attack". */
  notAfter?: string[];
  /** The type in a sentence with none of the lexicon's violenceWords: a verbal attack is an ACCUSE. */
  verbal?: string;
  /** The noun is the event only when someone owns it (a possessive or a name before it: "Hamas's demand", "the DOJ
   *  demand"), a light verb carries it ("issued a demand") or "that" follows ("the demand that HB2 not be
   *  implemented"); otherwise it is another sense ("strong demand for chips"). */
  owned?: boolean;
}

export interface Lexicons {
  countries: CountryEntry[];
  countryAliases: Record<string, string[]>;
  countryDemonyms: Record<string, string[]>;
  seats: Record<string, string[]>;
  regions: Record<string, string[]>;
  /** The states and provinces of federal countries, by country code: "Ohio", "Ontario", "Queensland". */
  states: Record<string, string[]>;
  /** Abbreviations of states by country, with the state each stands for: "N.J." -> "New Jersey". */
  stateAbbreviations: Record<string, Record<string, string>>;
  titles: TitleEntry[];
  roleNouns: string[];
  titleModifiers: string[];
  titlePortfolios: string[];
  titleTimeModifiers: string[];
  /** The noun an abbreviated title stands for ("sen" -> senator); first words that make a title another office. */
  titleAbbreviations: Record<string, string>;
  titleRanks: string[];
  /** What may follow a person's name and belongs to it: "Jr.", "III". */
  nameSuffixes: string[];
  /** Months that are also given names ("June Carter"); any other month before a name is its date. */
  givenNameMonths: string[];
  /** Given names that are common words too ("Bill", "Ray", "Guy"). */
  givenNameWords: string[];
  /** Nouns that refer back to an organization of a subtype: "the company", "the newspaper". */
  orgDescriptions: Record<string, string[]>;
  /** What one holds in a company: "a stake in Chrysler" names a company, not a place. */
  holdingNouns: string[];
  /** Acronyms of measures, instruments and periods, no organizations: "GDP", "IPO", "H1". */
  termAcronyms: string[];
  organizations: OrgEntry[];
  leaders: LeaderEntry[];
  /** Heads of organization names and the subtype and sector they give: "Ministry", "Bank"; every legal form too. */
  orgHeads: Record<string, [string, string]>;
  /** Legal forms of companies, which end a company's name: "Inc", "SpA", "GmbH". */
  legalForms: string[];
  governmentWords: string[];
  mediaDescriptors: string[];
  lawHeads: string[];
  lawNamedHeads: string[];
  lawStrictHeads: string[];
  lawGenericModifiers: string[];
  cueVerbs: Record<string, string>;
  cuePhrases: string[];
  stateCues: string[];
  /** Verbs that give their subject's stance through a noun of nounCueNouns before a word of nounCueAfter: "launched an
   *  attack on", "threw his support behind" (by lemma). */
  nounCueVerbs: string[];
  nounCueNouns: string[];
  nounCueAfter: string[];
  /** Cue verbs that may name their hearer before the clause they report: "assures his audience he will ...". */
  hearerVerbs: string[];
  /** Verbs whose object is a text that speaks for their subject: "issued a statement saying", "put out a statement". */
  textIssuers: string[];
  /** Adjectives that give their subject's stance after a form of "be", with the words that open their content: "is hostile
   *  to", "are supportive of". */
  stanceAdjectives: Record<string, string[]>;
  /** Cue verbs whose passive with no agent reports someone unnamed: "has been criticized for", "was declared the winner". */
  passiveCues: string[];
  /** Nouns that report the clause they are set in after "in": "Clinton leads in the latest poll". */
  pollNouns: string[];
  /** Words of a speaker that make it a poll's respondents or their share: "72 percent of voters", "a majority". */
  pollRespondents: string[];
  /** Nouns that report the view of their owner after "was that": "Sanders's argument was that ...". */
  viewNouns: string[];
  /** Passive participles of expectation that report with no one named: "is expected to", "is projected to". */
  unattributedCues: string[];
  /** Cue verbs that may stand between reported words and their speaker: "..., said Smith". */
  invertedCues: string[];
  /** Cue verbs that report an intention only before "to": "sought to reassure", not "sought asylum". */
  infinitiveCues: string[];
  /** Cue verbs that report a request only before an object and "to": "pushed China to act", not "pushed a cart". */
  objectInfinitiveCues: string[];
  /** Cue verbs that report a view only with "that", "as" after their object or "what" before: "sees the piece as a
   *  return", not "saw a man". */
  viewAsCues: string[];
  /** Particles that keep a cue verb's sense and join its cue ("pointed out", "talked up"), by the verb's lemma; any
   *  other particle right after a cue verb makes another verb of it ("showed up", "called off"). */
  cueParticles: Record<string, string[]>;
  /** Request verbs that request only with one of these words after them ("called for", "called on"); otherwise they
   *  name or say ("called the venture a great example"). */
  cueRequestWith: Record<string, string[]>;
  /** Cue verbs that report only with one of these words right after them, adverbs aside ("spoke about the need for a
   *  wall", not "spoke at the conference"). */
  cueTopicWith: Record<string, string[]>;
  anonymousSources: string[];
  /** Nouns for someone who speaks for a body: "a spokesman for the Kremlin" is anonymous and linked to the Kremlin. */
  spokespersons: string[];
  anonymousMarkers: string[];
  /** Phrases that end a clause granting anonymity: "who requested anonymity", "speaking on condition of anonymity". */
  anonymityClauses: string[];
  documentSources: string[];
  mediaSources: string[];
  groupSources: string[];
  /** A part of a group as speaker: "75 percent of Republicans", "a majority of voters". */
  shareSources: string[];
  triggers: Record<string, Trigger>;
  triggerNouns: string[];
  lightVerbs: string[];
  /** Words before a trigger that make it an intent: "will visit", "is willing to withdraw", "have sworn to fight". */
  intentWords: string[];
  /** Words in a trigger's clause before it that make the event hypothetical: "could impose", "is expected to visit". */
  hypotheticalWords: string[];
  /** Words (by lemma) that make a sentence's attack a physical one: "killed", "troops", "bomb" (see Trigger.verbal). */
  violenceWords: string[];
  eventContexts: Record<string, string[]>;
  orgTokens: string[];
  /** Religions and communities: a lone capitalized one is no organization ("Muslims said"). */
  groupWords: string[];
  sportsWords: string[];
  /** Words of sports reports that other news uses too ("won", "points"): they count only beside a sports word. */
  sportsCommonWords: string[];
  /** Last words of the names of events, contests and prizes ("World Cup", "Grand Prix"). */
  eventHeads: string[];
  /** In a sports report, words after a place that make it a team: "Surrey captain Chris Lewis". */
  sportsTeamRoles: string[];
  /** In a sports report, phrases before a place that make it a team: "joined Milan", "homered for Cleveland". */
  sportsTeamBefore: string[];
  /** In a sports report, verbs (lemmas) after a place that make it a team: "Milwaukee has won". */
  sportsTeamVerbs: string[];
  placeHeads: string[];
  placeNames: string[];
  placeNouns: string[];
  /** Common nouns before which a name is a place: "Sharqiyah province", "the Kosevo stadium". */
  placeNounsAfter: string[];
  placePrefixes: string[];
  regionDemonyms: Record<string, string[]>;
  /** Places whose names are also given names: "Virginia Foxx", "Jordan Spieth". */
  placeGivenNames: string[];
  chromeLines: string[];
  chromeTail: string[];
}

function read(name: string): any {
  return JSON.parse(readFileSync(packagePath('src', 'lexicons', name), 'utf8'));
}

let builtin: Lexicons | undefined;

/** The lexicons shipped with newsevents. */
export function defaultLexicons(): Lexicons {
  if (builtin) return builtin;
  const countries = read('countries.json');
  const extra = read('country-aliases.json');
  const titles = read('titles.json');
  const orgs = read('organizations.json');
  const orgWords = read('org-words.json');
  const laws = read('laws.json');
  const cues = read('cues.json');
  const sources = read('sources.json');
  const plover = read('plover.json');
  const chrome = read('chrome.json');
  const places = read('places.json');
  const leaders = read('leaders.json');
  builtin = {
    countries: countries.countries,
    countryAliases: extra.aliases,
    countryDemonyms: extra.demonyms,
    seats: extra.seats,
    regions: extra.regions,
    states: extra.states,
    stateAbbreviations: extra.stateAbbreviations,
    titles: titles.titles,
    roleNouns: titles.roleNouns,
    titleModifiers: titles.modifiers,
    titlePortfolios: titles.portfolios,
    titleTimeModifiers: titles.timeModifiers,
    titleAbbreviations: titles.abbreviations,
    titleRanks: titles.ranks,
    nameSuffixes: titles.suffixes,
    givenNameMonths: titles.givenNameMonths,
    givenNameWords: titles.givenNameWords,
    orgDescriptions: orgWords.descriptions,
    holdingNouns: orgWords.holdingNouns,
    termAcronyms: orgWords.termAcronyms,
    organizations: orgs.organizations,
    leaders: leaders.leaders,
    orgHeads: { ...Object.fromEntries(orgWords.legalForms.map((form: string) => [form, ['company', 'business']])), ...orgWords.heads },
    legalForms: orgWords.legalForms,
    governmentWords: orgWords.governmentWords,
    mediaDescriptors: orgWords.mediaDescriptors,
    lawHeads: laws.heads,
    lawNamedHeads: laws.namedHeads,
    lawStrictHeads: laws.strictHeads,
    lawGenericModifiers: laws.genericModifiers,
    cueVerbs: cues.verbs,
    cuePhrases: cues.phrases,
    stateCues: cues.stateCues,
    nounCueVerbs: cues.nounCues.verbs,
    nounCueNouns: cues.nounCues.nouns,
    nounCueAfter: cues.nounCues.after,
    hearerVerbs: cues.hearerVerbs,
    textIssuers: cues.issuers,
    stanceAdjectives: cues.stanceAdjectives,
    passiveCues: cues.passive,
    pollNouns: cues.pollNouns,
    pollRespondents: cues.pollRespondents,
    viewNouns: cues.viewNouns,
    unattributedCues: cues.unattributed,
    invertedCues: cues.inverted,
    infinitiveCues: cues.infinitiveOnly,
    objectInfinitiveCues: cues.objectInfinitive,
    viewAsCues: cues.viewAs,
    cueParticles: cues.particles,
    cueRequestWith: cues.requestWith,
    cueTopicWith: cues.topicWith,
    anonymousSources: sources.anonymous,
    spokespersons: sources.spokespersons,
    anonymousMarkers: sources.anonymousMarkers,
    anonymityClauses: sources.anonymityClauses,
    documentSources: sources.document,
    mediaSources: sources.media,
    groupSources: sources.group,
    shareSources: sources.shares,
    triggers: plover.triggers,
    triggerNouns: plover.nouns,
    lightVerbs: plover.lightVerbs,
    intentWords: plover.intentWords,
    hypotheticalWords: plover.hypotheticalWords,
    violenceWords: plover.violenceWords,
    eventContexts: plover.contexts,
    orgTokens: orgWords.tokens,
    groupWords: orgWords.groupWords,
    sportsWords: orgWords.sportsWords,
    sportsCommonWords: orgWords.sportsCommonWords,
    eventHeads: orgWords.eventHeads,
    sportsTeamRoles: orgWords.sportsTeamRoles,
    sportsTeamBefore: orgWords.sportsTeamBefore,
    sportsTeamVerbs: orgWords.sportsTeamVerbs,
    placeHeads: places.heads,
    placeNames: places.names,
    placeNouns: places.placeNouns,
    placeNounsAfter: places.placeNounsAfter,
    placePrefixes: places.prefixes,
    regionDemonyms: places.regionDemonyms,
    placeGivenNames: places.givenNames,
    chromeLines: chrome.lines,
    chromeTail: chrome.tail,
  };
  return builtin;
}

/**
 * Extends lexicons with a user's JSON file of the same keys: arrays are appended, maps are merged (user wins).
 * Example file: {"organizations": [{"name": "Acme Corp", "aliases": [], "acronyms": ["ACME"], "subtype": "company"}]}
 */
export function extendLexicons(base: Lexicons, extension: Partial<Lexicons>): Lexicons {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extension)) {
    if (!(key in base)) throw new Error(`unknown lexicon key "${key}"; known keys: ${Object.keys(base).join(', ')}`);
    const current = (base as unknown as Record<string, unknown>)[key];
    if (Array.isArray(current)) {
      if (!Array.isArray(value)) throw new Error(`lexicon key "${key}" takes an array`);
      out[key] = [...current, ...value];
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`lexicon key "${key}" takes an object`);
      out[key] = { ...(current as object), ...value };
    }
  }
  return out as unknown as Lexicons;
}

export function loadLexiconFile(path: string): Partial<Lexicons> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read lexicon file ${path}: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`lexicon file ${path} must hold a JSON object`);
  const { _about, ...rest } = data as Record<string, unknown>;
  return rest as Partial<Lexicons>;
}
