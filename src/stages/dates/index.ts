// Dates: TIMEX3 extents (found by the patterns of patterns.ts), widened to
// TimeML's extent ("the last week", "recent weeks"), then normalized against the reference date.
import type { Document, Sentence, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { DateItem, Span } from '../../schema/record.js';
import { stableId } from '../../util/id.js';
import { DAY_PARTS, MONTHS, addDays, addMonths, formatWeek, formatYm, formatYmd, parseYmd, weekday } from '../../util/calendar.js';
import { ARTICLES, END_PUNCT, POSSESSIVE, hasDigit, isPossessiveS, pastForm, tokenAt } from '../../util/span.js';
import { isTitleCase, lowerAt, upperAt } from '../../util/headline.js';
import { FRACTIONS, normalize, sequel, PARTS_OF_DAY as PART_CODES } from './normalize.js';
import { patternExtents, TIME_UNITS, WEEKDAY_NAME, ZONE, type Extent } from './patterns.js';

// Ages are no temporal expressions: "a 9-year-old boy", "his 25 year-old son".
const AGE = /^(?:\S+ )?(?:\S+-|\d+ )(?:year|month|week|day)s?-old$/i;
// "quarterly dividend", "daily newspaper": frequency adjectives before a noun are no SET.
const FREQUENCY = /^(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly)$/i;
// "the recent meetings", "the current quarter": these adjectives take no determiner into the extent.
const NO_DETERMINER = /^(?:recent|current)$/i;
const PREFIX = new Set(['a', 'an', 'the', 'this', 'that', 'last', 'next', 'past', 'coming', 'previous', 'recent', 'early', 'late', 'mid', 'earlier', 'later', 'about', 'around', 'nearly', 'almost', 'some', 'each', 'every', 'latest', 'first', 'final', 'same', 'several', 'few', 'current', 'following', 'preceding']);
const SUFFIX = new Set(['ago', 'earlier', 'later']);
const BARE_UNITS = new Set(TIME_UNITS.map((u) => `${u}s`));
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', "'ll", 'shall']);
const HOURS_OF_NIGHT = new Set(['early', 'wee', 'small', 'late', 'morning', 'evening', 'overnight', 'night', 'dark']);
const CLOCK_END = /^(?:[ap]\.?m\.?|noon|midnight|\d{1,2}:\d\d)$/;
const TIME_ZONE = new RegExp(`^${ZONE}$`);
const DAY_NAME = new RegExp(`^(?:${WEEKDAY_NAME}|today|yesterday|tomorrow)$`);
const HYPHEN_SUFFIX = new Set(['earlier', 'ago', 'old', 'long', 'end']);
const NUMBER_WORD = /^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many)$/i;
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'next', 'upcoming', 'scheduled', 'plans', 'plan', 'planned', 'planning', 'expected', 'forecast', 'due', 'effective', 'payable', 'slated']);
// People's possessives: an age is a person's ("in his 70s"); "its 1990s" is a decade.
const PERSONAL_POSSESSIVE = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
// Earnings news compares quarters: "a year ago" there is the same quarter a year before.
const QUARTERLY = /\bquarter|\bperiod\b/i;
// ("For the nine months, ... compared with a loss a year earlier": the months of the year so far, whose year before
// TimeBank values as the year.)
const MONTHS_TO_DATE = /\b(?:nine|six|first (?:six|nine)|latest (?:six|nine)) months\b/i;
// An earnings report: there "a year ago" is the same quarter a year before even where the sentence names none.
const EARNINGS = /\b(?:first|second|third|fourth)[- ]quarter\b/i;

// "Saturday Night Live", "the Daily Beast", "Liberty Now PAC", "ABC's This Week", "Morning Joe": a time word
// capitalized inside a sentence, after a word, names a show, a paper or a group. A part of the day or a frequency
// also does before a capitalized word. (Weekdays, months and holidays are capitalized anyway.)
const NAME_PART = /^(?:Now|Currently|Current|Recently|Recent|Nowadays|Today|Tonight|Yesterday|Tomorrow|This|Last|Next|Week|Month|Weekend|Past|Present|Future|Seconds|Minutes|Hours|Days|Weeks|Months|Years|Decades)$/;
const NAME_HEAD = /^(?:Daily|Weekly|Monthly|Morning|Afternoon|Evening|Night)$/;

/** A month's name, whole or abbreviated, with or without its period ("March", "Aug.", "aug"). */
const isMonth = (t: Token): boolean => !!MONTHS[t.lower.replace(/\.$/, '')];

function inName(tokens: readonly Token[], first: number, last: number, s: Sentence): boolean {
  for (let i = Math.max(first, s.firstToken + 1); i < last; i++) {
    const t = tokens[i];
    const head = NAME_HEAD.test(t.value);
    if (!head && !NAME_PART.test(t.value)) continue;
    if (/[\p{L}\d]$/u.test(tokens[i - 1].value)) return true;
    const next = i + 1 < s.lastToken ? tokens[i + 1] : undefined;
    if (head && next && upperAt(next.value, 0) && lowerAt(next.value, 1)) return true;
  }
  return false;
}

// TimeML leaves prepositions out of the extent: "since 1990" -> "1990".
const PREPOSITIONS = new Set(['since', 'by', 'until', 'till', 'from', 'in', 'on', 'at', 'during', 'through', 'within', 'for', 'after', 'before', 'around', 'to']);

