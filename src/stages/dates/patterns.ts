// Where temporal expressions are: regular expressions run over each sentence as spelled from its tokens. They find
// the extent's core ("week" in "the last week", "1990" in "since 1990"); the dates stage widens it to TimeML's extent.
import type { Sentence, Token } from '../../pipeline/document.js';
import type { Span } from '../../schema/record.js';
import { HOLIDAYS, MONTHS, WEEKDAYS } from '../../util/calendar.js';
import { hasDigit } from '../../util/span.js';

/** A found extent; `hint` 'DURATION' marks a unit word read as a length of time ("a year" -> P1Y). */
export interface Extent extends Span { hint?: 'DURATION' }

export const WEEKDAY_NAME = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Headlines in capitals too: "AUGUST 31".
const MONTH = `${MONTH_NAMES}|${MONTH_NAMES.toUpperCase()}`;
const MONTH_ABBREVIATION = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** Time zones written after a clock time: "EST", "EDT", "ET" (and CT, MT, PT), "GMT", "UTC". */
export const ZONE = String.raw`(?:[ECMP][SD]?T|GMT|UTC)`;
// "5 p.m. EST, Nov. 9", "Saturday, April 25": a time or weekday before a month and day belongs to its extent.
const CLOCK_BEFORE = String.raw`(?:\d{1,2}(?::\d\d)? [ap]\.m\. (?:${ZONE},? )?)?(?:${WEEKDAY_NAME},? )?`;
// Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand one".
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
export const SPELLED_YEAR = String.raw`(?:nineteen|eighteen)[- ](?:(?:${TENS})(?:-(?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|two thousand(?: and)?(?: (?:${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?`;
const YEAR = String.raw`(?:\d{4}|${SPELLED_YEAR})`;
/** "the twenties" ... "the nineties", in order: decade 2 to 9. */
export const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
// "twenty-four", "twenty four", "a half", "half an", "two and a half": counts of the units below.
// ("5 1/2 hours", "3½ years": a number and a fraction; "1,200 years": thousands.)
const COUNT = `an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:${TENS})(?:[- ](?:${UNITS}))?|hundred|few|several|couple of|half an?|an? half|\\d+(?: [13]/4| 1/2|[½¼¾])|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?`;
const AND_A_HALF = '[- ]and[- ]a[- ]half';

const AMOUNT = '(?:less|more|fewer) than|up to|at least';

// Lengths of time: "three years", "more than a decade", "decades", "a few weeks", "seconds" (not the ordinal
// "second"), "two and a half years", "an hour and a half", "eight trading days". "24-hour": the unit word only; the
// dates stage joins the number before a hyphen.
// (A count, "more than 10", and what may stand between it and the unit: "two more weeks", "12 consecutive quarters".)
const COUNTED = String.raw`(?:(?:${AMOUNT}) )?(?:${COUNT})`;
const RUN = '(?:(?:more|additional|straight|consecutive) )?';
// Not a unit in a compound of two ("day-to-day", "year-over-year", "quarter-on-quarter"): neither of its units.
const PAIR = '-(?:to|over|on|by|after)-';
const DURATIONS = new RegExp(String.raw`\b(?<!\w${PAIR})(?:${COUNTED}(?:${AND_A_HALF})? ${RUN}(?:(?:trading|business|working) (?=days?\b))?)?(?:seconds|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?!${PAIR})(?:${AND_A_HALF}\b)?\b` +
  // ("12 consecutive quarters", "two quarters": quarters with a count only; "the quarter" alone is a date.)
  String.raw`|\b${COUNTED} ${RUN}quarters?\b(?! of\b)`, 'iy');

