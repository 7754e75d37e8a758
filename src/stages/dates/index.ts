// Dates: TIMEX3 extents (wink-nlp's DATE/TIME/DURATION entities plus the expressions it misses), widened to
// TimeML's extent ("the last week", "recent weeks"), then normalized against the reference date.
import type { Document, Sentence, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { DateItem, Span } from '../../schema/record.js';
import { stableId } from '../../util/id.js';
import { tokenAt } from '../../util/span.js';
import { normalize } from './normalize.js';

// Expressions wink-nlp's lite model does not mark: "now", "recently", "the future", "daily", "third-quarter",
// years after a preposition ("since 1990"), abbreviated months ("Sept. 30"), holidays.
const EXTRA_ANY_CASE = new RegExp([
  String.raw`\b(?:now|currently|current|recently|recent|nowadays|the (?:past|future|present)|the near future|daily|weekly|monthly|annually|yearly|quarterly|today|yesterday|tomorrow|tonight)\b`,
  String.raw`\brecent (?:days|weeks|months|years|decades)\b`,
  String.raw`\bthe (?:week|month|year|quarter|weekend|day|fiscal year)\b`,
  String.raw`\bthe (?:latest|most recent|same|comparable|year-earlier|year-ago) (?:quarter|period)\b`,
  String.raw`\b(?:first|second|third|fourth|final)[- ]quarter\b`,
  String.raw`\bfiscal \d{4}\b`,
  String.raw`\b(?:each|every) (?:day|week|month|year|quarter|night|morning|evening|season|weekend|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  String.raw`\b(?:spring|summer|autumn|winter)(?: of \d{4})?\b`,
  String.raw`\b(?:last|this|next) fall\b`,
  String.raw`\b(?:this|last|next|the current|the coming|the past|the previous) (?:week|month|year|quarter|weekend|decade|morning|afternoon|evening|night)\b`,
  String.raw`\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:year|month|week|day|decade)s? (?:ago|earlier|later|before)\b`,
  String.raw`\byear-(?:end|earlier|ago)\b`,
  String.raw`\b(?:the )?(?:end|beginning|start|middle) of (?:this|last|next|the) (?:year|month|week|quarter|decade)\b`,
].join('|'), 'gi');
// "5 p.m. EST, Nov. 9", "Saturday, April 25": a time or weekday before a month and day belongs to its extent.
const WEEKDAY_NAME = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const CLOCK_BEFORE = String.raw`(?:\d{1,2}(?::\d\d)? [ap]\.m\. (?:[ECMP][SD]T,? )?)?(?:${WEEKDAY_NAME},? )?`;
// Case matters for these: "Sept. 30", "March 6" (not "may 5"), years after a preposition, holidays.
const EXTRA_CASED = new RegExp([
  String.raw`(?<=\b(?:in|since|until|till|by|from|through|before|after|during|of|between|and|to|early|late|mid|year|that|this|In|Since|By|Until|From|Before|After|During)\s)(?:1[6-9]\d\d|20\d\d)\b(?![,.]?\d|\s*(?:%|percent|people|shares|troops|units|votes|cars|tons|feet|miles|men|women)\b)`,
  String.raw`\b${CLOCK_BEFORE}(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\. \d{1,2}(?:, \d{4})?\b`,
  String.raw`\b${CLOCK_BEFORE}(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?\b`,
  String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:this|last|next) year\b`,
  // "the 70s and 80s": decades without the century, after "the" (not ages: "in his 70s").
  String.raw`(?<=\bthe (?:(?:'|’)?[1-9]0s (?:and|or|to) )?)(?:'|’)?[1-9]0s\b`,
  String.raw`\b(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)?|Independence Day|Labor Day|Memorial Day|Easter|Halloween|Valentine's Day)\b`,
].join('|'), 'g');
// Ages are no temporal expressions: "a 9-year-old boy".
const AGE = /^\S+-(?:year|month|week|day)s?-old$/i;
// "quarterly dividend", "daily newspaper": frequency adjectives before a noun are no SET.
const FREQUENCY = /^(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly)$/i;
// "the recent meetings", "the current quarter": these adjectives take no determiner into the extent.
const NO_DETERMINER = /^(?:recent|current)$/i;
const PREFIX = new Set(['a', 'an', 'the', 'this', 'that', 'last', 'next', 'past', 'coming', 'previous', 'recent', 'early', 'late', 'mid', 'earlier', 'later', 'about', 'around', 'nearly', 'almost', 'some', 'each', 'every', 'latest', 'first', 'final', 'same', 'several', 'few', 'current']);
const SUFFIX = new Set(['ago', 'earlier', 'later']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const CLOCK_END = /^(?:[ap]\.?m\.?|noon|midnight|\d{1,2}:\d\d)$/;
const TIME_ZONE = /^(?:[ECMP][SD]T|GMT|UTC)$/;
const DAY_NAME = new RegExp(`^(?:${WEEKDAY_NAME}|today|yesterday|tomorrow)$`);
const HYPHEN_SUFFIX = new Set(['earlier', 'ago', 'old', 'long', 'end']);
const NUMBER_WORD = /^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many)$/i;
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'next', 'upcoming', 'scheduled', 'plans', 'plan', 'planned', 'planning', 'expected', 'due']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
const TYPES = new Set(['DATE', 'TIME', 'DURATION']);
// Earnings news compares quarters: "a year ago" there is the same quarter a year before.
const QUARTERLY = /\bquarter|\bperiod\b/i;

interface Extent extends Span { hint?: string }

// TimeML leaves prepositions out of the extent: "since 1990" -> "1990".
const PREPOSITIONS = new Set(['since', 'by', 'until', 'till', 'from', 'in', 'on', 'at', 'during', 'through', 'within', 'for', 'after', 'before', 'around', 'to']);

function widen(tokens: readonly Token[], first: number, last: number, sentenceFirst: number): [number, number] {
  let a = first;
  while (a + 1 < last && PREPOSITIONS.has(tokens[a].lower)) a++;
  first = a;
  if (last - first === 1 && NO_DETERMINER.test(tokens[first].value)) return [first, last];
  while (a > sentenceFirst && PREFIX.has(tokens[a - 1].lower) && tokens[a - 1].end >= tokens[a].start - 1) a--;
  // "the" only opens an extent that goes on to a time word: "the last week", not "the" before "2017".
  if (a < first && tokens[a].lower === 'the' && /^\d{4}$/.test(tokens[first].value)) a++;
  // "two-year", "30-year": a number joined by a hyphen.
  if (a >= sentenceFirst + 2 && tokens[a - 1].value === '-' && tokens[a - 1].start === tokens[a - 2].end && NUMBER_WORD.test(tokens[a - 2].value)) a -= 2;
  let b = last;
  const same = (i: number) => i < tokens.length && tokens[i].sentence === tokens[last - 1].sentence;
  if (same(b) && SUFFIX.has(tokens[b].lower)) b++;
  // "year-earlier", "decades-long"; "Wednesday night".
  if (same(b + 1) && tokens[b].value === '-' && tokens[b].start === tokens[b - 1].end && HYPHEN_SUFFIX.has(tokens[b + 1].lower)) b += 2;
  if (same(b) && PARTS_OF_DAY.has(tokens[b].lower) && /day$/i.test(tokens[b - 1].value)) b++;
  // "the final quarter of 2009", "the first half of last year".
  if (same(b + 1) && tokens[b].lower === 'of' && /^(?:quarter|half)$/.test(tokens[b - 1].lower)) {
    if (/^\d{4}$/.test(tokens[b + 1].value)) b += 2;
    else if (same(b + 2) && /^(?:last|this|next)$/.test(tokens[b + 1].lower) && tokens[b + 2].lower === 'year') b += 3;
  }
  // "10 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday": a time of day and the day it falls on are one TIME.
  if (same(b) && (CLOCK_END.test(tokens[b - 1].lower) || (b - 2 >= a && TIME_ZONE.test(tokens[b - 1].value) && CLOCK_END.test(tokens[b - 2].lower)))) {
    const zone = same(b + 1) && TIME_ZONE.test(tokens[b].value) ? 1 : 0;
    if (DAY_NAME.test(tokens[b + zone].value)) b += zone + 1;
  }
  return [a, b];
}

// "in his 70s", "their early 20s": an age, not a decade.
function isAgeDecade(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  for (let i = first - 1; i >= Math.max(sentenceFirst, first - 2); i--) if (POSSESSIVE.has(tokens[i].lower)) return true;
  return false;
}

function isFuture(tokens: readonly Token[], first: number, sentenceFirst: number, sentenceLast: number): boolean {
  // "as soon as Tuesday", "as early as next week": the earliest of what is still to come.
  if (first - 3 >= sentenceFirst && tokens[first - 1].lower === 'as' && (tokens[first - 2].lower === 'soon' || tokens[first - 2].lower === 'early') && tokens[first - 3].lower === 'as') return true;
  for (let i = Math.max(sentenceFirst, first - 10); i < Math.min(sentenceLast, first + 4); i++) {
    if (FUTURE_AUX.has(tokens[i].lower) || (tokens[i].lower === 'set' && tokens[i + 1]?.lower === 'to') || (tokens[i].lower === 'to' && i + 1 < first && tokens[i - 1] && ['is', 'are', 'going'].includes(tokens[i - 1].lower))) return true;
  }
  return false;
}

/**
 * Extents of the patterns above, read from the tokens: each sentence is spelled from its tokens (one space where
 * the text has any white space) and every match is mapped back to the tokens it covers.
 */
function patternExtents(tokens: readonly Token[], s: Sentence): Extent[] {
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
  for (const re of [EXTRA_ANY_CASE, EXTRA_CASED]) {
    for (const m of spelled.matchAll(re)) {
      const first = tokenOf(m.index!);
      const last = tokenOf(m.index! + m[0].length - 1);
      const start = tokens[first].start + (m.index! - at[first - s.firstToken]);
      const endToken = tokens[last];
      const end = endToken.start + (m.index! + m[0].length - at[last - s.firstToken]);
      out.push({ start, end: Math.min(end, endToken.end) });
    }
  }
  return out;
}

export const dates: Stage = {
  name: 'dates',
  requires: ['ingest', 'tokens', 'sentences', 'numericEntities'],
  provides: ['dates'],
  run(doc: Document): Partial<Document> {
    const { text, meta } = doc;
    const tokens = doc.tokens!;
    const sentences = doc.sentences!;
    const reference = doc.ingest!.referenceDate;
    const extents: Extent[] = [];
    for (const e of doc.numericEntities!) if (TYPES.has(e.type)) extents.push({ start: e.start, end: e.end, hint: e.type });
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
      if (AGE.test(surface) || (/\d0s$/.test(surface) && isAgeDecade(tokens, e.first, s.firstToken))) continue;
      const lastWord = tokens[e.last - 1];
      if (FREQUENCY.test(lastWord.value) && e.last < s.lastToken && (tokens[e.last].pos === 'NOUN' || tokens[e.last].pos === 'ADJ')) continue;
      const quarterly = QUARTERLY.test(text.slice(s.start, s.end));
      const periodEnded = e.last < s.lastToken && (tokens[e.last].lower === 'ended' || tokens[e.last].lower === 'ending');
      let norm = normalize(surface, { reference, future: isFuture(tokens, e.first, s.firstToken, s.lastToken), hint: e.hint, quarterly, periodEnded });
      let start = e.start;
      // A determiner or modifier that the value does not accept is dropped again: "the 2017" -> "2017".
      for (let a = e.first; !norm && a + 1 < e.last && PREFIX.has(tokens[a].lower); a++) {
        start = tokens[a + 1].start;
        norm = normalize(text.slice(start, e.end), { reference, future: isFuture(tokens, a + 1, s.firstToken, s.lastToken), hint: e.hint, quarterly, periodEnded });
      }
      if (!norm) continue;
      lastEnd = e.end;
      out.push({ id: stableId('date', meta.id, start, e.end), start, end: e.end, text: text.slice(start, e.end), type: norm.type, value: norm.value, rule: norm.rule });
    }
    return { dates: out };
  },
};
