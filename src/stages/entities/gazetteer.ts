// Name lookups compiled from the lexicons (countries, organizations, titles) and compromise's name lists.
// natural's string distance, imported by file: the package root loads database drivers and prints to stdout.
// @ts-expect-error no type declarations for the file path
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import { compiled } from '../../lexicons/compile.js';
import { pushTo } from '../../util/collections.js';
import { compromiseLexicon } from '../../util/compromise.js';
import type { Gender, Lexicons } from '../../lexicons/index.js';

export interface GazEntry {
  type: 'person' | 'organization' | 'location';
  subtype: string;
  /** Canonical name. */
  name: string;
  countryCode: string | null;
  sector: string | null;
  kind: 'name' | 'acronym' | 'demonym';
  /** Which lexicon decided. */
  source: string;
}

/** A title word: "Premier" (an office), "Mr." (honorific, a man's), "Republican" (honorific, naming the person's party). */
export interface TitleHit { title: string; sector: string | null; honorific: boolean; party: string | null; gender: Gender | null }

export interface Gazetteer {
  /** Exact-case keys (acronyms, short aliases like "US"). */
  exact: Map<string, GazEntry>;
  /** Lower-case keys for names matched whatever their case. */
  folded: Map<string, GazEntry>;
  /** Longest key, in white-space separated words. */
  maxWords: number;
  /** First words of all keys, lower case, with the most words a key starting with it has. */
  firstWords: Map<string, number>;
  /** The first words of every key of two words or more, lower case ("the wall street" for "The Wall Street Journal"):
   *  a look-up that is none of them cannot grow into a match past the next space. */
  prefixes: Set<string>;
  titles: Map<string, TitleHit>;
  maxTitleWords: number;
  titleModifiers: Set<string>;
  /** Words of a ministry or office after "of" in a title: "Minister of Foreign Affairs". */
  titlePortfolios: Set<string>;
  /** Words of time before an office, no part of a name with no title after: "Former Fed official". */
  titleTimeModifiers: Set<string>;
  firstNames: Set<string>;
  /** First names compromise knows as a woman's or a man's ("hillary", "donald"), for "Mrs. Clinton" and "she". */
  femaleNames: Set<string>;
  maleNames: Set<string>;
  lastNames: Set<string>;
  /** English words that are not names ("sources", "police", "attendance"), from compromise's lexicon. */
  commonWords: Set<string>;
  /** Nouns for people ("hosts", "lawyers", "contenders"), from compromise's lexicon: such a noun can speak. */
  personNouns: Set<string>;
  countryByCode: Map<string, string>;
  /** Country names by first letter, for misspellings ("Ethopia", "Quatar"). */
  countryNames: Map<string, GazEntry[]>;
  /** Answers of misspelledCountry, by word. */
  misspellings: Map<string, GazEntry | null>;
}

const COMMON_TAGS = new Set(['Plural', 'Singular', 'Noun', 'Uncountable', 'Adjective', 'Actor', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Adverb', 'Comparative', 'Superlative', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Participle', 'Demonym', 'Ordinal', 'Cardinal', 'Unit', 'Duration', 'Date', 'WeekDay', 'Month', 'Expression', 'Modal']);

const isAcronymLike = (s: string) => s.length <= 4 || /^[A-Z0-9.&-]+$/.test(s);