// Times written with numbers alone: "the first half of 1990", "5 p.m. EST", "17:00 GMT", "the 1990s", ISO dates.
const HALF = String.raw`(?:first|second|last|latter) half of (?:\d{4}|(?:last|this|next|the) year)\b`;
// "FY2018", "FY 2019", "FY24": a fiscal year.
const FISCAL_YEAR = String.raw`fy ?(?:\d{4}|\d{2})\b`;
const CLOCK = String.raw`\d{1,2}(?::\d\d)? ?(?:[ap]\.m\.|[ap]m\b)(?: ${ZONE}\b)?`;
const CLOCK_24 = String.raw`\d{1,2}:\d\d\b(?![.:]\d)(?: ${ZONE}\b)?`;
const DECADE = String.raw`(?:1\d|20)\d0s\b|[1-9]0s\b`;
const ISO_DATE = String.raw`(?:1\d|20)\d\d-[01]\d-[0-3]\d\b`;

// Words, names and numbers of time, in any case. Each starts at a word boundary, written once in front of them all
// (a fifth faster than one per alternative); only an apostrophe decade ("the ’90s") starts on the mark before it.
// The order is the order of preference where two match at one place.
const anyCase = (alternatives: string[]) => new RegExp(String.raw`\b(?:${alternatives.join('|')})|(?:\B'|’)[1-9]0s\b`, 'iy');
const ANY_CASE = anyCase([
  String.raw`(?:now|currently|current|recently|recent|nowadays|these days|the (?:past|future|present)|the near future|the (?:near|short|long) term(?!-)|daily|weekly|monthly|annually|yearly|quarterly|today|yesterday|tomorrow|tonight)\b`,
  String.raw`recent (?:days|weeks|months|years|decades)\b`,
  // "the year two thousand", "the 1988 second quarter": one extent, before "the year" alone.
  String.raw`the year (?:\d{4}|${SPELLED_YEAR})\b|(?:the )?(?:1[5-9]|20)\d\d (?:first|second|third|fourth)[- ]quarter\b`,
  // "the year-ago quarter", "the comparable year-earlier period", "the year-earlier nine months": one extent (before
  // "the year" alone, which stops short of a hyphen: "The year-ago results" is "year-ago").
  String.raw`the (?:comparable |same |corresponding )?year-(?:ago|earlier) (?:(?:first|second|third|fourth) quarter|quarter|period|(?:three|six|nine) months)\b`,
  String.raw`the (?:week|month|year|quarter|weekend|day|fiscal year)\b(?!-)`,
  String.raw`the (?:full|entire|whole) (?:week|month|year)\b|(?:coming|future) (?:days|weeks|months|quarters|years)\b`,
  String.raw`the (?:${DECADE_WORDS.join('|')})\b`,
  String.raw`the (?:latest|most recent|same|comparable|year-earlier|year-ago) (?:quarter|period)\b`,
  String.raw`(?:first|second|third|fourth|final)[- ](?:fiscal )?quarter\b`,
  HALF,
  // "fiscal 2019", "fiscal year 2025", "the 2015 fiscal year".
  String.raw`fiscal (?:year )?\d{4}\b|(?:the )?\d{4} fiscal year\b`,
  FISCAL_YEAR,
  String.raw`(?:each|every(?: other)?) (?:day|week|month|year|quarter|night|morning|evening|season|weekend|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  String.raw`(?:spring|summer|autumn|winter)(?: of ${YEAR})?\b`,
  String.raw`(?:${SPELLED_YEAR})\b`,
  // ("in the fall", "during the fall": the season after a preposition of time; not "the fall in prices", "the fall of
  // the Berlin Wall".)
  String.raw`(?:last|this|next) fall\b|(?:the )?fall(?: of)? \d{4}\b|(?<=\b(?:in|during|over|by|until|through|since) )the fall\b(?! (?:of|in)\b)`,
  String.raw`(?:this|last|next|this past|the current|the coming|the past|the previous) (?:week|month|(?:fiscal )?year|quarter|weekend|decade|morning|afternoon|evening|night)\b`,
  String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:year|month|week|day|decade)s? (?:ago|earlier|later|from now|hence|before(?! [\w“"]))\b`,
  String.raw`year-(?:end|earlier|ago)\b|year(?:['’]s)? end\b`,
  String.raw`(?:the )?(?:end|beginning|start|middle) of (?:this|last|next|the) (?:year|month|week|quarter|decade)\b`,
  // Parts of the day and clock times: "last night", "5 p.m. EST", "10:30 am", "17:00 GMT", "noon".
  String.raw`(?:morning|afternoon|evening|night|noon|midday|midnight)\b`,
  CLOCK,
  CLOCK_24,
  String.raw`${WEEKDAY_NAME}\b`,
  // Decades and centuries: "the 1990s", "the '90s", "the 21st century"; ISO dates.
  DECADE,
  String.raw`\d{1,2}(?:st|nd|rd|th) century\b`,
  ISO_DATE,
]);
// Every other alternative holds a word of TRIGGERS' WORD list: a sentence with a number and none of them runs these.
const ANY_CASE_NUMBERS = anyCase([HALF, FISCAL_YEAR, CLOCK, CLOCK_24, DECADE, ISO_DATE]);

