// Name candidates: lexicon matches, then runs of capitalized tokens typed by titles, org heads and first names.
import type { Token, Sentence } from '../../pipeline/document.js';
import type { Gender, Lexicons } from '../../lexicons/index.js';
import type { MentionKind, Span } from '../../schema/record.js';
import { gazetteer, gazetteerKey, lookup, misspelledCountry, type GazEntry, type Gazetteer, type TitleHit } from './gazetteer.js';
import { compiled } from '../../lexicons/compile.js';
import { DATELINE_ISO, DAY_PARTS, HOLIDAYS, MONTHS, WEEKDAYS } from '../../util/calendar.js';
import { HEADLINE_WORDS, isTitleCase, lowerAt, upperAt } from '../../util/headline.js';
import { QUANTIFIERS, isPossessiveS } from '../../util/span.js';
import { CAPITALIZED } from '../../util/words.js';

export interface Candidate {
  start: number;
  end: number;
  /** Token range [first, last) of the name. */
  first: number;
  /** First token including a leading title ("Secretary" in "Secretary Steven Mnuchin"). */
  outer: number;
  last: number;
  type: 'person' | 'organization' | 'location' | 'unknown';
  subtype: string | null;
  name: string;
  countryCode: string | null;
  sector: string | null;
  kind: MentionKind;
  title: string | null;
  affiliation: string | null;
  rule: string;
  /** A lone word typed by default: a surname of a person named elsewhere wins over it. */
  lone?: boolean;
  /** From a title: "Mrs. Clinton" and "Queen Elizabeth" are women, "Mr. Clinton" a man. */
  gender?: Gender;
}
/** The first words of holidays' names ("christmas", "new", "valentine"): most runs need no holiday look-up. */
const HOLIDAY_STARTS = new Set(Object.keys(HOLIDAYS).map((name) => name.split(/[ ']/)[0]));

/** The particles of a person's name: "Joost van der Westhuizen", "Hamad bin Khalifa". */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'bin', 'ibn']);
/** Particles of names of persons, firms and places alike: "Pedro de la Rosa", "Financiere de Paribas", "Casa de Narino". */
const PARTICLES = new Set(['de', 'du', 'da', 'dos', 'das', 'di', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'la', 'le', 'al', ...NAME_PARTICLES]);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', ...PARTICLES]);
/** Arabic articles joined to the name after them: "al-Thani", "el-Sisi". */
const ARTICLE_PREFIXES = new Set(['al', 'el']);
const ARTICLE_PREFIX = new RegExp(`^(?:${[...ARTICLE_PREFIXES].join('|')})-(?=[A-Z])`);
const ARTICLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...ARTICLE_PREFIXES].join('|')})-$`, 'u');

/** A surname without its article: "al-Baghdadi" -> "Baghdadi" (the text writes him both ways). */
export const withoutArticle = (surname: string) => surname.replace(ARTICLE_PREFIX, '');

/** Where a name at `start` begins with the article joined before it: "the hunt for al-Baghdadi". */
export function withArticle(text: string, start: number): number {
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? start - 3 : start;
}
const NON_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'NUM', 'SYM', 'INTJ']);
export const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside']);
/** Places a city or town lies in: "Lockerbie, Scotland", "Dayton, Ohio". */
const REGION_SUBTYPES = new Set<string | null>(['country', 'region', 'state']);
const STOP_CAPS = new Set(['I', 'A', 'The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'We', 'They', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'In', 'On', 'At', 'For', 'By', 'With', 'As', 'Despite', 'Although', 'However', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Updated', 'Tags', 'Mr', 'Mrs', 'Ms']);

const PRONOUN_CONTRACTION = /^I['’](?:m|d|ll|ve)$/;
/** Any lower-case letter ("NATO" has none; compared with toUpperCase() it spares a string per word). */
function hasLower(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c > 127 && value[i] !== value[i].toUpperCase())) return true;
  }
  return false;
}
// "Obama", and "al-Assad", "el-Sisi"; tested by character codes (called for every token of every sentence).
// ("al-Maliki", "el-Sisi": a lower-case particle joined to a name; not a prefix to an adjective or a date, "pro-Iranian",
// "ex-Soviet", "un-American", "mid-November"; nor a currency's sign, "C$9.625".)
const isCapitalized = (value: string) => (upperAt(value, 0) && !value.endsWith('$')) || (lowerAt(value, 0) && particleJoined(value) && !/^(?:pro|non|neo|pre|ex|un|mid|de)-/.test(value));
/** One to three lower-case letters, a hyphen and a capital: "al-Maliki" (as /^[a-z]{1,3}-[A-Z]/, which allocated per
 *  word). */
function particleJoined(value: string): boolean {
  const dash = value.indexOf('-');
  if (dash < 1 || dash > 3 || !upperAt(value, dash + 1)) return false;
  for (let k = 0; k < dash; k++) if (!lowerAt(value, k)) return false;
  return true;
}

export interface NameContext {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  gaz: Gazetteer;
  lexicons: Lexicons;
  words: NameWords;
  /** A headline or table row in capitals: capitalization says nothing there. */
  allCaps: boolean;
  /** A headline in title case ("Chris Christie Says Rubio Did Well"): a name ends at a capitalized verb or
   *  function word. */
  titleCase: boolean;
  /** A sports report: a city or region names its team ("Surrey beat Kent by an innings"). */
  sports: boolean;
  /** Sport in words, not only in numbers: "Surrey beat Kent by an innings". */
  sportsText: boolean;
  /** Sport in words once a sports report is known: "Montreal lost for the ninth time in 14 games". */
  sportsInReport: boolean;
  /** A word only sport uses: "SOCCER - IRELAND NAME SQUAD". */
  sportsWord: boolean;
  /** Words the document capitalizes inside sentences: a sentence-initial word among them is a name. */
  midCaps: ReadonlySet<string>;
  /** A sentence that is only a list of names: in a sports report, a team's line-up. */
  roster: boolean;
  /** End of the place part of a dateline line ("BONN" in "BONN 1996-08-30"), else -1. */
  datelineEnd: number;
  /** Some sentence of the document is a sports one (set by the caller once all sentences are seen). */
  sportsReport: boolean;
}

interface NameWords { orgTokens: Set<string>; groups: Set<string>; suffixes: Set<string>; placeHeads: Set<string>; placeNouns: Set<string>; placeNounsAfter: Set<string>; placePrefixes: Set<string>; sports: Map<string, boolean>; teamRoles: Set<string>; teamBefore: string[][]; teamVerbs: Set<string>; givenNames: Set<string>; givenNameWords: Set<string>; eventHeads: Set<string>; datingMonths: Set<string>; holdingNouns: Set<string>; termAcronyms: Set<string>; legalForms: Set<string> }

function nameWords(lexicons: Lexicons): NameWords {
  return compiled(lexicons, 'entities/name-words', (lex) => ({
    orgTokens: new Set(lex.orgTokens),
    groups: new Set(lex.groupWords),
    suffixes: new Set(lex.nameSuffixes),
    placeHeads: new Set(lex.placeHeads),
    placeNouns: new Set(lex.placeNouns),
    placeNounsAfter: new Set(lex.placeNounsAfter),
    placePrefixes: new Set(lex.placePrefixes),
    // Words of sport (true) and the common words that count only beside them (false): one look-up a token.
    sports: new Map([...lex.sportsCommonWords.map((w): [string, boolean] => [w, false]), ...lex.sportsWords.map((w): [string, boolean] => [w, true])]),
    teamRoles: new Set(lex.sportsTeamRoles),
    teamBefore: lex.sportsTeamBefore.map((p) => p.split(' ')),
    teamVerbs: new Set(lex.sportsTeamVerbs),
    givenNames: new Set(lex.placeGivenNames),
    givenNameWords: new Set(lex.givenNameWords),
    eventHeads: new Set(lex.eventHeads),
    holdingNouns: new Set(lex.holdingNouns),
    termAcronyms: new Set(lex.termAcronyms),
    legalForms: new Set(lex.legalForms),
    // Month names, in lower case, that date the name after them (all but those that are given names too).
    datingMonths: new Set(Object.keys(MONTHS).filter((m) => !lex.givenNameMonths.some((g) => g.toLowerCase() === m))),
  }));
}

const DATE_WORDS = new Set(['Yesterday', 'Today', 'Tomorrow', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?$/;
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'next']);
/** "Thousands of Nigerians", "Some of the Democrats": a quantity that opens a sentence. */
const QUANTITIES = /^(?:tens|dozens|scores|hundreds|thousands|millions|billions|some|many|most|all|none|each|one|two|three|four|five|members|supporters|residents)$/;
/** A common word, singular or plural, in lower case: "lawyers", "cardinals". */
const commonWord = (gaz: Gazetteer, w: string) => gaz.commonWords.has(w) || gaz.commonWords.has(w.replace(/s$/, ''));
/** A common noun, a quantity or a common word: "Thousands", "Lawyers", "Members". */
const isCommon = (ctx: NameContext, t: Token) => t.pos === 'NOUN' || QUANTITIES.test(t.lower) || commonWord(ctx.gaz, t.lower);
/** "v", "vs.": versus, in a fixture. */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);
/** Endings of adjectives written with a capital ("Presbyterian", "Kurdish", "Communist", "Southern"). */
const ADJECTIVE_ENDING = /(?:an|ish|ese|ic|ist|ern)$/;
/** Whether token k is a score in a results line ("Stoke 4 ...", "Reading 2 Stoke 2"). */
const scoreAt = (ctx: NameContext, k: number) => ctx.sports && /^\d+$/.test(ctx.tokens[k]?.value ?? '');
/** Whether the word or one of its hyphenated parts is in the set ("Jean-Pierre": "Jean"). */
const hasPart = (set: ReadonlySet<string>, word: string) => (word.includes('-') ? word.split('-').some((w) => set.has(w)) : set.has(word));
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '``', '-', '--']);
const QUOTE_MARKS = new Set(['"', '”', "''", '’']);
const SPEECH = new Set(['said', 'says', 'added', 'told', 'asked', 'explained', 'noted', 'continued', 'insisted']);
/** A sentence that is only a list of four or more names of one or two words. */
const ROSTER = /^(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?, ){3,}(?:and )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?\.?$/;
/** End of the place part of a dateline line ("BONN" in "BONN 1996-08-30"), else -1. */
function datelineEnd(text: string, sentence: Sentence): number {
  if (sentence.end - sentence.start > 60) return -1;
  const m = DATELINE_ISO.exec(text.slice(sentence.start, sentence.end));
  return m?.[1] ? sentence.start + m[1].length : -1;
}

/** Cricket dismissals before a player's name: caught, bowled, stumped. */
const SCORECARD_MARKS = new Set(['c', 'b', 'st']);
const SCORE = /(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])/;
/** A number in a results row: "74", ".561"; not a share or an amount ("41 percent", "34 of them", "818 million"). */
const SCORE_NUMBER = /(?:^|\s)[.\d]+(?=\s|$)(?!\s+(?:percent|per|of|million|billion)\b)/g;

/** Whether the words right before token i, from token `first` on, are the phrase's (in lower case). */
function phraseBefore(tokens: readonly Token[], i: number, words: readonly string[], first: number): boolean {
  const start = i - words.length;
  if (start < first) return false;
  for (let k = 0; k < words.length; k++) if (tokens[start + k].lower !== words[k]) return false;
  return true;
}

function surface(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice(tokens[first].start, tokens[last - 1].end);
}

/** Longest lexicon match starting at token i, within the sentence. */
function matchGazetteer(ctx: NameContext, i: number): { entry: GazEntry; last: number } | null {
  const { text, tokens, gaz, sentence } = ctx;
  const longest = gaz.firstWords.get(tokens[i].lower);
  if (longest === undefined) return null;
  const limit = Math.min(sentence.lastToken, i + longest);
  let best: { entry: GazEntry; last: number } | null = null;
  for (let j = i + 1; j <= limit; j++) {
    if (j > i + 1 && text.slice(tokens[j - 2].end, tokens[j - 1].start).includes('\n')) break;
    const key = gazetteerKey(surface(text, tokens, i, j));
    const folded = key.toLowerCase();
    const entry = lookup(gaz, key, ctx.allCaps, folded);
    if (entry) best = { entry, last: j };
    // A space follows and no key goes on from these words: no longer match.
    if (j < limit && tokens[j].start > tokens[j - 1].end && !gaz.prefixes.has(folded)) break;
  }
  return best;
}

function fromEntry(ctx: NameContext, entry: GazEntry, first: number, last: number): Candidate {
  const { tokens } = ctx;
  // compromise's lists are in lower case: the text spells the name better ("JPMorgan Chase", not "Jpmorgan Chase"),
  // unless it is in capitals.
  const written = surface(ctx.text, tokens, first, last);
  const name = entry.source.startsWith('compromise:') && /[a-z]/.test(written) && written.toLowerCase().startsWith(entry.name.toLowerCase()) ? written.slice(0, entry.name.length) : entry.name;
  return {
    start: tokens[first].start, end: tokens[last - 1].end, first, last, outer: first,
    type: entry.type, subtype: entry.subtype, name, countryCode: entry.countryCode, sector: entry.sector,
    kind: entry.kind, title: null, affiliation: null, rule: entry.source,
  };
}

/** Longest title at token i: "Secretary of State", "Premier", "Gen.", with modifiers: "Vice Foreign Minister". */
function matchTitle(ctx: NameContext, i: number, last: number): (TitleHit & { last: number }) | null {
  let best = null;
  let start = i;
  while (start < last - 1 && ctx.gaz.titleModifiers.has(ctx.tokens[start].value)) start++;
  for (const from of start > i ? [i, start] : [i]) {
    for (let j = from + 1; j <= Math.min(last, from + ctx.gaz.maxTitleWords); j++) {
      const hit = ctx.gaz.titles.get(surface(ctx.text, ctx.tokens, from, j).toLowerCase());
      if (hit && (!best || j > best.last)) best = { ...hit, title: surface(ctx.text, ctx.tokens, i, j), last: j };
    }
  }
  // "Minister of Industry John Manley", "the IRA's Director of Intelligence": the portfolio after "of" is part of the
  // title.
  if (best && !best.honorific && best.last + 1 < last && ctx.tokens[best.last].value === 'of') {
    let k = best.last + 1;
    while (k < last && k - best.last <= 3 && ctx.gaz.titlePortfolios.has(ctx.tokens[k].value)) k++;
    if (k > best.last + 1) best = { ...best, title: surface(ctx.text, ctx.tokens, i, k), last: k };
  }
  return best;
}

// Words a title-case headline capitalizes that no name holds: "Says", "Did", "To", "Over".
const headlineBreak = (t: Token) => HEADLINE_WORDS.has(t.lower) || ((t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]{2}/.test(t.value));

/** A title word ending at `titleEnd` before an organization's head word, the run's last ("U.S. Justice Department",
 *  "Major League"): the title names no person. */
function namesOrganization(ctx: NameContext, titleEnd: number, last: number): boolean {
  return titleEnd + 1 === last && !!ctx.lexicons.orgHeads[ctx.tokens[titleEnd].value];
}

/** A title at token i followed by a name: "Secretary of State John Kerry". */
function titleBeforeName(ctx: NameContext, i: number, last: number): boolean {
  const title = matchTitle(ctx, i, last);
  return !!title && title.last < last && !CONNECTORS.has(ctx.tokens[title.last].value);
}

const DATING_WORDS = new Set(['on', 'last', 'next', 'this', 'late', 'early', 'since', 'until', 'by', 'from', 'through', ',']);
const WEEKDAY_NAMES = new Set(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')).map((w) => w[0].toUpperCase() + w.slice(1)));

/** Run of capitalized tokens from i (connectors allowed between capitals): "Bank of America", "Secretary of State John Kerry". */
function capitalRun(ctx: NameContext, i: number): number {
  const { tokens, text, sentence } = ctx;
  let j = i;
  while (j < sentence.lastToken) {
    const t = tokens[j];
    const gap = j > i ? text.slice(tokens[j - 1].end, t.start) : '';
    if (gap.includes('\n')) break;
    if (j > i && ctx.titleCase && headlineBreak(t)) break;
    if (isCapitalized(t.value) && !(NON_NAME_POS.has(t.pos) && j > i && !CAPITALIZED.test(t.value)) && !(j > i && STOP_CAPS.has(t.value) && t.pos !== 'PROPN')) {
      j++;
      continue;
    }
    // (Two particles may stand together: "Joost van der Westhuizen", "Pedro de la Rosa".)
    const next = PARTICLES.has(t.value) && j + 1 < sentence.lastToken && PARTICLES.has(tokens[j + 1].value) && t.value !== tokens[j + 1].value ? j + 2 : j + 1;
    if (j > i && CONNECTORS.has(t.value) && next < sentence.lastToken && isCapitalized(tokens[next].value) && !STOP_CAPS.has(tokens[next].value)) {
      j = next;
      continue;
    }
    // "Jean-Marie Le Pen", "Ocasio-Cortez", "Ata-ur-Rehman": a hyphen inside a word joins its capitalized parts
    // (not two places: "China-United States trade", "U.S.-China talks").
    const joined = (k: number) => k < sentence.lastToken && tokens[k].start === tokens[k - 1].end;
    // "Sheikh Hamad bin Khalifa al-Thani", "Nouri al-Maliki", "Abdel Fattah el-Sisi": an Arabic article joined to
    // the name after it.
    if (j > i && ARTICLE_PREFIXES.has(t.value) && tokens[j + 1]?.value === '-' && joined(j + 1) && joined(j + 2) && isCapitalized(tokens[j + 2].value)) {
      j += 3;
      continue;
    }
    const place = (k: number) => matchGazetteer(ctx, k)?.entry.type === 'location';
    if (j > i && t.value === '-' && t.start === tokens[j - 1].end && joined(j + 1) && !place(j - 1) && !place(j + 1)) {
      const next = tokens[j + 1];
      if (isCapitalized(next.value)) { j += 2; continue; }
      if (/^[a-z]{1,3}$/.test(next.value) && joined(j + 2) && tokens[j + 2].value === '-' && joined(j + 3) && isCapitalized(tokens[j + 3].value)) { j += 4; continue; }
      // ("Lee Jae-myung", "Moon Jae-in": the second syllable of a given name after a surname, in lower case; not a
      // participle or a word of its own, "New York-based", "Hong Kong-listed".)
      if (j - i === 2 && /^[a-z]{1,5}$/.test(next.value) && next.pos !== 'VERB' && !/(?:ed|ing)$/.test(next.value) && !joined(j + 2)) { j += 2; break; }
    }
    break;
  }
  // A run does not end on a connector or a possessive.
  while (j > i && CONNECTORS.has(tokens[j - 1].value)) j--;
  return j;
}

/** The organization head word of a run: its last word ("Commerce Ministry"), or the word before its first "of",
 *  "for" or "on" ("Ministry of Defence", "Union of Teachers", "Council on Foreign Relations"). */
function orgHead(ctx: NameContext, first: number, last: number): [string, string] | null {
  const head = ctx.tokens[last - 1].value;
  const heads = ctx.lexicons.orgHeads;
  if (last - first >= 2 || head === 'Times') {
    const hit = heads[head];
    if (hit) return hit;
  }
  for (let k = first + 1; k + 1 < last; k++) {
    const v = ctx.tokens[k].value;
    if (v === 'of' || v === 'for' || v === 'on') return heads[ctx.tokens[k - 1].value] ?? null;
  }
  return null;
}

/** A candidate of tokens [a, b) of the run being classified (classifyRun's `base`). */
type MakeCandidate = (type: Candidate['type'], a: number, b: number, rule: string, subtype?: string | null) => Candidate;

/** A candidate of tokens [a, b) in a run that starts at `outer`; the few other fields are set on the object made here
 *  (spreading it into a new object made the stage 12-13% slower). */
function newCandidate(ctx: NameContext, outer: number, type: Candidate['type'], a: number, b: number, rule: string, subtype: string | null): Candidate {
  const { tokens, text } = ctx;
  return {
    start: tokens[a].start, end: tokens[b - 1].end, first: a, last: b, outer, type, subtype,
    name: surface(text, tokens, a, b).replace(/^The\s+/, ''), countryCode: null, sector: null, kind: 'name', title: null, affiliation: null, rule,
  };
}

/** Classifies a run of capitalized tokens that no lexicon entry covers whole. */
function classifyRun(ctx: NameContext, first: number, last: number, out: Candidate[]): void {
  const { tokens, text, gaz } = ctx;
  // "Rudy Giuliani & Sen. Jeff Sessions": what a title cut off ends at no connector.
  while (last > first + 1 && CONNECTORS.has(tokens[last - 1].value)) last--;
  // "I’m", "Muslims and Catholics": a pronoun's contraction, a religion or community alone is no name.
  if (last === first + 1 && PRONOUN_CONTRACTION.test(tokens[first].value)) return;
  // "Bernie Sanders, I-Vt.,": the state of a lawmaker's party-state label (the tagger reads "I" as a pronoun).
  if (first >= 2 && tokens[first - 1].value === '-' && /^[DRI]$/.test(tokens[first - 2].value) && tokens[first - 1].start === tokens[first - 2].end && tokens[first].start === tokens[first - 1].end) return;
  // "Christmas Eve", "Thanksgiving", "New Year's Day": holidays are dates, no names.
  if (HOLIDAY_STARTS.has(tokens[first].lower) && HOLIDAYS[surface(text, tokens, first, last).toLowerCase().replace(/’/g, "'")]) return;
  // "Muslims", "Hispanic Republicans", "Latino Democrats": communities and party members are no names.
  let group = first;
  while (group < last && ctx.words.groups.has(tokens[group].value)) group++;
  if (group === last) return;
  // "Former Fed official Janet Yellen": a word of time before a run with no title ("Former Texas Gov. Rick Perry") is no
  // part of the name after it.
  if (gaz.titleTimeModifiers.has(tokens[first].value) && last - first >= 2 && !tokens.slice(first, last).some((_, j) => matchTitle(ctx, first + j, last))) {
    const known = lookup(gaz, surface(text, tokens, first + 1, last), ctx.allCaps);
    if (known) out.push(fromEntry(ctx, known, first + 1, last));
    else classifyRun(ctx, first + 1, last, out);
    return;
  }
  // "European and Japanese officials": "and" joins two names unless the whole is one organization, and a legal form
  // ends the first ("Johnson Controls Inc and Lear Corp").
  const and = tokens.slice(first, last).findIndex((t) => t.value === 'and');
  if (and > 0 && (!orgHead(ctx, first, last) || ctx.words.legalForms.has(tokens[first + and - 1].value))) {
    for (const [a, b] of [[first, first + and], [first + and + 1, last]]) {
      const entry = b > a ? lookup(gaz, surface(text, tokens, a, b), ctx.allCaps) : undefined;
      if (entry) out.push(fromEntry(ctx, entry, a, b));
      else if (b > a) classifyRun(ctx, a, b, out);
    }
    return;
  }
  // '"Stocks are on a delicate edge"': an opening quote or bracket does not make the next word mid-sentence.
  const opening = first === ctx.sentence.firstToken + 1 && OPENERS.has(tokens[first - 1].value);
  const sentenceStart = first === ctx.sentence.firstToken || opening;
  // "Producer Jon Peters", "Comedian Jon Stewart": a noun for a person opening the sentence before a first name is no
  // part of the name.
  if (sentenceStart && last - first >= 3 && gaz.personNouns.has(tokens[first].lower) && gaz.firstNames.has(tokens[first + 1].lower) && !matchTitle(ctx, first, last)) {
    classifyRun(ctx, first + 1, last, out);
    return;
  }
  // "Chrysler LLC Jim Press": a company suffix ends the organization; a person may follow.
  for (let k = first + 1; k + 1 < last; k++) {
    if (ctx.words.legalForms.has(tokens[k].value) && gaz.firstNames.has(tokens[k + 1].lower)) {
      classifyRun(ctx, first, k + 1, out);
      classifyRun(ctx, k + 1, last, out);
      return;
    }
  }
  const base: MakeCandidate = (type, a, b, rule, subtype = null) => newCandidate(ctx, first, type, a, b, rule, subtype);
  // "Benetton (Italy) 92 Dinamo (Russia) 81": in a results row a name, its country and a score name a club (a player's
  // score reads "6-3", a time "3:30.974").
  if (ctx.sports && last === first + 1 && tokens[last]?.value === '(' && tokens[last + 2]?.value === ')' && /^\d{1,3}$/.test(tokens[last + 3]?.value ?? '') &&
      lookup(gaz, tokens[last + 1].value)?.type === 'location') {
    out.push(Object.assign(base('organization', first, last, 'sports:club-with-country', 'club'), { sector: 'civil' }));
    return;
  }
  // "Apple Computer CEO Steve Jobs", "Chrysler Chief Executive Robert Nardelli": a title inside a run splits it.
  // (A party member's word opening the run does not stop it, "Republican National Committee Chairman Reince Priebus",
  // unless the title follows it: "Republican Sen. Rob Portman".)
  const leading = matchTitle(ctx, first, last);
  const split = !leading || (!!leading.party && leading.last < last && !matchTitle(ctx, leading.last, last));
  // ("Angus King", "Martin Luther King Jr.": a title word that ends the name, before a suffix if any, is a surname.)
  let named = last;
  while (named > first + 1 && ctx.words.suffixes.has(tokens[named - 1].value)) named--;
  for (let k = first + 1; k < last && split; k++) {
    const inner = matchTitle(ctx, k, last);
    if (!inner || inner.honorific || (inner.last >= named && k + 1 === named)) continue;
    if (namesOrganization(ctx, inner.last, last)) continue;
    // "Former Arizona State Senator Kelli Ward", "Texas Gov. Greg Abbott": a place before the title is whom the office
    // serves, part of the title.
    let m = first;
    while (m < k && gaz.titleModifiers.has(tokens[m].value)) m++;
    const place = m < k && inner.last < last ? lookup(gaz, surface(text, tokens, m, k), ctx.allCaps) : undefined;
    if (place?.type === 'location') {
      const at = out.length;
      classifyRun(ctx, k, last, out);
      const person = out[at];
      if (person?.type === 'person' && person.title) {
        out.splice(at, 0, fromEntry(ctx, place, m, k));
        person.title = surface(text, tokens, first, inner.last);
        person.outer = first;
        person.affiliation ??= place.name;
        person.countryCode ??= place.countryCode;
        return;
      }
      out.length = at;
    }
    const at = out.length;
    classifyRun(ctx, first, k, out);
    // "OpenAI CEO Sam Altman" opening a sentence: proper nouns nothing else names, before a company's title, are the
    // company.
    if (inner.sector === 'business' && (out.length === at || (out.length === at + 1 && out[at].type === 'unknown')) && k - m <= 3 &&
        tokens.slice(m, k).every((t) => t.pos === 'PROPN' && !gaz.commonWords.has(t.lower))) {
      out.length = at;
      out.push(Object.assign(base('organization', m, k, 'titles:company-before-title', 'company'), { sector: 'business' }));
    }
    const before = out[out.length - 1];
    if (inner.last < last) {
      classifyRun(ctx, k, last, out);
      const person = out[out.length - 1];
      if (person?.type === 'person' && before && before.end <= tokens[k].start && before.type === 'organization') person.affiliation ??= before.name;
    }
    return;
  }
  let i = first;
  // Leading titles: "Premier Li Keqiang", "Secretary of State John Kerry", "Mr. Li".
  // (A party member's word is a title of its own kind, below.)
  const title = leading && !leading.party && !namesOrganization(ctx, leading.last, last) ? leading : null;
  if (title) i = title.last;
  // "Republican John Faso", "Republican Sen. Ted Cruz", "Democrat Clinton": a party member's word before a person's
  // name (or title) gives the party as affiliation; not before a body ("Republican National Committee").
  if (leading?.party) {
    const office = leading.last < last ? matchTitle(ctx, leading.last, last) : null;
    const from = office ? office.last : leading.last;
    if (from < last && !orgHead(ctx, from, last) && (office || gaz.firstNames.has(tokens[from].lower) || (last - from === 1 && (gaz.lastNames.has(tokens[from].lower) || lookup(gaz, tokens[from].value)?.type === 'person')))) {
      const official = !!office && !office.honorific;
      out.push(Object.assign(base('person', from, last, 'titles:party-before-name', official ? 'official' : 'person'), { sector: office?.sector ?? null,
        title: official ? surface(text, tokens, leading.last, office!.last) : null, affiliation: leading.party, gender: office?.gender ?? undefined }));
      return;
    }
  }
  // "Keith O'Neill of Norwich City", "Ian Hanchett on Twitter", "Senator Bernie Sanders of Vermont": the place or
  // body after "of" or "on" is the person's affiliation, and a name of its own.
  // The name from token `from` to the run's end: a lexicon one, else as the run would be read.
  const nameFrom = (from: number) => {
    const known = lookup(gaz, surface(text, tokens, from, last), ctx.allCaps);
    if (known) out.push(fromEntry(ctx, known, from, last));
    else classifyRun(ctx, from, last, out);
  };
  const affiliated = (person: Candidate, from: number) => {
    out.push(person);
    const at = out.length;
    nameFrom(from);
    const affiliation = out[at];
    if (affiliation?.type === 'location' || affiliation?.type === 'organization') {
      person.affiliation ??= affiliation.name;
      if (affiliation.type === 'location') person.countryCode ??= affiliation.countryCode;
    }
  };
  const of = tokens.slice(i, last).findIndex((t, k) => k >= 1 && (t.value === 'of' || t.value === 'on'));
  // (Not a company's name: "Kia Motor Corp of South Korea" is the company and the country where it is.)
  // (A company suffix ends the name; "the National Bank of Poland" is one name.)
  const company = !title && of >= 1 && i + of + 1 < last ? orgHead(ctx, first, first + of) : null;
  if (company?.[0] === 'company' && ctx.words.legalForms.has(tokens[first + of - 1].value) && lookup(gaz, surface(text, tokens, first + of + 1, last), ctx.allCaps)?.type === 'location') {
    const org = Object.assign(base('organization', first, first + of, 'org-words:head', 'company'), { sector: company[1] });
    affiliated(org, first + of + 1);
    return;
  }
  // "Benetton of Italy", "Karlsruhe of Germany": one word and the country it is from (not a place's or a body's name:
  // "Gulf of Mexico", "City of London", "Bank of Japan", "First of America").
  if (!title && of === 1 && i === first && first + 2 < last && !ctx.lexicons.orgHeads[tokens[first].value] && !ctx.words.placeHeads.has(tokens[first].value) &&
    !ctx.words.placeNouns.has(tokens[first].lower) && !commonWord(gaz, tokens[first].lower) && !ORDINALS.has(tokens[first].lower) && tokens[first + 1].value === 'of') {
    const country = lookup(gaz, surface(text, tokens, first + 2, last), ctx.allCaps);
    if (country?.subtype === 'country' && country.kind === 'name') {
      classifyRun(ctx, first, first + 1, out);
      out.push(fromEntry(ctx, country, first + 2, last));
      return;
    }
  }
  if (!title && of >= 2 && of <= 3 && i + of + 1 < last && gaz.firstNames.has(tokens[first].lower) && !company) {
    affiliated(base('person', first, first + of, 'compromise:first-name', 'person'), first + of + 1);
    return;
  }
  // "the King of Jordan", "the Emir of Kuwait": an office of a country or body whose holder goes unnamed; the
  // country or body is a name of its own.
  // Title alone after "the" ("the Secretary"): a title mention, resolved to its holder when merging.
  const titleOnly = !!title && !title.honorific && first > ctx.sentence.firstToken && tokens[first - 1].lower === 'the';
  const titleMention = (end: number) => out.push(Object.assign(base('person', first, end, 'titles:title-only'), { kind: 'title' as const, title: title!.title, sector: title!.sector }));
  if (title && i + 1 < last && tokens[i].value === 'of') {
    if (titleOnly) titleMention(title.last);
    nameFrom(i + 1);
    return;
  }
  // "European Commissioner for Competition Neelie Kroes": a portfolio after "for" belongs to the title, and the name
  // starts at a first name, or is the last two words when no first name is known and a portfolio word stands before
  // them; "the U.N. High Commissioner for Refugees" names no one.
  if (title && i < last && (tokens[i].value === 'for' || tokens[i].value === 'on')) {
    let k = i + 1;
    while (k < last && !gaz.firstNames.has(tokens[k].lower)) k++;
    if (k >= last && last - i >= 4) k = last - 2;
    if (k + 1 >= last) return;
    const person = base('person', k, last, 'titles:title-before-name');
    Object.assign(person, { title: title.honorific ? null : surface(text, tokens, first, k), subtype: title.honorific ? 'person' : 'official', sector: title.sector, gender: title.gender ?? person.gender });
    out.push(person);
    return;
  }
  if (title && i >= last) {
    if (titleOnly) titleMention(last);
    else if (last - first === 1) {
      // ("Billie Jean King ... King said": without "the", a title word may be a surname; it stays nothing else.)
      out.push(base('unknown', first, last, 'names:unknown-proper-noun'));
    }
    return;
  }
  if (title) {
    // "Chief Executive Robert Nardelli and Jim Press": the title names the first person only.
    const and = tokens.slice(i, last).findIndex((t) => t.value === 'and');
    const byOf = of > 0 && (and < 0 || of < and);
    const nameEnd = byOf ? i + of : and > 0 ? i + and : last;
    const person = base('person', i, nameEnd, 'titles:title-before-name');
    person.title = title.honorific ? null : surface(text, tokens, first, title.last);
    person.subtype = title.honorific ? 'person' : 'official';
    if (title.gender) person.gender = title.gender;
    person.sector = title.sector;
    if (byOf) affiliated(person, nameEnd + 1);
    else {
      out.push(person);
      if (and > 0) classifyRun(ctx, nameEnd + 1, last, out);
    }
    return;
  }
  const head = orgHead(ctx, first, last);
  // "Jim Press" is a person: a first name outweighs a weak head word.
  if (head && !(last - first === 2 && gaz.firstNames.has(tokens[first].lower) && head[0] === 'media')) {
    const org = base('organization', first, last, 'org-words:head');
    org.subtype = head[0];
    org.sector = head[1];
    // "Chinese Commerce Ministry": a leading demonym or country gives the country.
    const lead = lookup(gaz, tokens[first].value);
    if (lead?.countryCode && lead.type === 'location') org.countryCode = lead.countryCode;
    out.push(org);
    return;
  }
  classifyWords(ctx, first, last, out, sentenceStart, base);
}

/** The rest of classifyRun: a run that no title, body word or lexicon name classified, read by its words: a place, a
 *  team, a person by a first or last name, an acronym, or a name of unknown type. */
function classifyWords(ctx: NameContext, first: number, last: number, out: Candidate[], sentenceStart: boolean, base: MakeCandidate): void {
  const { tokens, text, gaz } = ctx;
  // The run's words; a hyphen joins its parts into one ("Ocasio-Cortez", "Jean-Marie").
  const words: string[] = [];
  for (let k = first; k < last; k++) {
    const glued = k > first && tokens[k].start === tokens[k - 1].end && (tokens[k].value === '-' || tokens[k - 1].value === '-');
    if (glued) words[words.length - 1] += tokens[k].value;
    else words.push(tokens[k].value);
  }
  // "Sen. Elizabeth Warren, D-Mass.," "(R-Texas)": a party and a state after a lawmaker's name are no name.
  if (words.length === 1 && /^[DRI]-[A-Z]/.test(words[0])) return;
  // In a headline in capitals only lexicon names, titles and organization heads say what a name is.
  if (ctx.allCaps) return;
  if (words.every((w) => DATE_WORDS.has(w.replace(/\.$/, '')) || DATE_WORDS.has(w.charAt(0) + w.slice(1).toLowerCase()))) return;
  // ("East Fife 2 Clydebank 0", "West Bromwich 3 0 2 1": before its score a place's name is its team.)
  const score = scoreAt(ctx, last);
  // "Stoke 4 3 1 0 7 4 10", "Reading 2 Stoke 2": at the start of a results row, or after the score before it, one word
  // before its score is a team, whatever the tagger made of it ("Reading", "Bury", "Hull").
  if (words.length === 1 && score && words[0].length > 1 && (sentenceStart || scoreAt(ctx, first - 1))) {
    out.push(Object.assign(base('organization', first, last, 'sports:name-as-team', 'club'), { sector: 'civil' }));
    return;
  }
  // (Not a run over "of" that ends in a head: "DeSantis of Ponte Vedra Beach".)
  if (words.length >= 2 && ((ctx.words.placeHeads.has(words[words.length - 1]) && !words.includes('of')) || (ctx.words.placePrefixes.has(words[0]) && !score))) {
    out.push(base('location', first, last, 'places:head', 'place'));
    return;
  }
  // (An ampersand counts between two names only: "Rudy Giuliani & Sen. Jeff Sessions" are two people.)
  // (Not the word alone before words in lower case, outside sport: "City officials said", "Oil markets rose"; "Real" is
  // Real Madrid in a sports report.)
  if (words.some((w, k) => ctx.words.orgTokens.has(w) && (w !== '&' || (k > 0 && k < words.length - 1))) && !(words.length === 1 && !ctx.allCaps && !ctx.sports && !ctx.sportsReport && lowerAt(tokens[last]?.value ?? '', 0))) {
    out.push(Object.assign(base('organization', first, last, 'org-words:token', ctx.sports ? 'club' : 'company'), { sector: ctx.sports ? 'civil' : 'business' }));
    return;
  }
  // "East Jerusalem", "South China": a point of the compass opens a place's name, not a person's (not "North Korean
  // Red Cross", an organization by its words, nor "East Fife 2", a team).
  if (words.length >= 2 && COMPASS.test(words[0].toLowerCase()) && !score) {
    out.push(base('location', first, last, 'places:compass', 'place'));
    return;
  }
  const firstWord = words[0].toLowerCase();
  // "Sharqiyah province", "Charles de Gaulle airport", "the Kosevo stadium": a name before a place noun is a place.
  // (A name, not an adjective, before the noun: not "a Presbyterian church", "the Communist state", "Organizers state".)
  // (Nor a compound's first noun: "at Hillary town hall".)
  if (words.length <= 4 && ctx.words.placeNounsAfter.has(tokens[last]?.value ?? '') && tokens[last].pos === 'NOUN' && tokens[last + 1]?.pos !== 'NOUN' && !sentenceStart &&
    tokens.slice(first, last).every((t) => t.pos === 'PROPN' || CONNECTORS.has(t.value) || t.value === '-') &&
    !(words.length === 1 && (gaz.commonWords.has(firstWord) || ctx.words.groups.has(words[0]) || lookup(gaz, words[0])?.kind === 'demonym' || ADJECTIVE_ENDING.test(firstWord)))) {
    out.push(base('location', first, last, 'places:before-place-noun', 'place'));
    return;
  }
  // "M. Taylor", "J.R. Ewing": initials before a name word are a person's.
  if (words.length >= 2 && /^(?:[A-Z]\.){1,2}$/.test(words[0]) && words.slice(1).every((w) => /^[A-Z][a-z'’-]+$/.test(w))) {
    out.push(base('person', first, last, 'names:initials-and-name', 'person'));
    return;
  }
  // ("Jean-Marie Le Pen", "Hans-Dietrich Genscher": either part of a hyphenated first name.)
  // (Not one word before its score in a results line: "Hyundai 6 Lotte 5" names a team.)
  if (hasPart(gaz.firstNames, firstWord) && (words.length > 1 || !sentenceStart) && !(words.length === 1 && score)) {
    out.push(base('person', first, last, 'compromise:first-name', 'person'));
    return;
  }
  // (Not before its score, with no first name: "Greenock Morton 1 Falkirk 0" is a club; "Tom Lehman 66 67" is not.)
  if (words.length >= 2 && gaz.lastNames.has(words[words.length - 1].toLowerCase()) && !score) {
    out.push(base('person', first, last, 'compromise:last-name', 'person'));
    return;
  }
  // In a title-case headline capitals say no more than in capitals: lexicon names, titles, organization heads and
  // known first and last names only; a lone word counts only as the surname of a person named elsewhere ("Issa:").
  if (ctx.titleCase) {
    if (words.length === 1) out.push(base('unknown', first, last, 'names:unknown-proper-noun'));
    return;
  }
  if (sentenceStart && tokens[first].pos !== 'PROPN') return;
  // "NATO", "OPEC"; not a word in capitals ("NOTE", "ORDERS") nor a measure's or a period's ("GDP", "IPO", "H1").
  if (words.length === 1 && ctx.words.termAcronyms.has(words[0])) return;
  // "H100 chips", "F-16s", "an AK-47", "Flight MH17": a model's code, letters then a number, names no organization.
  if (words.length === 1 && MODEL_CODE.test(words[0])) return;
  if (words.length === 1 && !ctx.allCaps && /^[A-Z][A-Z0-9&]{1,5}$/.test(words[0]) && !(words[0].length > 3 && gaz.commonWords.has(firstWord))) {
    out.push(Object.assign(base('organization', first, last, 'names:acronym'), { kind: 'acronym' as const }));
    return;
  }
  const prev = first > ctx.sentence.firstToken ? tokens[first - 1].lower : '';
  const prev2 = first - 1 > ctx.sentence.firstToken ? tokens[first - 2].lower : '';
  // "the Kurdish city of Arbil", "the capital Dushanbe" (not "head of state Arpad Goencz": the place noun there is
  // part of a title)
  if ((ctx.words.placeNouns.has(prev) && prev2 !== 'of') || (prev === 'of' && ctx.words.placeNouns.has(prev2))) {
    out.push(base('location', first, last, 'places:after-place-noun', 'place'));
    return;
  }
  // "the mining towns of Barentsburg and Pyramiden": and the name joined to such a place.
  const before = out[out.length - 1];
  if ((prev === 'and' || prev === 'or') && before?.rule === 'places:after-place-noun' && before.last === first - 1) {
    out.push(base('location', first, last, 'places:after-place-noun', 'place'));
    return;
  }
  // "Ato Boldon (Trinidad) 20.37": a place in brackets after a person is where the person is from.
  if (words.length <= 2 && prev === '(' && tokens[last]?.value === ')' && before?.type === 'person' && before.last === first - 1) {
    out.push(base('location', first, last, 'places:nationality-in-brackets', 'place'));
    return;
  }
  // "Lockerbie, Scotland", "Jacksonville, Fla.": a place followed by the region or country it lies in.
  if (words.length <= 3 && tokens[last]?.value === ',' && last + 1 < ctx.sentence.lastToken && isCapitalized(tokens[last + 1].value)) {
    const within = matchGazetteer(ctx, last + 1);
    // (It lies in the region's country: "Peoria, Ill." is in the United States.)
    if (within?.entry.type === 'location' && within.entry.kind === 'name' && REGION_SUBTYPES.has(within.entry.subtype)) {
      out.push(Object.assign(base('location', first, last, 'places:before-its-region', 'place'), { countryCode: within.entry.countryCode ?? null }));
      return;
    }
  }
  // "east of Tavildara", "20 km north of Kabul": a bearing from a place.
  if (prev === 'of' && COMPASS.test(prev2) && words.length <= 3) {
    out.push(base('location', first, last, 'places:bearing', 'place'));
    return;
  }
  // "a majority stake in Chrysler", "shareholders in Opel": what one holds a stake in is a company.
  if (prev === 'in' && ctx.words.holdingNouns.has(prev2) && words.length <= 3) {
    out.push(Object.assign(base('organization', first, last, 'org-words:holding-in', 'company'), { sector: 'business' }));
    return;
  }
  // "according to Times Online": a name of a few words no rule read is a source, a body (a person's is read before).
  const source = prev === 'to' && prev2 === 'according';
  if (source && words.length >= 2 && words.length <= 4) {
    out.push(base('organization', first, last, 'names:source-after-according-to'));
    return;
  }
  // (Not a letter alone: "up to C A$ 7.5 billion"; nor a source, "according to Penske".)
  if (LOCATIVE.has(prev) && words.length <= 3 && (words.length > 1 || words[0].length > 1) && !source) {
    out.push(base('location', first, last, 'names:after-locative-preposition', 'place'));
    return;
  }
  if (words.length === 1 && !sentenceStart && gaz.lastNames.has(firstWord)) {
    out.push(base('person', first, last, 'compromise:last-name', 'person'));
    return;
  }
  if (words.length >= 2 && words.length <= 4 && words.every((w, k) => /^[A-Z][a-z'’-]+$/.test(w) || (k > 0 && k < words.length - 1 && NAME_PARTICLES.has(w)))) {
    // "Crystal Palace 2 Leyton Orient 1": in a score line, a name with no known first name is a club.
    if (score) {
      out.push(Object.assign(base('organization', first, last, 'sports:name-as-team', 'club'), { sector: 'civil' }));
      return;
    }
    const lastWord = words[words.length - 1];
    const plural = /[^s]s$/.test(lastWord) && !ctx.words.placeHeads.has(lastWord);
    // "the Blue Jays", "the Rolling Stones": no person is named with "the" and a plural.
    if (prev === 'the' && plural) {
      out.push(base('organization', first, last, 'names:the-plural-name'));
      return;
    }
    // "Standard Liege", "Rotor Volgograd", "Statistics Canada": with no first name known, a city or country at the end
    // makes a club's, a firm's or a body's name, not a person's.
    const place = lookup(gaz, lastWord);
    if (place?.type === 'location' && (place.subtype === 'city' || place.subtype === 'country') && place.kind === 'name') {
      out.push(base('organization', first, last, 'names:place-last-word'));
      return;
    }
    // "Johnson Controls", "Gold Fields", "Offshore Data Services": so does a plural common word at the end (not a
    // surname too, nor a group or people: "Muslim Americans").
    if (plural && gaz.commonWords.has(lastWord.toLowerCase()) && !gaz.lastNames.has(lastWord.toLowerCase()) && !ctx.words.groups.has(lastWord) && place?.kind !== 'demonym') {
      out.push(base('organization', first, last, 'names:common-last-word'));
      return;
    }
    // "Cold War", "Korean War", "Music Store": common words (or a demonym) at both ends, the last no surname, with no
    // first name known, name a thing, not a person; left unknown ("Jeb Bush" stays, and so does a given name that is a
    // word too, titles.json givenNameWords: "Bill Rash").
    const lower = lastWord.toLowerCase();
    const firstWordCommon = (commonWord(gaz, words[0].toLowerCase()) && !ctx.words.givenNameWords.has(words[0])) || lookup(gaz, words[0])?.kind === 'demonym';
    // (Not with a particle or an initial inside, which only names have: "Marine Le Pen", "Douglas J. Band".)
    const nameParts = words.some((w) => PARTICLES.has(w.toLowerCase()) || /^[A-Z]\.$/.test(w));
    // ("Murphy, a Jupiter Democrat who ...", "an Orlando Republican": after "a" or "an", a description, no name; "World
    // Cup", "Grand Prix": an event, org-words.json eventHeads.)
    const described = prev === 'a' || prev === 'an' || (ctx.words.eventHeads.has(lastWord) && !nameParts);
    if ((firstWordCommon && gaz.commonWords.has(lower) && !gaz.lastNames.has(lower) && !nameParts) || described) {
      out.push(base('unknown', first, last, 'names:common-last-word-unknown'));
      return;
    }
    out.push(base('person', first, last, 'names:capitalized-words', 'person'));
    return;
  }
  // "Rios (Chile) beat ...", "Duran, 45, takes on ...": a player or a person with nationality or age.
  const after = tokens[last];
  const after2 = tokens[last + 1];
  if (words.length === 1 && after && after2 && ((after.value === '(' && lookup(gaz, after2.value)?.type === 'location') || (after.value === ',' && /^\d{2}$/.test(after2.value) && tokens[last + 2]?.value === ','))) {
    out.push(base('person', first, last, 'names:person-with-nationality-or-age', 'person'));
    return;
  }
  // '" ... ," Tarango said', 'said Rios': a lone name that delivers a quote is a person's (not a common word's: '" ... ,"
  // Traders said' names no one; not one before a word in lower case, which is the speaker's role: 'said Eagles owner
  // Jeffrey Lurie').
  if (words.length === 1 && !gaz.commonWords.has(firstWord) && ((QUOTE_MARKS.has(tokens[first - 1]?.value ?? '') && SPEECH.has(after?.lower ?? '')) ||
      (SPEECH.has(tokens[first - 1]?.lower ?? '') && QUOTE_MARKS.has(tokens[first - 2]?.value ?? '') && !lowerAt(after?.value ?? '', 0)))) {
    out.push(base('person', first, last, 'names:quote-speaker', 'person'));
    return;
  }
  // "Bernardin, who became archbishop of Cincinnati in 1972": "who" speaks of a person (not after a common word, nor
  // after a plural in a sports report: "the Cardinals, who won").
  if (words.length === 1 && after?.value === ',' && after2?.lower === 'who' && !commonWord(gaz, firstWord) && !(ctx.sportsReport && firstWord.endsWith('s'))) {
    out.push(base('person', first, last, 'names:who-clause', 'person'));
    return;
  }
  // "The team is as follows: Given, Breen, Staunton, Irwin, ...": a line-up of names.
  if (words.length <= 2 && ctx.roster && ctx.sportsReport) {
    out.push(base('person', first, last, 'sports:line-up', 'person'));
    return;
  }
  // A cricket scorecard: "c Healy b Fleming 44", "st Kaluwitharana", "Vaas 10-0-41-2" name players.
  const prevWord = first > ctx.sentence.firstToken ? tokens[first - 1].value : '';
  if (words.length === 1 && (SCORECARD_MARKS.has(prevWord) || /^\d+(?:\.\d)?-\d+-\d+-\d+$/.test(tokens[last]?.value ?? ''))) {
    out.push(base('person', first, last, 'sports:scorecard-player', 'person'));
    return;
  }
  // A lone capitalized word nobody introduced is an organization more often than not ("shares of Pirelli"),
  // a team in sports reports; the merge step still makes it a person's surname when one was named.
  // (Not in a results line: "Samsung 10 Haitai 3" names a team, not Haiti.)
  const misspelled = words.length === 1 && !ctx.sports ? misspelledCountry(gaz, words[0]) : undefined;
  if (misspelled) {
    out.push(fromEntry(ctx, misspelled, first, last));
    return;
  }
  // At a sentence start only a word the document capitalizes elsewhere, or a team before its score, is a name.
  const evidence = !sentenceStart || hasPart(ctx.midCaps, words[0]) || (ctx.sports && /^\d/.test(tokens[last]?.value ?? ''));
  // "Scorers:", "Standings:", "Fax:": a label; "Second test", "Third round": an ordinal.
  // ("Section 230", "Article 5", "Chapter 11": a word numbered outside sport is a part of a text, no organization.)
  const label = tokens[last]?.value === ':' || ORDINALS.has(firstWord) || (!ctx.sports && !ctx.sportsReport && /^\d+$/.test(tokens[last]?.value ?? ''));
  if (words.length === 1 && words[0].length > 1 && evidence && !label && tokens[first].pos === 'PROPN' && !gaz.commonWords.has(firstWord) && !gaz.commonWords.has(tokens[first].lemma)) {
    out.push(Object.assign(base('organization', first, last, ctx.sports ? 'sports:unknown-name-as-team' : 'names:lone-proper-noun', ctx.sports ? 'club' : null), { lone: true }));
    return;
  }
  // "Lead Investigator Jack Smith on Facebook": a run that names nothing as a whole may be a name, "on" and a known
  // one (not in a title-case headline: "Government Secrecy on Capitol Hill").
  let on = ctx.titleCase || ctx.allCaps ? last : first + 1;
  while (on < last - 1 && tokens[on].value !== 'on') on++;
  const platform = on < last - 1 ? lookup(gaz, surface(text, tokens, on + 1, last), ctx.allCaps) : undefined;
  if (platform && platform.type !== 'person') {
    classifyRun(ctx, first, on, out);
    out.push(fromEntry(ctx, platform, on + 1, last));
    return;
  }
  out.push(base('unknown', first, last, 'names:unknown-proper-noun'));
}

const MODEL_CODE = /^[A-Z]{1,3}-?\d{1,4}s?$/;

/** A capitalized word that can be a surname: no common word, plural, title, head word or known name. */
function surname(ctx: NameContext, k: number): boolean {
  const t = ctx.tokens[k];
  const w = t.lower;
  return /^[A-Z][a-z]+$/.test(t.value) && !w.endsWith('s') && !ctx.gaz.commonWords.has(w) && !ctx.words.orgTokens.has(t.value) && !ctx.words.placeHeads.has(t.value) &&
    !ctx.lexicons.orgHeads[t.value] && !lookup(ctx.gaz, t.value) && !matchTitle(ctx, k, k + 1);
}

/** All name candidates of one sentence, left to right, not overlapping. */
export function sentenceNames(ctx: NameContext): Candidate[] {
  const { tokens, sentence } = ctx;
  const out: Candidate[] = [];
  let i = sentence.firstToken;
  // The end of a run of capitals the rules left unread (see below): up to it only a country's name counts.
  let unread = -1;
  while (i < sentence.lastToken) {
    const t = tokens[i];
    if (!isCapitalized(t.value)) { i++; continue; }
    const run = capitalRun(ctx, i);
    let hit = matchGazetteer(ctx, i);
    if (i < unread && !(hit?.entry.subtype === 'country' && hit.entry.kind === 'name')) { i++; continue; }
    // "December Eurodollars", "the September Treasury bond", "March Kaczmarek": a month before a name dates it.
    if (!hit && run > i + 1 && ctx.words.datingMonths.has(t.lower) && isCapitalized(tokens[i + 1].value)) { i++; continue; }
    // ("On Monday Mnuchin said", "Tuesday Trump tweeted": so does a weekday that opens the sentence or follows a word
    // that dates; not one that opens a name with a part of the day, "on Saturday Night Live", nor "Sunday Times".)
    if (!hit && run > i + 1 && WEEKDAY_NAMES.has(t.value) && (i === sentence.firstToken || DATING_WORDS.has(tokens[i - 1].lower)) &&
      !DAY_PARTS.has(tokens[i + 1].lower.replace(/s$/, '')) && !orgHead(ctx, i, run)) { i++; continue; }
    // "Donald Trump Jr.": another person than the one the lexicon knows.
    if (hit?.entry.type === 'person' && hit.last < run && ctx.words.suffixes.has(tokens[hit.last].value)) hit = null;
    const orgRun = run > (hit?.last ?? i) && (orgHead(ctx, i, run) || tokens.slice(hit?.last ?? i, run).some((t) => ctx.words.orgTokens.has(t.value)));
    // "Kansas City", "Oklahoma City": a state's name and "City" name a city in it.
    if (hit?.entry.subtype === 'state' && hit.last < run && tokens[hit.last].lower === 'city') {
      hit = { entry: { ...hit.entry, subtype: 'city', name: `${hit.entry.name} City` }, last: hit.last + 1 };
    }
    // "the Gaza Strip", "the Ohio River", "Sinai Peninsula": a place's name and a place head after it name another place
    // (not "Ohio State", a university or its team).
    // (The head ends the run: "U.S. District Court" is a court.)
    if (hit?.entry.type === 'location' && hit.last + 1 === run && ctx.words.placeHeads.has(tokens[hit.last].value) && tokens[hit.last].value !== 'State') {
      hit = { entry: { ...hit.entry, subtype: 'place', name: surface(ctx.text, tokens, i, hit.last + 1), source: 'places:head' }, last: hit.last + 1 };
    }
    // "Virginia Welch", "Jordan Spieth", "Dominique Baratelli": a place's name that is a given name too, then a surname,
    // is a person's name.
    if (hit?.entry.type === 'location' && hit.last === i + 1 && run === i + 2 && (ctx.words.givenNames.has(t.value) || ctx.gaz.firstNames.has(t.lower)) && surname(ctx, i + 1)) hit = null;
    if (hit && (hit.last >= run || hit.entry.type === 'organization' || !orgRun)) {
      // "Ford Motor" + "Company", "JPMorgan Chase" + "& Co.": a lexicon organization goes on over the head words that
      // follow it.
      while (hit.entry.type === 'organization' && hit.last < run) {
        if (ctx.lexicons.orgHeads[tokens[hit.last].value]) hit.last++;
        else if (tokens[hit.last].value === '&' && hit.last + 1 < run && ctx.lexicons.orgHeads[tokens[hit.last + 1].value]) hit.last += 2;
        else break;
      }
      // "Meta Platforms Inc": over one or two capitalized words up to the company suffix of its full name.
      if (hit.entry.type === 'organization' && !ctx.words.legalForms.has(tokens[hit.last - 1].value)) {
        for (let k = hit.last; k < Math.min(run, hit.last + 2) && upperAt(tokens[k].value, 0) && !ctx.words.legalForms.has(tokens[k].value); k++) {
          if (k + 1 < run && ctx.words.legalForms.has(tokens[k + 1].value)) { hit.last = k + 2; break; }
        }
      }
      const candidate = fromEntry(ctx, hit.entry, i, hit.last);
      const before = i > sentence.firstToken ? tokens[i - 1].lower : '';
      // "in Leeds", "Leeds (England)", "Chesterfield, Derbyshire": a place where a match is played.
      const previous = out[out.length - 1];
      // "the Moscow club", "Belgrade newsroom", "Leicester: Leicestershire beat ...", "(London)": the place itself.
      const after = tokens[hit.last];
      const modifier = after && lowerAt(after.value, 0) && after.pos === 'NOUN';
      const venue = LOCATIVE.has(before) || before === '(' || after?.value === '(' || (after?.value === ':' && i === sentence.firstToken) || modifier ||
        (before === ',' && previous?.type === 'location' && previous.last === i - 1);
      // In a sports report a county or region names its team outside score lines too ("Derbyshire were all out"); not
      // a state's abbreviation ("Farmington Hills, Mich."), which only follows a place.
      const region = (candidate.rule === 'compromise:Region' || candidate.subtype === 'region' || candidate.subtype === 'state') && !tokens[hit.last - 1].value.endsWith('.');
      // "BOSTON AT OAKLAND": a line of a sports report's fixtures names the visiting team, then where it plays.
      const fixture = ctx.sportsReport && i === sentence.firstToken && after?.lower === 'at' && hit.last + 1 < sentence.lastToken &&
        tokens.slice(hit.last + 1, sentence.lastToken).every((x) => upperAt(x.value, 0));
      // "July 9 v Derbyshire", "v Gloucestershire or Sussex or Surrey": the side a sports report's fixture is played against.
      const versus = ctx.sportsReport && (VERSUS.has(before) || ((before === 'or' || before === 'and') && previous?.rule.startsWith('sports:place-as-team') && previous.last === i - 1));
      // "Surrey captain Chris Lewis", "joined Milan from Torino", "homered for Cleveland", "Birmingham's Gary Breen",
      // "Milwaukee has won": in a sports report, a role in a team after the place, a phrase that takes a team before it,
      // a player after its possessive, or what a team does after it. (Not after "the": "the Volgograd side", as "the
      // Moscow club", is the place's.)
      const verb = after?.pos === 'AUX' && hit.last + 1 < sentence.lastToken ? tokens[hit.last + 1] : after;
      const side = ctx.sportsReport && ((after?.pos === 'NOUN' && ctx.words.teamRoles.has(after.lower) && before !== 'the') ||
        ctx.words.teamBefore.some((p) => phraseBefore(tokens, i, p, sentence.firstToken)) ||
        (isPossessiveS(after) && upperAt(tokens[hit.last + 1]?.value ?? '', 0) && !ctx.allCaps) ||
        (verb?.pos === 'VERB' && ctx.words.teamVerbs.has(verb.lemma)));
      const team = ctx.sports || (ctx.sportsReport && region) || fixture || versus || side;
      if (team && (!venue || versus || side) && candidate.type === 'location' && (candidate.subtype === 'city' || candidate.subtype === 'state' || candidate.rule.startsWith('compromise:'))) {
        Object.assign(candidate, { type: 'organization', subtype: 'club', sector: 'civil', countryCode: null, rule: side ? 'sports:place-as-team-by-role' : 'sports:place-as-team' });
      }
      out.push(candidate);
      i = hit.last;
      continue;
    }
    // "The United States President ...": a capitalized function word opens no name; look again after it.
    // ("Josh Earnest", "Ted Cruz": a first name the tagger reads as a verb still opens a name.)
    // ("captain Will Carling", "spokesman Per Zetterquist": a modal or a preposition capitalized inside a sentence,
    // before a proper noun, is a first name.)
    const firstName = run > i + 1 && ((t.pos === 'VERB' && ctx.gaz.firstNames.has(t.lower)) ||
      ((t.pos === 'AUX' || t.pos === 'ADP') && i > sentence.firstToken && !ctx.titleCase && !STOP_CAPS.has(t.value) && /^[A-Z][a-z]+$/.test(t.value) &&
        tokens[i + 1].pos === 'PROPN' && lowerAt(tokens[i - 1].value, 0)));
    // ("Stoke 4 3 1 0 7 4 10", "Bury 4 Bristol City 0": not a word before its score in a results row, a team.)
    const beforeScore = run === i + 1 && t.pos !== 'DET' && !STOP_CAPS.has(t.value) && scoreAt(ctx, run) && tokens[run + 1]?.value !== '-';
    if (run === i || ((STOP_CAPS.has(t.value) || NON_NAME_POS.has(t.pos) || t.pos === 'VERB' || t.pos === 'ADV') && t.pos !== 'PROPN' && !beforeScore && !firstName)) { i++; continue; }
    // ("Several Cineplex analysts": a quantifier opening the sentence, whatever the tagger read, opens no name; "All"
    // and "One" may: "All Nippon Airways", "One Liberty Plaza".)
    if (run > i + 1 && QUANTIFIERS.has(t.lower) && t.lower !== 'all' && t.lower !== 'one') { i++; continue; }
    // "Thousands of Nigerians": a common noun opening the sentence is no part of the name after "of".
    // (Unless that noun heads an organization's name: "Bank of England", "University of Texas".)
    // (Nor a title before a name: "Secretary of State John Kerry"; "CEO of GM" is no name.)
    // ("Lawyers for Clinton opposed ...": nor before "for".)
    if (i === sentence.firstToken && (tokens[i + 1]?.value === 'of' || tokens[i + 1]?.value === 'for') && isCommon(ctx, t) && !ctx.lexicons.orgHeads[t.value] && !hit && !titleBeforeName(ctx, i, run)) { i++; continue; }
    const found = out.length;
    classifyRun(ctx, i, run, out);
    // "Bankruptcy for U.S. automaker GM": a run the rules leave unknown names what a lexicon knows after its "of" or
    // "for" (not after an ordinal: "First of America" is a bank).
    if (run > i + 2 && out.length > found && out.slice(found).every((c) => c.type === 'unknown') && !ORDINALS.has(t.lower)) {
      const k = tokens.slice(i + 1, run - 1).findIndex((x) => x.value === 'of' || x.value === 'for') + i + 1;
      const known = k > i ? lookup(ctx.gaz, surface(ctx.text, tokens, k + 1, run), ctx.allCaps) : undefined;
      if (known) out.splice(found, out.length - found, fromEntry(ctx, known, k + 1, run));
    }
    // In a line of capitals a run the rules leave unread may hold a country further on ("AUSTRALIA V SRI LANKA"; not
    // the city of "GREATER MILWAUKEE OPEN" nor the people of "RANGERS BEAT INDIANS").
    if (ctx.allCaps && out.length === found && run > i + 1) unread = Math.max(unread, run);
    i = i < unread ? i + 1 : run;
  }
  acronymDefinitions(ctx, out);
  // "BONN 1996-08-30", "IRVINE, Calif 1996-08-30", "KYIV, Ukraine (AP) —": the names of a dateline are the place it
  // was filed from, named as written in a sentence ("Irvine", "Kyiv"; "N.D." stays).
  if (ctx.datelineEnd > 0) {
    for (const c of out) {
      if (c.end <= ctx.datelineEnd && c.type !== 'location') {
        Object.assign(c, { type: 'location', subtype: 'place', countryCode: null, sector: null, kind: 'name', title: null, rule: 'names:dateline', lone: false,
          name: c.name.replace(/\b([A-Z])([A-Z]{2,})\b/g, (_, a: string, b: string) => a + b.toLowerCase()) });
      }
    }
  }
  return out;
}

/** "The Centers for Disease Control and Prevention (CDC)", "the Committee to Protect Journalists (CPJ)", "the
 *  Department of Health and Human Services (HHS)": capitalized words right before an acronym in brackets, whose
 *  initials hold the acronym's letters in order, are an organization's name, whatever the rules read inside them; the
 *  acronym names it too (rule names:acronym-definition on both). The name runs back over function words ("for",
 *  "to", "the") and capitalized words that give letters or not ("Prevention"). A name already read there that holds
 *  the letters stays, and the acronym names it ("the U.S. Food and Drug Administration (FDA)"). */
function acronymDefinitions(ctx: NameContext, out: Candidate[]): void {
  const { tokens, sentence } = ctx;
  for (const c of out.filter((x) => x.type === 'organization' && x.kind === 'acronym' && tokens[x.first - 1]?.value === '(' && tokens[x.last]?.value === ')')) {
    const letters = c.name.replace(/[^A-Z]/g, '');
    const end = c.first - 1;
    if (letters.length < 2 || end - 1 <= sentence.firstToken || !isCapitalized(tokens[end - 1].value)) continue;
    const read = out.find((x) => x !== c && x.last === end && holdsInitials(surface(ctx.text, tokens, x.first, x.last), letters));
    if (read) {
      if (read.type === 'organization') Object.assign(c, { name: read.name, rule: 'names:acronym-definition' });
      continue;
    }
    // The capitalized words before the bracket, nearest first, up to two more than the letters.
    const words: number[] = [];
    for (let k = end - 1; k >= sentence.firstToken && words.length < letters.length + 2; k--) {
      const t = tokens[k];
      if (isCapitalized(t.value) && t.lower !== 'the') words.push(k);
      else if (!DEFINITION_LINKS.has(t.lower)) break;
    }
    const holds = (n: number) => holdsInitials(words.slice(0, n).reverse().map((k) => tokens[k].value).join(' '), letters);
    // The longest that opens with the acronym's first letter ("Rally for the Return of Refugees and Democracy in Rwanda
    // (RDR)"; not "Lawyers for the Committee to Protect Journalists (CPJ)"), else the longest with one word more
    // than the letters ("Department of Health and Human Services (HHS)").
    let n = words.length;
    while (n >= 2 && !(tokens[words[n - 1]].value[0] === letters[0] && holds(n))) n--;
    if (n < 2) for (n = Math.min(words.length, letters.length + 1); n >= 2 && !holds(n); n--);
    const first = n >= 2 ? words[n - 1] : -1;
    if (first < 0) continue;
    const name = newCandidate(ctx, first, 'organization', first, end, 'names:acronym-definition', null);
    const inside = (x: Candidate) => x !== c && x.first >= first && x.last <= end;
    const at = out.findIndex(inside);
    out.splice(0, out.length, ...out.filter((x) => !inside(x)));
    out.splice(at >= 0 ? at : out.indexOf(c), 0, name);
    Object.assign(c, { name: name.name, rule: 'names:acronym-definition' });
  }
}
// Words inside a name an acronym defines that give it no letter: "Committee to Protect Journalists".
const DEFINITION_LINKS = new Set([...CONNECTORS, 'to', 'the', 'in', 'at', '-']);

/** Whether the initials of a name's capitalized words hold an acronym's letters in order. */
function holdsInitials(name: string, letters: string): boolean {
  let k = 0;
  for (const w of name.split(/[\s-]+/)) if (k < letters.length && w[0] === letters[k]) k++;
  return k === letters.length;
}

/** Capitalized words that stand inside sentences somewhere in the document. */
export function midSentenceCapitals(tokens: readonly Token[], sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (let i = s.firstToken + 1; i < s.lastToken; i++) {
      const v = tokens[i].value;
      if (upperAt(v, 0) && lowerAt(v, 1) && tokens[i - 1].value !== ':' && tokens[i - 1].value !== '"' && tokens[i - 1].value !== '“') out.add(v);
    }
  }
  return out;
}

export function nameContext(text: string, tokens: readonly Token[], sentence: Sentence, lexicons: Lexicons, midCaps: ReadonlySet<string> = new Set(), wirePlace: Span | null = null): NameContext {
  const words = nameWords(lexicons);
  let letters = 0;
  let upper = 0;
  let sportsWords = 0;
  let commonWords = 0;
  let hasVerb = false;
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const v = tokens[i].value;
    if ((upperAt(v, 0) || lowerAt(v, 0)) && (upperAt(v, 1) || lowerAt(v, 1))) { letters++; if (!hasLower(v)) upper++; }
    const sport = words.sports.get(tokens[i].lower);
    if (sport === true) sportsWords++;
    else if (sport === false) commonWords++;
    // (A capitalized word read as a verb is no verb in a results row: "Stoke 4 3 1 0 7 4 10", "Bury 4 3 1 0 8 2 10".)
    if (tokens[i].pos === 'VERB' && !upperAt(v, 0)) hasVerb = true;
  }
  // Dates ("1996-08-30") are no scores.
  const raw = text.slice(sentence.start, sentence.end);
  const digits = /\d/.test(raw);
  const line = digits ? raw.replace(/\b\d{4}-\d{2}-\d{2}\b/g, '') : raw;
  // ("won", "points" alone are politics as often: "won the primary by 10 points".)
  const sportsText = sportsWords >= 1 && sportsWords + commonWords >= 2;
  let sports = sportsText;
  if (!sports && digits) {
    // A results table row: a few words and several numbers ("NEW YORK 74 58 .561"); shares and amounts are no scores
    // ("Out of 14 candidates, 41 percent ...").
    const numbers = letters <= 8 ? (line.match(SCORE_NUMBER) ?? []).length : 0;
    sports = SCORE.test(line) || (numbers >= 2 && letters <= 8 && !hasVerb);
  }
  const allCaps = letters >= 2 && upper / letters > 0.6;
  return {
    text, tokens, sentence, gaz: gazetteer(lexicons), lexicons, words, midCaps,
    allCaps,
    titleCase: !allCaps && isTitleCase(tokens, sentence, raw),
    sports,
    roster: ROSTER.test(line.trim()),
    // ("KYIV, Ukraine (AP) —": the place of a wire dateline too.)
    datelineEnd: wirePlace && wirePlace.start >= sentence.start && wirePlace.end <= sentence.end ? wirePlace.end : datelineEnd(text, sentence),
    sportsText,
    sportsInReport: sportsWords + commonWords >= 2,
    sportsWord: sportsWords > 0,
    sportsReport: sports,
  };
}