function widen(tokens: readonly Token[], first: number, last: number, sentenceFirst: number): [number, number] {
  let a = first;
  // (Not the "at" of "at least 30 days", a modifier TimeML keeps.)
  while (a + 1 < last && PREPOSITIONS.has(tokens[a].lower) && !(tokens[a].lower === 'at' && tokens[a + 1].lower === 'least')) a++;
  first = a;
  if (last - first === 1 && NO_DETERMINER.test(tokens[first].value)) return [first, last];
  // ("the fiscal first quarter": "fiscal" only before a quarter.)
  const quarter = tokens[last - 1].lower === 'quarter';
  while (a > sentenceFirst && (PREFIX.has(tokens[a - 1].lower) || (quarter && tokens[a - 1].lower === 'fiscal')) && tokens[a - 1].end >= tokens[a].start - 1) a--;
  // "following last month": without "the", "following" and "preceding" are prepositions.
  if (a < first && (tokens[a].lower === 'following' || tokens[a].lower === 'preceding')) a++;
  // "expected to last several days", "could last weeks": after "to" or a modal "last" is the verb.
  if (a < first && tokens[a].lower === 'last' && a > sentenceFirst && ((tokens[a - 1].lower === 'to' && tokens[a - 1].pos === 'PART') || MODALS.has(tokens[a - 1].lower))) a++;
  // "stated that Thursday's debate was ...": after a verb "that" opens a clause, it is no determiner.
  if (a < first && tokens[a].lower === 'that' && a > sentenceFirst && tokens[a - 1].pos === 'VERB' && upperAt(tokens[a + 1].value, 0)) a++;
  // "in a May 4 letter", "A June poll", "the Aug. 7 bombings": the article goes with the noun after the date (TimeBank
  // and MEANTIME leave it out every time; not "the April-June quarter").
  if (a < first && ARTICLES.has(tokens[a].lower) && isMonth(tokens[a + 1]) && upperAt(tokens[a + 1].value, 0) && tokens[last - 1].lower !== 'quarter') a++;
  // ("in the weeks before the shooting", "in the days that followed": TimeBank marks the bare plural alone, but "the
  // weeks ahead", "over the years".)
  if (a === first - 1 && tokens[a].lower === 'the' && last - first === 1 && BARE_UNITS.has(tokens[first].lower) && !(tokens[last]?.lower === 'ahead' && tokens[last + 1]?.lower !== 'of') && tokens[a - 1]?.lower !== 'over') a++;
  // "the" only opens an extent that goes on to a time word: "the last week", not "the" before "2017".
  const period = last < tokens.length && /^(?:quarter|period)$/.test(tokens[last].lower) && tokens[last].sentence === tokens[first].sentence;
  if (a < first && tokens[a].lower === 'the' && /^(?:\d{4}|\d{1,2}:\d\d)$/.test(tokens[first].value) && !period) a++;
  // "two-year", "30-year": a number joined by a hyphen.
  if (a >= sentenceFirst + 2 && tokens[a - 1].value === '-' && tokens[a - 1].start === tokens[a - 2].end && NUMBER_WORD.test(tokens[a - 2].value)) a -= 2;
  // ("a 10 1/2-year sentence": a number and its fraction.)
  else if (a >= sentenceFirst + 3 && tokens[a - 1].value === '-' && tokens[a - 1].start === tokens[a - 2].end && tokens[a - 2].value in FRACTIONS && /^\d+$/.test(tokens[a - 3].value)) a -= 3;
  let b = last;
  const same = (i: number) => i < tokens.length && tokens[i].sentence === tokens[last - 1].sentence;
  if (same(b) && SUFFIX.has(tokens[b].lower)) b++;
  // ("the weeks ahead", "in the months ahead": not "two weeks ahead of the vote".)
  else if (same(b) && tokens[b].lower === 'ahead' && BARE_UNITS.has(tokens[b - 1].lower) && !(same(b + 1) && tokens[b + 1].lower === 'of')) b++;
  // "than the year previous.", "the day before,": a unit with "the" and a closing adverb, at a clause's end.
  else if (same(b) && b - a === 2 && tokens[a].lower === 'the' && /^(?:day|month|year)$/.test(tokens[a + 1].lower) && /^(?:before|previous|prior|after)$/.test(tokens[b].lower) &&
    (!same(b + 1) || /^[.,;:)!?]$/.test(tokens[b + 1].value))) b++;
  // "year-earlier", "decades-long"; "Wednesday night".
  if (same(b + 1) && tokens[b].value === '-' && tokens[b].start === tokens[b - 1].end && HYPHEN_SUFFIX.has(tokens[b + 1].lower)) b += 2;
  // ("The year-ago results", "a year-earlier loss": the article is the noun's after it.)
  if (a < first && (tokens[a].lower === 'the' || tokens[a].lower === 'a') && a + 4 === b && tokens[a + 1].lower === 'year' && tokens[a + 2].value === '-' && SUFFIX.has(tokens[a + 3].lower)) a++;
  if (same(b) && DAY_PARTS.has(tokens[b].lower) && /day$/i.test(tokens[b - 1].value)) b++;
  // "the final quarter of 2009", "the first half of last year".
  if (same(b + 1) && tokens[b].lower === 'of' && /^(?:quarter|half)$/.test(tokens[b - 1].lower)) {
    if (/^\d{4}$/.test(tokens[b + 1].value)) b += 2;
    else if (same(b + 2) && /^(?:last|this|next)$/.test(tokens[b + 1].lower) && tokens[b + 2].lower === 'year') b += 3;
  }
  // "the 1988 quarter", "the 1989 period": a year naming a reporting period.
  if (same(b) && b - a === 2 && tokens[a].lower === 'the' && /^\d{4}$/.test(tokens[b - 1].value) && /^(?:quarter|period)$/.test(tokens[b].lower)) b++;
  // "this year's third quarter", "last year's quarter": the year's quarter is one extent.
  if (same(b + 2) && b - a === 2 && /^(?:this|last|next)$/.test(tokens[a].lower) && tokens[a + 1].lower === 'year' && isPossessiveS(tokens[b])) {
    if (tokens[b + 1].lower === 'quarter' || tokens[b + 1].lower === 'period') b += 2;
    else if (same(b + 2) && /^(?:first|second|third|fourth|final|latest)$/.test(tokens[b + 1].lower) && tokens[b + 2].lower === 'quarter') b += 3;
  }
  // "the last week of March".
  if (same(b + 1) && tokens[b].lower === 'of' && tokens[b - 1].lower === 'week' && MONTHS[tokens[b + 1].lower] && upperAt(tokens[b + 1].value, 0)) {
    b += 2;
    if (same(b) && /^\d{4}$/.test(tokens[b].value)) b++;
  }
  // "10 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday": a time of day and the day it falls on are one TIME.
  if (same(b) && (CLOCK_END.test(tokens[b - 1].lower) || (b - 2 >= a && TIME_ZONE.test(tokens[b - 1].value) && CLOCK_END.test(tokens[b - 2].lower)))) {
    const zone = same(b + 1) && TIME_ZONE.test(tokens[b].value) ? 1 : 0;
    if (DAY_NAME.test(tokens[b + zone].value)) b += zone + 1;
  }
  // "the Christmas sales", "the third-quarter loss", "the spring meeting": before a noun the time is a modifier; "the"
  // goes with the noun.
  if (a < first && tokens[a].lower === 'the' && same(b) && tokens[b].pos === 'NOUN') a++;
  return [a, b];
}