// Case matters for these: months ("March 6", not "march on"; "May", not "may"), years, holidays.
// "the beginning of 1990", "mid-1990"; years, not a number's name ("House Bill 1523", "Flight 1549"), not before a
// count noun ("1990 cars", which patternExtents checks on the tokens).
const YEAR_PART = String.raw`\b(?:(?:end|beginning|start|middle) of |mid-)(?:1[5-9]|20)\d\d\b(?![,.]?\d)`;
const YEAR_NUMBER = String.raw`(?<!\b(?:Bill|HB|SB|H\.R\.|S\.|No\.|Number|Flight|Route|Room|Article|Section|Resolution|Chapter|Highway|Interstate|Proposition|Prop\.|Apollo) )(?<year>\b(?:1[5-9]\d\d|20\d\d)\b)(?![,.]?\d|\s*(?:%|percent)\b)`;

// Holidays as HOLIDAYS names them, capitalized ("New Year's Eve", "St. Patrick's Day"), the longest first. Not a bare
// "New Year": it is as often the Lunar New Year, or a modifier ("the Christmas and New Year sales period").
const HOLIDAY_NAMES = Object.keys(HOLIDAYS).filter((name) => name !== 'new year').sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/(^| )(?!of )([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase()).replace(/\./g, '\\.').replace(/'/g, "['’]"))
  .join('|');

const CASED = new RegExp([
  // "the April-June quarter": one extent, a quarter.
  String.raw`\b(?:${MONTH_NAMES})[-–](?:${MONTH_NAMES}) quarter(?: of \d{4})?\b`,
  // "the week of March 6", "the week ending Nov. 15": one extent, the week (before the day alone).
  String.raw`\b(?:the )?week (?:of|ending|ended) (?:${MONTH}|${MONTH_ABBREVIATION}) \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b`,
  // "June last year", "July 1 last year", "Dec. 7 next year": the month (and day) of that year.
  String.raw`\b(?:(?:${MONTH})(?: \d{1,2}(?:st|nd|rd|th)?)?|${MONTH_ABBREVIATION} \d{1,2}(?:st|nd|rd|th)?)(?:,| of)? (?:this|last|next) year\b`,
  String.raw`\b${CLOCK_BEFORE}(?:${MONTH}|${MONTH_ABBREVIATION}) \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b`,
  // "3 March", "the 4th of July", "3rd March 2021".
  String.raw`\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH}|${MONTH_ABBREVIATION})(?:,? \d{4})?\b`,
  // "the end of November", "the beginning of 1990", "mid-March", "late-November", "June 2009".
  String.raw`\b(?:(?:end|beginning|start|middle) of |(?:mid|early|late)-)?(?:${MONTH})(?:,? ${YEAR}| of ${YEAR})?\b`,
  YEAR_PART,
  // "Q1 2019", "Q3", "H1 2019": a quarter or a half (before the year, which would match alone).
  String.raw`\bQ[1-4](?:[ -](?:FY ?)?\d{4})?\b|\bH[12][ -](?:FY ?)?\d{4}\b`,
  YEAR_NUMBER,
  // "Election Day", "the Thanksgiving holiday", "the Labor Day weekend", "Easter week", "Easter 2018".
  String.raw`(?<!\b(?:Lunar|Chinese|Jewish|Persian|Islamic|Orthodox) )\b(?:${HOLIDAY_NAMES})(?: (?:holidays?|weekend|week))?(?:,? \d{4}\b(?![,.]?\d))?\b`,
].join('|'), 'y');
// The others hold a month's or a holiday's name: a sentence with a number and none of them runs these.
const CASED_NUMBERS = new RegExp([YEAR_PART, YEAR_NUMBER].join('|'), 'y');

/**
 * The extents in one sentence: the sentence is spelled from its tokens (one space where the text has any white
 * space) and every match is mapped back to the tokens it covers.
 */
export function patternExtents(tokens: readonly Token[], s: Sentence): Extent[] {
  const found = triggers(tokens, s);
  if (found === 0) return [];
  let spelled = '';
  const at: number[] = [];
  for (let i = s.firstToken; i < s.lastToken; i++) {
    if (i > s.firstToken && tokens[i].start > tokens[i - 1].end) spelled += ' ';
    at.push(spelled.length);
    spelled += tokens[i].value;
  }
  const out: Extent[] = [];
  const tokenOf = (offset: number) => {
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return s.firstToken + lo;
  };
  // Each set of patterns runs only where one of its words (or a number) is: most sentences need one or two.
  const sets: RegExp[] = [];
  if (found & UNIT) sets.push(DURATIONS);
  if (found & WORD) sets.push(ANY_CASE);
  else if (found & DIGIT) sets.push(ANY_CASE_NUMBERS);
  if (found & NAME) sets.push(CASED);
  else if (found & DIGIT) sets.push(CASED_NUMBERS);
  // Every pattern starts at a word boundary (or on the apostrophe of "’90s"): each is tried there alone (sticky), the
  // leftmost match first and the next after its end, as a scan of the whole sentence would find them, in a fifth of
  // the time (the scan tries each alternative at every character).
  const starts = matchStarts(spelled);
  for (const re of sets) {
    let after = 0;
    for (const p of starts) {
      if (p < after) continue;
      re.lastIndex = p;
      const m = re.exec(spelled);
      if (m === null) continue;
      after = p + m[0].length;
      // "May I ask": a month name opening a sentence before a lower-case word is the verb.
      if (m.index === 0 && m[0] === 'May') continue;
      const first = tokenOf(m.index!);
      const last = tokenOf(m.index! + m[0].length - 1);
      // "Trump May Be Aligning", "Sanders may not win": before a verb's base form it is the verb.
      if (m[0] === 'May' && notMonth(first > s.firstToken ? tokens[first - 1] : undefined, tokens[last + 1])) continue;
      if (m.groups?.year && isCountNoun(tokens[last + 1])) continue;
      const start = tokens[first].start + (m.index! - at[first - s.firstToken]);
      const endToken = tokens[last];
      const end = endToken.start + (m.index! + m[0].length - at[last - s.firstToken]);
      out.push(re === DURATIONS ? { start, end: Math.min(end, endToken.end), hint: 'DURATION' } : { start, end: Math.min(end, endToken.end) });
    }
  }
  return out;
}

/** Where a pattern may start: a word's first letter or digit (\b before \w, as the patterns read it), an apostrophe. */
function matchStarts(spelled: string): number[] {
  const out: number[] = [];
  let inWord = false;
  for (let i = 0; i < spelled.length; i++) {
    const c = spelled.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if ((word && !inWord) || c === 39 || c === 0x2019) out.push(i);
    inWord = word;
  }
  return out;
}

/** "May" the verb ("Trump May Be Aligning", "Sanders may not win") or the name ("Theresa May said", "May told MPs"). */
function notMonth(before: Token | undefined, next: Token | undefined): boolean {
  if (!next) return false;
  if ((next.lower === 'said' || next.lower === 'says' || next.lower === 'told') && before?.pos !== 'ADP') return true;
  if (!before) return false;
  if (before.pos === 'PROPN' && WEEKDAYS[before.lower] === undefined && !/^\d/.test(next.value)) return true;
  return SUBJECT.has(before.pos) && (next.lower === 'be' || next.lower === 'have' || next.lower === 'not' || (next.pos === 'VERB' && next.lower === next.lemma));
}
const SUBJECT = new Set(['PROPN', 'NOUN', 'PRON']);

/** "1990 cars", "2000 people": a plural noun after a number makes it a count, not a year. */
function isCountNoun(token: Token | undefined): boolean {
  return !!token && token.pos === 'NOUN' && /[a-rt-z]s$/.test(token.lower);
}

// Every pattern above holds a number or one of these words: a sentence without any is not searched (half of all
// sentences; the patterns cost more than this look-up). UNIT words start DURATIONS, NAME words (months, holidays) the
// CASED patterns, WORD words ANY_CASE; numbers may start ANY_CASE and CASED.
const DIGIT = 1;
const UNIT = 2;
const NAME = 4;
const WORD = 8;
export const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];
const TRIGGERS = new Map<string, number>();
const trigger = (flag: number, words: string[]) => { for (const w of words) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | flag); };
trigger(UNIT, [...TIME_UNITS, ...TIME_UNITS.map((u) => `${u}s`), 'quarters']);
trigger(WORD, [
  'now', 'currently', 'current', 'recently', 'recent', 'nowadays', 'past', 'future', 'present', 'daily', 'weekly',
  'monthly', 'annually', 'yearly', 'quarterly', 'today', 'yesterday', 'tomorrow', 'tonight', 'period', 'season',
  'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'quarter', 'century', 'spring', 'summer', 'autumn', 'winter', 'fall',
  'morning', 'afternoon', 'evening', 'night', 'noon', 'midday', 'midnight', 'fiscal', 'term',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'nineteen', 'eighteen', 'thousand', 'quarters',
  ...DECADE_WORDS,
]);
trigger(NAME, [...Object.keys(MONTHS).flatMap((m) => [m, `${m}.`]), 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  // One-word holidays ("Thanksgiving", "Juneteenth"); the others are caught by "Day" or their first two words below.
  ...Object.keys(HOLIDAYS).filter((name) => !name.includes(' '))]);