function build(lex: Lexicons): Gazetteer {
  const exact = new Map<string, GazEntry>();
  const folded = new Map<string, GazEntry>();
  let maxWords = 1;
  const firstWords = new Map<string, number>();
  const noteFirst = (word: string, n: number) => firstWords.set(word, Math.max(firstWords.get(word) ?? 0, n));
  const prefixes = new Set<string>();
  const add = (key: string, entry: GazEntry, forceExact = false) => {
    const words = key.split(/\s+/);
    maxWords = Math.max(maxWords, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' ').toLowerCase());
    // The first token as wink-nlp cuts it: "U.S." stays whole, "Amazon.com" starts "Amazon", "G-7" stays.
    // wink-nlp may cut a word into several tokens ("Amazon.com"): allow a few more tokens than words.
    noteFirst(words[0].toLowerCase(), words.length + 2);
    noteFirst(words[0].toLowerCase().split(/[.'’-](?=[a-z])/)[0], words.length + 3);
    if (forceExact || isAcronymLike(key)) {
      if (!exact.has(key)) exact.set(key, entry);
    } else if (!folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), entry);
  };
  // Lexicon entries first: they win over compromise's lists.
  const countryByCode = new Map<string, string>();
  for (const c of lex.countries) countryByCode.set(c.code, c.name);
  // Curated aliases and demonyms first, then sovereign states before territories ("American" is the USA's).
  const countries = [...lex.countries].sort((a, b) => Number(b.independent ?? true) - Number(a.independent ?? true));
  const countryEntry = (c: (typeof countries)[number]): GazEntry => ({ type: 'location', subtype: 'country', name: c.name, countryCode: c.code, sector: null, kind: 'name', source: 'lexicon:countries' });
  for (const c of countries) {
    for (const alias of lex.countryAliases[c.code] ?? []) add(alias, countryEntry(c), alias.length <= 5);
    for (const demonym of lex.countryDemonyms[c.code] ?? []) add(demonym, { ...countryEntry(c), kind: 'demonym', source: 'lexicon:demonyms' });
  }
  for (const c of countries) {
    const entry = countryEntry(c);
    add(c.name, entry);
    // "Trinidad & Tobago", "Bosnia & Herzegovina": written with an ampersand.
    if (c.name.includes(' and ')) add(c.name.replace(' and ', ' & '), entry);
    for (const alias of c.aliases) add(alias, entry, alias.length <= 5);
    for (const demonym of c.demonyms) {
      add(demonym, { ...entry, kind: 'demonym', source: 'lexicon:demonyms' });
      // The people: "Nigerians", "Kenyans", "Thais" (irregular plurals are listed in country-aliases.json).
      if (/(?:an|i)$/.test(demonym)) add(`${demonym}s`, { ...entry, kind: 'demonym', source: 'lexicon:demonyms' });
    }
  }
  for (const [code, seats] of Object.entries(lex.seats)) {
    for (const seat of seats) add(seat, { type: 'location', subtype: 'city', name: seat, countryCode: code, sector: null, kind: 'name', source: 'lexicon:seats' });
  }
  for (const c of lex.countries) {
    for (const capital of c.capitals) add(capital, { type: 'location', subtype: 'city', name: capital, countryCode: c.code, sector: null, kind: 'name', source: 'lexicon:capitals' });
  }
  for (const [code, regions] of Object.entries(lex.regions)) {
    for (const region of regions) add(region, { type: 'location', subtype: 'region', name: region, countryCode: code, sector: null, kind: 'name', source: 'lexicon:regions' });
  }
  for (const [code, states] of Object.entries(lex.states)) {
    for (const state of states) add(state, { type: 'location', subtype: 'state', name: state, countryCode: code, sector: null, kind: 'name', source: 'lexicon:states' });
  }
  for (const [code, abbreviations] of Object.entries(lex.stateAbbreviations)) {
    for (const [abbreviation, state] of Object.entries(abbreviations)) {
      add(abbreviation, { type: 'location', subtype: 'state', name: state, countryCode: code, sector: null, kind: 'name', source: 'lexicon:states' }, true);
    }
  }
  for (const place of lex.placeNames) add(place, { type: 'location', subtype: 'region', name: place, countryCode: null, sector: null, kind: 'name', source: 'lexicon:places' });
  for (const [region, demonyms] of Object.entries(lex.regionDemonyms)) {
    for (const d of demonyms) add(d, { type: 'location', subtype: 'region', name: region, countryCode: null, sector: null, kind: 'demonym', source: 'lexicon:region-demonyms' });
  }
  for (const org of lex.organizations) {
    const entry: GazEntry = {
      type: org.subtype === 'seat' ? 'location' : 'organization', subtype: org.subtype, name: org.name, countryCode: org.countryCode ?? null,
      sector: org.sector ?? null, kind: 'name', source: 'lexicon:organizations',
    };
    // A name of several words matches in other capitals only when it ends in an organization's head word ("World
    // Trade organization"); "a purist Islamic state" is no "Islamic State".
    const exactOnly = (name: string) => name.includes(' ') && !lex.orgHeads[name.slice(name.lastIndexOf(' ') + 1)];
    add(org.name, entry, exactOnly(org.name));
    for (const alias of org.aliases) add(alias, entry, exactOnly(alias));
    for (const acronym of org.acronyms) add(acronym, { ...entry, kind: 'acronym' }, true);
  }
  // Office holders by name and surname ("Yeltsin"): people, whose country the text states or events resolve.
  for (const leader of lex.leaders) {
    const entry: GazEntry = { type: 'person', subtype: 'official', name: leader.name, countryCode: null, sector: 'government', kind: 'name', source: 'lexicon:leaders' };
    add(leader.name, entry, true);
    for (const alias of leader.aliases) add(alias, entry, true);
  }
  // compromise's word lists: people, places and organizations it knows by name.
  const firstNames = new Set<string>();
  const femaleNames = new Set<string>();
  const maleNames = new Set<string>();
  const lastNames = new Set<string>();
  const commonWords = new Set<string>();
  const personNouns = new Set<string>();
  for (const [word, tags] of Object.entries(compromiseLexicon())) {
    const tag = Array.isArray(tags) ? tags[0] : tags;
    const key = word.replace(/(^|\s)\S/g, (s) => s.toUpperCase());
    if (COMMON_TAGS.has(tag) && !word.includes(' ')) commonWords.add(word);
    if (Array.isArray(tags) ? tags.includes('Actor') : tags === 'Actor') personNouns.add(word);
    switch (tag) {
      case 'FirstName': firstNames.add(word); break;
      case 'MaleName': firstNames.add(word); maleNames.add(word); break;
      case 'FemaleName': firstNames.add(word); femaleNames.add(word); break;
      case 'LastName': lastNames.add(word); break;
      case 'Person': if (word.includes(' ')) add(key, { type: 'person', subtype: 'person', name: key, countryCode: null, sector: null, kind: 'name', source: 'compromise:Person' }); break;
      case 'City': case 'Region': case 'Place': {
        const entry: GazEntry = { type: 'location', subtype: tag === 'City' ? 'city' : 'region', name: key, countryCode: null, sector: null, kind: 'name', source: `compromise:${tag}` };
        add(key, entry);
        // ("Saint Louis" as news writes it, and names it: "St. Louis", "ST LOUIS".)
        const short = key.startsWith('Saint ') ? { ...entry, name: key.replace('Saint ', 'St. ') } : undefined;
        if (short) for (const written of [short.name, key.replace('Saint ', 'St ')]) add(written, short);
        break;
      }
      case 'Organization': case 'SportsTeam':
        if (word.length > 3) add(key, { type: 'organization', subtype: tag === 'SportsTeam' ? 'club' : 'company', name: key, countryCode: null, sector: tag === 'SportsTeam' ? 'civil' : 'business', kind: 'name', source: `compromise:${tag}` });
        break;
    }
  }
  const countryNames = new Map<string, GazEntry[]>();
  for (const c of lex.countries) {
    if (c.name.includes(' ')) continue;
    pushTo(countryNames, c.name[0], { type: 'location', subtype: 'country', name: c.name, countryCode: c.code, sector: null, kind: 'name', source: 'lexicon:countries-misspelled' });
  }
  const titles = new Map<string, TitleHit>();
  let maxTitleWords = 1;
  for (const t of lex.titles) {
    const hit = { title: t.title, sector: t.sector ?? null, honorific: !!t.honorific, party: t.party ?? null, gender: t.gender ?? null };
    titles.set(t.title.toLowerCase(), hit);
    // "Vice-President", "Prime-Minister": the hyphenated spelling of a two-word title (as its tokens spell it).
    if (/^\S+ \S+$/.test(t.title)) titles.set(t.title.toLowerCase().replace(' ', '-'), hit);
    maxTitleWords = Math.max(maxTitleWords, t.title.split(/\s+/).length);
  }
  return { exact, folded, maxWords, firstWords, prefixes, titles, maxTitleWords, titleModifiers: new Set(lex.titleModifiers), titlePortfolios: new Set(lex.titlePortfolios), titleTimeModifiers: new Set(lex.titleTimeModifiers), firstNames, femaleNames, maleNames, lastNames, commonWords, personNouns, countryByCode, countryNames, misspellings: new Map() };
}

export function gazetteer(lexicons: Lexicons): Gazetteer {
  return compiled(lexicons, 'entities/gazetteer', build);
}

/** A surface string as the gazetteer keys it: runs of white space as one space. */
export function gazetteerKey(surface: string): string {
  return surface.includes('  ') || surface.includes('\n') ? surface.replace(/\s+/g, ' ') : surface;
}

/**
 * Looks a surface string up: exact case first, then folded for names written with a capital.
 * In an all-capital headline ("BONN 1996-08-30") short words are names too, not acronyms.
 * (`folded`: the key in lower case, when the caller has it already.)
 */
export function lookup(gaz: Gazetteer, surface: string, allCaps = false, folded?: string): GazEntry | undefined {
  const key = gazetteerKey(surface);
  const hit = gaz.exact.get(key);
  if (hit) return hit;
  const c = key.charCodeAt(0);
  if (c < 65 || c > 90) return undefined;
  if (!allCaps && key.length <= 4 && /^[A-Z0-9 .&'-]+$/.test(key)) return undefined;
  // (Nor "the" and an acronym: "The WHO" is the World Health Organization, not the band "The Who".)
  if (!allCaps && /^The [A-Z]{2,}$/.test(key)) return undefined;
  return gaz.folded.get(folded ?? key.toLowerCase());
}

/** Whether two words can be one edit apart: their lengths differ by one at most, and what they share at the start
 *  and at the end leaves one letter at most of the longer. natural's distance builds an object per cell of its
 *  matrix (a quarter of the entities stage's allocation when it ran on every candidate); this lets it see only
 *  the pairs it may accept. */
function nearEnough(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  if (longer - Math.min(a.length, b.length) > 1) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return head + tail >= longer - 1;
}

/** A country name misspelled by one letter ("Ethopia", "Quatar"): words of six letters or more, same first letter. */
export function misspelledCountry(gaz: Gazetteer, word: string): GazEntry | undefined {
  if (word.length < 6) return undefined;
  const misspellings = gaz.misspellings;
  let hit = misspellings.get(word);
  if (hit === undefined) {
    hit = gaz.countryNames.get(word[0])?.find((e) => nearEnough(word, e.name) && levenshtein.LevenshteinDistance(word, e.name) === 1) ?? null;
    // Words recur across articles: remember the answer (bounded, so memory stays flat on long runs).
    if (misspellings.size > 50_000) misspellings.clear();
    misspellings.set(word, hit);
  }
  return hit ?? undefined;
}