// "in his 70s", "their early 20s": an age, not a decade; so is the second of "in their 20s and 30s".
function isAgeDecade(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  for (let i = first - 1; i >= Math.max(sentenceFirst, first - 2); i--) if (PERSONAL_POSSESSIVE.has(tokens[i].lower)) return true;
  const before = first - 2;
  return before > sentenceFirst && AGE_JOINS.has(tokens[first - 1].lower) && /^\d0s$/.test(tokens[before].lower) && isAgeDecade(tokens, before, sentenceFirst);
}
// What joins two ages: "their 20s and 30s", "in his 50s or 60s".
const AGE_JOINS = new Set(['and', 'or', 'to']);

// "Temperatures dropped into the 30s", "highs in the 90s": degrees, not a decade.
function isTemperature(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.firstToken; i < s.lastToken; i++) if (TEMPERATURE_WORDS.has(tokens[i].lower)) return true;
  return false;
}
const TEMPERATURE_WORDS = new Set(['temperature', 'temperatures', 'degrees', 'highs', 'lows', 'fahrenheit', 'celsius', 'thermometer', 'thermometers', 'forecasters']);

// What joins "now" to a date ahead: "between now and Election Day", "from now until June".
const NOW_TO = new Set(['and', 'to', 'until', 'till', 'through']);

// Words that make "the 50s" a range of figures: "the low 50s", "the upper 30s".
const FIGURE_RANGE = new Set(['low', 'mid', 'high', 'upper', 'lower', 'middle']);

// The present forms before "set for" that make it a schedule ahead.
const SET_FOR = new Set(['is', 'are', "'s", '’s', 'been']);

const PERIOD_EDGES = new Set(['end', 'middle', 'start', 'beginning']);