const HOLIDAY_PAIRS = new Set(Object.keys(HOLIDAYS).filter((name) => name.includes(' ')).map((name) => name.split(' ').slice(0, 2).join(' ').replace(/['’]s$/, '')));
// (Their first words, looked up before a pair is built: most tokens open none.)
const HOLIDAY_FIRST = new Set([...HOLIDAY_PAIRS].map((pair) => pair.split(' ')[0]));
// "four-year", "year-end", "decades-long": a unit inside a hyphenated word.
const HYPHENATED_UNIT = new RegExp(`(?:^|-)(?:${TIME_UNITS.join('|')})s?(?:-|$)`);
const HYPHENATED_WORD = /(?:^|-)(?:end|earlier|ago|quarter)(?:-|$)/;

/** Which pattern sets the sentence can match (0: none). */
function triggers(tokens: readonly Token[], s: Sentence): number {
  let found = 0;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i];
    found |= TRIGGERS.get(t.lower) ?? 0;
    // "New Year's Day", "Labor Day", "Good Friday", "Black Friday": the other holidays, by their first two words.
    if (t.value === 'Day' || (HOLIDAY_FIRST.has(t.lower) && i + 1 < s.lastToken && HOLIDAY_PAIRS.has(`${t.lower} ${tokens[i + 1].lower}`))) found |= NAME;
    if (hasDigit(t.value)) found |= DIGIT;
    if (t.lower.includes('-')) {
      if (HYPHENATED_UNIT.test(t.lower)) found |= UNIT | WORD;
      if (t.lower.startsWith('mid-')) found |= NAME | DIGIT;
      if (HYPHENATED_WORD.test(t.lower)) found |= WORD;
    }
  }
  return found;
}