function isFuture(tokens: readonly Token[], first: number, sentenceFirst: number, sentenceLast: number): boolean {
  // "as soon as Tuesday", "as early as next week": the earliest of what is still to come.
  if (first - 3 >= sentenceFirst && tokens[first - 1].lower === 'as' && (tokens[first - 2].lower === 'soon' || tokens[first - 2].lower === 'early') && tokens[first - 3].lower === 'as') return true;
  // "has given them until 9 a.m. Tuesday", "would cut jobs by the end of the third quarter": a deadline lies ahead
  // (this runs when the clause is not in the past tense: "had left by Friday").
  if (first - 1 >= sentenceFirst && (tokens[first - 1].lower === 'until' || tokens[first - 1].lower === 'by')) return true;
  if (first - 4 >= sentenceFirst && tokens[first - 4].lower === 'by' && tokens[first - 3].lower === 'the' && PERIOD_EDGES.has(tokens[first - 2].lower) && tokens[first - 1].lower === 'of') return true;
  // "between now and Election Day", "from now to Christmas": from today on.
  if (first - 2 >= sentenceFirst && tokens[first - 2].lower === 'now' && NOW_TO.has(tokens[first - 1].lower)) return true;
  // "On Tuesday, the National Abortion Rights Action League plans to hold ...": fronted, the expression goes with the
  // verb of the clause after it.
  // ("On Friday, the government planned to pay": not a past verb.)
  if (first === sentenceFirst || (first - 1 === sentenceFirst && tokens[first - 1].pos === 'ADP')) {
    let k = first;
    while (k < sentenceLast && k - first < 6 && tokens[k].value !== ',') k++;
    if (tokens[k]?.value === ',') {
      // (The tagger reads "plans to hold" as a noun, "plans", before "to".)
      while (k < Math.min(sentenceLast, first + 20) && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX' && !(FUTURE_AUX.has(tokens[k].lower) && tokens[k + 1]?.lower === 'to')) k++;
      const verb = tokens[k];
      const past = verb && (PAST_AUX.has(verb.lower) || pastVerb(verb));
      if (verb && !past && tokens.slice(k, Math.min(sentenceLast, k + 2)).some((t) => FUTURE_AUX.has(t.lower) && t.lower !== 'next')) return true;
    }
  }
  for (let i = Math.max(sentenceFirst, first - 10); i < Math.min(sentenceLast, first + 4); i++) {
    // "next to the embassy" is a place, not the future.
    // ("It had been due to expire Friday", "had been scheduled to expire at midnight Friday": a future seen from the
    // past perfect lies behind.)
    if (FUTURE_AUX.has(tokens[i].lower) && tokens[i].lower !== 'next' && tokens.slice(Math.max(sentenceFirst, i - 3), i).some((t) => t.lower === 'had')) continue;
    // ("is set to vote", "The vote is set for mid-December": not "was set for Friday" or "had been set for December",
    // seen from the past.)
    const set = tokens[i].lower === 'set' && (tokens[i + 1]?.lower === 'to' || (tokens[i + 1]?.lower === 'for' && SET_FOR.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower !== 'had'));
    if ((FUTURE_AUX.has(tokens[i].lower) && !(tokens[i].lower === 'next' && tokens[i + 1]?.lower === 'to')) || set || (tokens[i].lower === 'to' && i + 1 < first && tokens[i - 1] && ['is', 'are', 'going'].includes(tokens[i - 1].lower))) return true;
  }
  return false;
}

/** "The vote closes at 5 p.m. on Friday", "The law takes effect on Dec. 31": a verb in the present that governs the
 *  date (up to `reach` tokens before it), or a present "be" right before it, tells what is scheduled. (Not a date
 *  that names something, "follows Tuesday's declaration", nor one that is the subject, "says Friday was a disaster".) */
function isScheduled(tokens: readonly Token[], first: number, last: number, s: Sentence, reach: number): boolean {
  const after = last < s.lastToken ? tokens[last] : undefined;
  if (after && (isPossessiveS(after) || after.pos === 'VERB' || after.pos === 'AUX')) return false;
  // (Nor a figure dated, "That follows 292,000 in June"; nor a plural noun read as a verb, "offered promises Monday".)
  for (let i = first - 1; i >= Math.max(s.firstToken, first - reach); i--) {
    const t = tokens[i];
    if (t.pos === 'NUM' && !CLOCK_END.test(t.lower) && !CLOCK_END.test(tokens[i + 1].lower)) return false;
    // ("The deadline is Friday", "The election is on Sunday", "The vote is at 5 p.m. on Friday": a present "be" right
    // before the day, or before its hour, sets it ahead.)
    if (t.pos === 'AUX' && PRESENT_BE.has(t.lower) && clockBetween(tokens, i + 1, first)) return true;
    // ("He and Arafat meet separately Monday with Albright": the plain present after its subject too.)
    if (t.pos === 'VERB' || t.pos === 'AUX') return t.pos === 'VERB' && !['VERB', 'AUX'].includes(tokens[i - 1]?.pos ?? '') &&
      ((t.lower !== t.lemma && /[^s]s$/.test(t.lower)) || (t.value === t.lemma && !REPORTING.has(t.lemma) && plainSubject(tokens, i - 1, s.firstToken)));
  }
  return false;
}

const PRESENT_BE = new Set(['is', 'are', "'s", '’s']);

/** Whether the tokens from `a` to `b` are at most "at"/"on" and a clock time: "", "on", "at 5 p.m. on", "midnight". */
function clockBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!(t.lower === 'on' || t.lower === 'at' || CLOCK_END.test(t.lower) || TIME_ZONE.test(t.value) || (t.pos === 'NUM' && k + 1 < b && CLOCK_END.test(tokens[k + 1].lower)))) return false;
  }
  return true;
}

/** A subject of a plain present ends at `k`: "they", "we", or a name not inside a noun phrase ("He and Palestinian
 *  leader Yasser Arafat"; not "the Republican race"). (The verb is in lower case: "Sen. Ted Cruz" is a name.) */
function plainSubject(tokens: readonly Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  if (!t || k < floor) return false;
  if (t.pos === 'PRON') return PLAIN_PRESENT_PRONOUNS.has(t.lower);
  if (t.pos !== 'PROPN') return false;
  let j = k;
  while (j > floor && tokens[j - 1].pos === 'PROPN') j--;
  const before = j > floor ? tokens[j - 1] : undefined;
  return !before || !(before.pos === 'DET' || before.pos === 'ADJ' || isPossessiveS(before) || POSSESSIVE.has(before.lower));
}
const PLAIN_PRESENT_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
// ("Officials say Monday was calm": a verb that reports tells of no schedule.)
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'confirm']);
// Past forms of the verbs "be", "have", "do"; other past verbs are found by their lemma.
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** A verb in its past form: "introduced", "bought" (not "plans"). */
const pastVerb = (t: Token): boolean => t.pos === 'VERB' && pastForm(t);
// Before "a week", "a year": a number or these make it a rate ("twice a week", "$5 million a year").
const RATE_WORDS = new Set(['times', 'once', 'twice', 'thrice', 'million', 'billion', 'thousand', 'hundred', 'dollars', 'cents', 'percent']);

/** "Mr. Clinton said the gathering in September would be the last": inside the subject of a reported clause, the
 *  expression goes with the clause's verb after it, here a future. */
function reportedFuture(tokens: readonly Token[], first: number, last: number, s: Sentence): boolean {
  let i = first - 1;
  while (i >= Math.max(s.firstToken, first - 8) && tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX') i--;
  if (i < s.firstToken || tokens[i].pos !== 'VERB' || !REPORTING.has(tokens[i].lemma) || tokens[i].lemma === 'tell') return false;
  // (A subject between: "said the gathering in September"; not "said in September", nor "said Monday that ...".)
  if (!tokens.slice(i + 1, first).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') || tokens[last]?.lower === 'that') return false;
  for (let k = last; k < Math.min(s.lastToken, last + 8); k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',' || END_PUNCT.has(t.value)) return (t.lower === 'will' || t.lower === 'would' || t.lower === "'ll") && t.pos === 'AUX';
  }
  return false;
}

/** A quarter before results in a sentence that reports them: "will report fourth-quarter results", "posted
 *  third-quarter profit". */
function reportedResults(tokens: readonly Token[], last: number, s: Sentence): boolean {
  if (last >= s.lastToken || !RESULT_NOUNS.has(tokens[last].lower) || tokens[last - 1].lower !== 'quarter') return false;
  for (let k = s.firstToken; k < s.lastToken; k++) if (tokens[k].pos === 'VERB' && REPORTING_RESULTS.has(tokens[k].lemma)) return true;
  return false;
}
const RESULT_NOUNS = new Set(['results', 'earnings', 'profit', 'profits', 'loss', 'losses', 'sales', 'revenue', 'revenues', 'figures', 'numbers']);
const REPORTING_RESULTS = new Set(['report', 'post', 'announce', 'release', 'publish', 'unveil']);

/** The verb the expression follows is in the past tense: "was introduced in January", "bought RJR in February"; not "would be paid in January". */
function isPast(tokens: readonly Token[], first: number, last: number, sentenceFirst: number, sentenceLast: number): boolean {
  // "on patrol since March": what something has lasted since lies behind.
  if (first > sentenceFirst && tokens[first - 1].lower === 'since') return true;
  let i = first - 1;
  const stop = Math.max(sentenceFirst, first - 12);
  const future = (t: Token) => FUTURE_AUX.has(t.lower) && t.pos !== 'NOUN';
  const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX' || future(t);
  while (i >= stop && !isVerb(tokens[i])) i--;
  // "In January, a week after the anniversary, a bomb exploded": fronted, the expression goes with the verb after it.
  if (i < sentenceFirst) {
    i = last;
    while (i < Math.min(sentenceLast, last + 15) && !isVerb(tokens[i])) i++;
    if (i >= Math.min(sentenceLast, last + 15)) return false;
  }
  // The nearest word of the future wins over a past verb further back: "a pact effective June 1", "planned for Saturday".
  if (i < stop || future(tokens[i])) return false;
  const verb = tokens[i];
  if (PAST_AUX.has(verb.lower)) return true;
  if (!pastVerb(verb)) return false;
  // The auxiliaries before the verb decide: "was paid" past, "would be paid" / "has paid" not.
  for (let j = i - 1; j >= Math.max(sentenceFirst, i - 3); j--) {
    const t = tokens[j];
    if (t.pos === 'AUX' || t.lower === 'to') return PAST_AUX.has(t.lower);
    if (t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return true;
}

export const dates: Stage = {
  name: 'dates',
  requires: ['ingest', 'tokens', 'sentences'],
  provides: ['dates'],
  run(doc: Document): Partial<Document> {
    const { text, meta } = doc;
    const tokens = doc.tokens!;
    const sentences = doc.sentences!;
    const reference = doc.ingest!.referenceDate;
    const extents: Extent[] = [];
    // The dateline ("March 06, 2008" under the title) is a date of the text too.
    if (doc.ingest!.dateline) extents.push({ ...doc.ingest!.dateline });
    for (const s of sentences) extents.push(...patternExtents(tokens, s));
    // Widen to whole tokens and TimeML's extent, then keep the longest of overlapping extents.
    const widened: Array<Extent & { first: number; last: number }> = [];
    for (const e of extents) {
      const first = tokenAt(tokens, e.start);
      let last = tokenAt(tokens, e.end - 1) + 1;
      if (first >= tokens.length || last <= first) continue;
      last = Math.min(last, tokens.length);
      const s = sentences[tokens[first].sentence];
      const [a, b] = widen(tokens, first, last, s.firstToken);
      widened.push({ start: tokens[a].start, end: tokens[b - 1].end, hint: e.hint, first: a, last: b });
    }
    widened.sort((x, y) => x.start - y.start || y.end - x.end);
    const out: DateItem[] = [];
    let lastEnd = -1;
    for (const e of widened) {
      if (e.start < lastEnd) continue;
      const s = sentences[tokens[e.first].sentence];
      const surface = text.slice(e.start, e.end);
      if (inName(tokens, e.first, e.last, s) && !isTitleCase(tokens, s, text.slice(s.start, s.end))) continue;
      if (AGE.test(surface) || (/\d0s$/.test(surface) && isAgeDecade(tokens, e.first, s.firstToken))) continue;
      // "rose to the low 50s", "in the mid-40s": a range of figures (a decade of years is written "the 1950s", "the '50s").
      if (/^(?:the )?\d0s$/i.test(surface) && e.first > s.firstToken && (FIGURE_RANGE.has(tokens[e.first - 1].lower) || isTemperature(tokens, s))) continue;
      // "Schwarz, 52 years old,": an age.
      if (e.hint === 'DURATION' && e.last < s.lastToken && tokens[e.last].lower === 'old' && /^\S+ years?$/i.test(surface)) continue;
      // "in the early hours of Sunday", "the early morning hours", "the wee hours": a time of night, no length.
      if (tokens[e.last - 1].lower === 'hours' && e.last - 2 >= s.firstToken && HOURS_OF_NIGHT.has(tokens[e.last - 2].lower)) continue;
      // "shot on the night of Oct. 23": TimeBank marks the day alone.
      if (e.last + 1 < s.lastToken && tokens[e.last].lower === 'of' && DAY_PARTS.has(tokens[e.last - 1].lower) && e.last - e.first <= 2 && isMonth(tokens[e.last + 1]) && upperAt(tokens[e.last + 1].value, 0)) continue;
      const lastWord = tokens[e.last - 1];
      // "Good evening from Havana": a greeting.
      if (e.last - e.first === 1 && e.first > s.firstToken && tokens[e.first - 1].lower === 'good' && DAY_PARTS.has(lastWord.lower)) continue;
      if (FREQUENCY.test(lastWord.value) && e.last < s.lastToken && (tokens[e.last].pos === 'NOUN' || tokens[e.last].pos === 'ADJ')) continue;
      const sentence = text.slice(s.start, s.end);
      const quarterly = !MONTHS_TO_DATE.test(sentence) && (QUARTERLY.test(sentence) || (/^(?:a|the) year (?:ago|earlier)$|year-(?:ago|earlier)/i.test(surface) && EARNINGS.test(text)));
      const periodEnded = e.last < s.lastToken && (tokens[e.last].lower === 'ended' || tokens[e.last].lower === 'ending');
      // The verb the expression follows decides first: "plans announced in January" is past.
      // ("will report fourth-quarter results later this month" in January: results reported are of a period that has
      // ended, whatever the tense.)
      const results = reportedResults(tokens, e.last, s);
      const ahead = !results && reportedFuture(tokens, e.first, e.last, s);
      const past = results || (!ahead && isPast(tokens, e.first, e.last, s.firstToken, s.lastToken));
      // (A day, or a month right after its verb, "The trial begins in November": "The data covers the period from
      // January to March" is the months just past.)
      const future = ahead || !past && (isFuture(tokens, e.first, s.firstToken, s.lastToken) || (/\d|day\b/i.test(surface) ? isScheduled(tokens, e.first, e.last, s, 8) : e.last - e.first === 1 && isMonth(tokens[e.first]) && isScheduled(tokens, e.first, e.last, s, 3)));
      const before = e.first > s.firstToken ? tokens[e.first - 1] : undefined;
      const rate = !!before && (before.pos === 'NUM' || before.pos === 'NOUN' || RATE_WORDS.has(before.lower) || hasDigit(before.value));
      const verb = before?.lower === 'on' && e.first - 2 >= s.firstToken ? tokens[e.first - 2] : before;
      const pastVerbBefore = past && verb?.pos === 'VERB';
      let norm = normalize(surface, { reference, future, past, hint: e.hint, quarterly, periodEnded, rate, pastVerbBefore });
      let start = e.start;
      // A determiner or modifier that the value does not accept is dropped again: "the 2017" -> "2017".
      for (let a = e.first; !norm && a + 1 < e.last && PREFIX.has(tokens[a].lower); a++) {
        start = tokens[a + 1].start;
        norm = normalize(text.slice(start, e.end), { reference, future: isFuture(tokens, a + 1, s.firstToken, s.lastToken), hint: e.hint, quarterly, periodEnded });
      }
      if (!norm) continue;
      // "Early one evening in June", "one recent afternoon", "On a recent evening": some day's part, not the reference
      // day's nor the last day named.
      const head = start === e.start ? e.first : tokenAt(tokens, start);
      if (norm.rule === 'time:part-of-day' && e.last - head === 1) {
        const recent = tokens[head - 1]?.lower === 'recent';
        const one = recent ? head - 2 : head - 1;
        if (one >= s.firstToken && (tokens[one].lower === 'one' || (recent && tokens[one].lower === 'a'))) {
          start = tokens[one].start;
          norm = { ...norm, value: `XXXX-XX-XX${norm.value.slice(10)}`, rule: 'time:some-part-of-day' };
        }
      }
      lastEnd = e.end;
      // "three days later": the extent is the length of time alone.
      const end = norm.rule === 'dur:later' ? tokens[e.last - 2].end : e.end;
      out.push({ id: stableId('date', meta.id, start, end), start, end, text: text.slice(start, end), type: norm.type, value: norm.value, rule: norm.rule });
    }
    // A clock time takes the day written right before it ("February 6, 2016 9:33PM", "Feb. 6, 2016, at 9:33 p.m."), else
    // the one right after it ("16:15 UTC, June 1st", "10:35 a.m. (0735 GMT) Friday", "7 a.m. local time on Sunday", "at
    // midnight on Dec. 31"; MEANTIME keeps the two extents apart).
    const fullDay = (d: DateItem | undefined): d is DateItem => !!d && d.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(d.value);
    for (let k = 0; k < out.length; k++) {
      const [before, time, after] = [out[k - 1], out[k], out[k + 1]];
      if (!CLOCK_RULES.has(time.rule)) continue;
      const day = fullDay(before) && DAY_TO_CLOCK.test(text.slice(before.end, time.start)) ? before : fullDay(after) && CLOCK_TO_DAY.test(text.slice(time.end, after.start)) ? after : undefined;
      if (day) out[k] = { ...time, value: day.value + time.value.slice(10) };
    }
    rangeYears(out, text);
    weekdaysInOrder(out, tokens);
    reportedQuarter(out, reference, doc.sentences!);
    resolveAnaphora(out, text, meta.id);
    return { dates: out };
  },
};

const CLOCK_RULES = new Set(['time:clock', 'chrono:time', 'time:noon', 'time:midnight']);
// What may stand between a clock time and the day after it: a comma, "on", "local time", the time elsewhere in parentheses;
// between the day and a clock time after it: a comma, "at".
const CLOCK_TO_DAY = /^(?: local time)?(?: \([^()\n]{1,24}\))?,? (?:on )?$/;
const DAY_TO_CLOCK = /^,? (?:at )?$/;

// "that year", "the same day", "later that month", "the full year": the period of the date the text last named, not the reference date's.
const ANAPHORIC = /^(?:(?:later|earlier) )?(?:that|the same|that same|the full|the entire|the whole) (day|week|month|year)\.?$|^the (day)$/i;
const GRANULE: Record<string, RegExp> = { day: /^\d{4}-\d\d-\d\d/, week: /^\d{4}-\d\d-\d\d/, month: /^\d{4}-\d\d/, year: /^\d{4}/ };

// "the same month a year ago", "the same period last year": the period last named, a year before.
const SAME_PERIOD = /^the same (day|week|month|quarter|period)$/i;
const YEAR_BEFORE = /^(?:a year (?:ago|earlier|before)|last year|the (?:previous|prior) year|the year before)$/i;

/** The value of the latest date before item k that is at least as fine as the unit ('period': month or quarter). */
function priorValue(out: readonly DateItem[], k: number, unit: string): string | null {
  for (let j = k - 1; j >= 0; j--) {
    const prior = out[j];
    if (prior.type !== 'DATE' && prior.type !== 'TIME') continue;
    if (unit === 'period') {
      const g = /^\d{4}-(?:Q\d|\d\d)/.exec(prior.value);
      if (g) return g[0];
      continue;
    }
    const g = GRANULE[unit]?.exec(prior.value);
    if (g) return unit === 'week' ? formatWeek(parseYmd(g[0])!) : g[0];
  }
  return null;
}

const MONTH_RULES = new Set(['abs:month-day', 'abs:day-month']);
// What joins the two ends of a range: "April-June", "from April to June", "Aug. 26 through Oct. 20", "between March and May".
const RANGE_JOIN = /^ ?(?:[-–—]|to|through|until|till|and) ?$/;

/** "Growth slowed in the April-June period", "from Dec. 1 to March 31": the two ends of a range of months or days
 *  lie in order. Each end was resolved alone (a past clause in April makes "April" this one and "June" last year's),
 *  so an end before its start moves: the start a year back, or, when the start's year is written, the end a year
 *  ahead; a start without its year takes the end's written one. */
function rangeYears(out: DateItem[], text: string): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k], out[k + 1]];
    if (!MONTH_RULES.has(a.rule) || !MONTH_RULES.has(b.rule) || a.value.startsWith('X') || b.value.startsWith('X')) continue;
    const join = text.slice(a.end, b.start);
    if (!RANGE_JOIN.test(join) || (join.trim() === 'and' && !/\bbetween $/i.test(text.slice(Math.max(0, a.start - 8), a.start)))) continue;
    const n = Math.min(a.value.length, b.value.length);
    const aYear = /\d{4}/.test(a.text);
    // ("from March to December 2014": the start takes the end's year.)
    if (!aYear && /\d{4}/.test(b.text)) {
      const year = b.value.slice(0, 4);
      const start = year + a.value.slice(4);
      out[k] = { ...a, value: start.slice(0, n) <= b.value.slice(0, n) ? start : String(Number(year) - 1) + a.value.slice(4) };
      continue;
    }
    if (a.value.slice(0, n) <= b.value.slice(0, n)) continue;
    const shift = (d: DateItem, years: number): DateItem => ({ ...d, value: String(Number(d.value.slice(0, 4)) + years) + d.value.slice(4) });
    if (!aYear) out[k] = shift(a, -1);
    else out[k + 1] = shift(b, 1);
  }
}

/** "The ministry said Monday that talks would resume Wednesday", "the men, who landed on Tuesday, would appear in
 *  court on Saturday": a weekday in a clause of "would" after another weekday of the same sentence lies after it
 *  (each was resolved alone, the second to the latest one before the publication date). */
function weekdaysInOrder(out: DateItem[], tokens: readonly Token[]): void {
  for (let k = 1; k < out.length; k++) {
    const [a, b] = [out[k - 1], out[k]];
    if (a.rule !== 'rel:weekday' || b.rule !== 'rel:weekday' || !/^\d{4}-\d\d-\d\d$/.test(a.value) || !/^\d{4}-\d\d-\d\d$/.test(b.value) || b.value > a.value) continue;
    const first = tokenAt(tokens, a.end - 1);
    const last = tokenAt(tokens, b.start);
    if (tokens[first].sentence !== tokens[last].sentence) continue;
    let would = false;
    for (let i = first + 1; i < last; i++) if (tokens[i].lower === 'would' || tokens[i].lower === "'d") would = true;
    if (!would) continue;
    const from = parseYmd(a.value)!;
    const ahead = ((weekday(parseYmd(b.value)!) - weekday(from) + 7) % 7) || 7;
    out[k] = { ...b, value: formatYmd(addDays(from, ahead)) };
  }
}

/** An earnings report names its quarter first ("Net rose in the fiscal first quarter", "Fourth-quarter net rose"):
 *  "the quarter" and "the latest period" are that one, "a year earlier" the same quarter a year before, not the
 *  calendar quarter before publication the rules assume when the text names none. */
function reportedQuarter(out: DateItem[], reference: string | null, sentences: readonly Sentence[]): void {
  const ref = reference ? parseYmd(reference) : null;
  if (!ref) return;
  // (A quarter of the last twelve months: "in the third quarter of 1984" is history, not the report.)
  const now = ref.y * 4 + Math.ceil(ref.m / 3) - 1;
  let named: string | null = null;
  // ("Separately, America West reported third-quarter profit jumped 45% ... from $4 million a year earlier": a
  // quarter named in the sentence governs it.)
  let local: { value: string; sentence: number } | null = null;
  let sentence = 0;
  for (let k = 0; k < out.length; k++) {
    const d = out[k];
    while (sentence + 1 < sentences.length && sentences[sentence].end <= d.start) sentence++;
    if (d.rule === 'abs:quarter' && /^\d{4}-Q\d$/.test(d.value)) {
      const q = Number(d.value.slice(0, 4)) * 4 + Number(d.value[6]) - 1;
      if (q <= now && q >= now - 4) {
        named ??= d.value;
        local = { value: d.value, sentence };
      }
      continue;
    }
    const governing = local && local.sentence === sentence ? local.value : named;
    if (governing === null) continue;
    if (d.rule === 'rel:reported-quarter') out[k] = { ...d, value: governing };
    else if (d.rule === 'rel:year-ago-quarter') out[k] = { ...d, value: `${Number(governing.slice(0, 4)) - 1}${governing.slice(4)}` };
  }
}

function resolveAnaphora(out: DateItem[], text: string, docId: string): void {
  for (let k = 0; k < out.length; k++) {
    // "the same period" may have come without its determiner ("period" alone is a reported quarter).
    const opening = /the same $/i.test(text.slice(Math.max(0, out[k].start - 9), out[k].start)) ? out[k].start - 9 : out[k].start;
    const same = SAME_PERIOD.exec(text.slice(opening, out[k].end));
    const next = out[k + 1];
    if (same && next && YEAR_BEFORE.test(next.text) && /^ (?:of )?$/.test(text.slice(out[k].end, next.start))) {
      const value = priorValue(out, k, same[1].toLowerCase());
      if (value && /^\d{4}-(?:Q\d|\d\d)(?:-\d\d)?$/.test(value)) {
        const merged = { ...out[k], start: opening, end: next.end, text: text.slice(opening, next.end), type: 'DATE' as const, value: `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`, rule: 'rel:same-period-year-before' };
        out.splice(k, 2, { ...merged, id: stableId('date', docId, merged.start, merged.end) });
        continue;
      }
    }
    // "the next morning", "the following year", "the previous day": one unit on from the date last named.
    const step = out[k].rule === 'rel:sequel' ? sequel(out[k].text.toLowerCase()) : null;
    if (step) {
      const { unit, dir } = step;
      const granule = unit === 'month' || unit === 'year' ? unit : 'day';
      const prior = priorValue(out, k, granule);
      if (prior) {
        let value: string;
        if (granule === 'year') value = String(Number(prior) + dir);
        else if (granule === 'month') {
          const { y, m } = addMonths(Number(prior.slice(0, 4)), Number(prior.slice(5, 7)), dir);
          value = formatYm(y, m);
        } else value = formatYmd(addDays(parseYmd(prior)!, dir)) + (unit === 'day' ? '' : `T${PART_CODES[unit]}`);
        out[k] = { ...out[k], value, rule: 'rel:anaphoric-sequel' };
      }
      continue;
    }
    // "in morning trading", "the evening": a part of the day last named.
    if (out[k].rule === 'time:part-of-day' && /^(?:the )?(?:morning|afternoon|evening|night)$/i.test(out[k].text)) {
      const day = priorValue(out, k, 'day');
      if (day) out[k] = { ...out[k], value: day + out[k].value.slice(10), rule: 'time:anaphoric-part-of-day' };
      continue;
    }
    // "the quarter a year ago": one period, the reported quarter a year before (the value "a year ago" has in earnings news).
    if (next && /^the (?:quarter|period)$/i.test(out[k].text) && /^a year (?:ago|earlier)$/i.test(next.text) && text.slice(out[k].end, next.start) === ' ' && /-Q\d$/.test(next.value)) {
      const end = next.end;
      out.splice(k, 2, { ...next, id: stableId('date', docId, out[k].start, end), start: out[k].start, end, text: text.slice(out[k].start, end) });
      continue;
    }
    const m = ANAPHORIC.exec(out[k].text);
    if (!m || out[k].type !== 'DATE') continue;
    const value = priorValue(out, k, (m[1] ?? m[2]).toLowerCase());
    // "forecast an increase for the full year" after a later year was named: still the report's own year.
    if (value && /^the (?:full|entire|whole) /i.test(out[k].text) && value > out[k].value) continue;
    if (value) out[k] = { ...out[k], value, rule: 'rel:anaphoric' };
  }
}
