// TimeML normalization of one temporal expression against a reference date (or none: underspecified values).
import { DECADE_WORDS, SPELLED_YEAR, ZONE } from './patterns.js';
// chrono-node's English parser alone: the package root loads every locale (160 against 40 ms at start-up).
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import {
  HOLIDAYS, MONTHS, WEEKDAYS, addDays, addMonths, daysFrom, daysInMonth, formatWeek, formatYm, formatYmd, pad, parseYmd, weekday, type Ymd,
} from '../../util/calendar.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export interface Normalized { type: TimexType; value: string; rule: string }
export interface NormalizeContext {
  /** YYYY-MM-DD or null when unknown. */
  reference: string | null;
  /** The clause speaks of the future ("will meet on Friday"). */
  future: boolean;
  /** The clause is in the past tense ("was introduced in January"), and does not speak of the future. */
  past?: boolean;
  /** Type proposed by the extent finder (wink-nlp's entity type), if any. */
  hint?: string;
  /** The sentence speaks of quarters (earnings news): year offsets resolve to quarters. */
  quarterly?: boolean;
  /** The expression is followed by "ended"/"ending" ("the year ended March 31"): a reporting period, a duration. */
  periodEnded?: boolean;
  /** A quantity comes right before: "$5 million a year", "four flights a week" ("a week" is then a rate, a SET). */
  rate?: boolean;
  /** The past verb stands right before the expression, or before "on" and it: "ended June 30", "was arrested on
   *  June 30" (not "was extended to Nov. 16", a day set in the past that may lie ahead). */
  pastVerbBefore?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, half: 0.5, single: 1, couple: 2,
};
/** Fractions written after a count ("5 1/2", "3½") and their decimals. */
export const FRACTIONS: Record<string, string> = { '1/2': '.5', '½': '.5', '1/4': '.25', '¼': '.25', '3/4': '.75', '¾': '.75' };
// ("5 1/2", "3½": a count and its fraction, read as 5.5.)
const AFTER_COUNT = new RegExp(`(\\d) ?(${Object.keys(FRACTIONS).join('|')})(?!\\d)`);
const VAGUE = new Set(['several', 'few', 'many', 'some', 'recent', 'coming', 'past', 'last', 'next', 'numerous', 'couple']);
const UNITS: Record<string, string> = {
  second: 'TS', minute: 'TM', hour: 'TH', day: 'D', night: 'D', week: 'W', weekend: 'WE', fortnight: '2W', month: 'M',
  quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE', season: 'SEASON',
};
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** The month each season begins in (winter, across two years, left out). */
const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9 };
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI' };

function unitOf(word: string): string | undefined {
  const w = word.replace(/s$/, '');
  return UNITS[w];
}

function quantity(word: string): number | 'X' | undefined {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  // ("1,200 years".)
  if (/^\d{1,3}(?:,\d{3})+$/.test(word)) return Number(word.replaceAll(',', ''));
  if (word in NUMBER_WORDS) return NUMBER_WORDS[word];
  // "twenty-four", "twenty four"; "half an", "a half".
  const compound = /^(\w+ty)[- ](\w+)$/.exec(word);
  if (compound && NUMBER_WORDS[compound[1]] && NUMBER_WORDS[compound[2]] < 10) return NUMBER_WORDS[compound[1]] + NUMBER_WORDS[compound[2]];
  if (/^(?:half an?|an? half)$/.test(word)) return 0.5;
  if (VAGUE.has(word)) return 'X';
  return undefined;
}

/** A count with "and a half" written before or after its unit ("two and a half years", "an hour and a half"). */
function counted(word: string, andAHalf: string | undefined): number | 'X' | undefined {
  const n = quantity(word);
  return typeof n === 'number' && andAHalf ? n + 0.5 : n;
}

function durationValue(n: number | 'X', unit: string): string {
  if (unit === 'WE') return n === 'X' ? 'PXWE' : `P${n}WE`;
  // Vague decades as years, as TimeBank and MEANTIME both value "decades-long" (PXY, not PXDE).
  if (unit === 'DE') return n === 'X' ? 'PXY' : `P${Number(n) * 10}Y`;
  if (unit === 'CE') return n === 'X' ? 'PXCE' : `P${Number(n) * 100}Y`;
  if (unit === '2W') return 'P2W';
  if (unit === 'Q') return n === 'X' ? 'PXQ' : `P${n}Q`;
  if (n !== 'X' && Number.isInteger(n * 4) && !Number.isInteger(n) && (unit === 'TH' || unit === 'TM')) {
    // "a half hour" -> PT30M, "an hour and a half" -> PT1H30M, "a minute and a half" -> PT1M30S, "2 3/4 hours" -> PT2H45M.
    const whole = Math.trunc(n);
    const [big, small] = unit === 'TH' ? ['H', 'M'] : ['M', 'S'];
    return `PT${whole > 0 ? `${whole}${big}` : ''}${Math.round((n - whole) * 60)}${small}`;
  }
  if (unit.startsWith('T')) return `PT${n === 'X' ? 'X' : n}${unit[1]}`;
  if (n !== 'X' && !Number.isInteger(n)) {
    // "half a year" -> P6M, "two and a half years" -> P2Y6M (TimeBank: "2 1/2 years"), "a day and a half" -> PT36H
    if (unit === 'Y' && Number.isInteger(n * 12)) return Math.trunc(n) > 0 ? `P${Math.trunc(n)}Y${Math.round((n % 1) * 12)}M` : `P${n * 12}M`;
    if (unit === 'D') return `PT${n * 24}H`;
    return `P${n}${unit}`;
  }
  return `P${n}${unit}`;
}

/** The date `n` units from the reference, at the unit's granularity. */
function shift(ref: Ymd | null, unit: string, n: number): string {
  if (!ref) {
    switch (unit) {
      case 'Y': return 'XXXX';
      case 'M': return 'XXXX-XX';
      case 'W': return 'XXXX-WXX';
      case 'Q': return 'XXXX-QX';
      default: return 'XXXX-XX-XX';
    }
  }
  switch (unit) {
    case 'Y': return pad(ref.y + n, 4);
    case 'M': { const { y, m } = addMonths(ref.y, ref.m, n); return formatYm(y, m); }
    case 'W': return formatWeek(addDays(ref, 7 * n));
    case 'WE': return `${formatWeek(addDays(ref, 7 * n))}-WE`;
    case 'Q': { const { y, m } = addMonths(ref.y, ref.m, 3 * n); return `${y}-Q${Math.ceil(m / 3)}`; }
    case 'DE': return String(Math.floor((ref.y + 10 * n) / 10));
    case 'CE': return String(Math.floor((ref.y + 100 * n) / 100));
    case 'SEASON': return `${ref.y + n}`;
    default: return formatYmd(addDays(ref, n));
  }
}

/** A bare weekday: the latest past one in news, the next one when the clause speaks of the future. */
function resolveWeekday(ref: Ymd | null, day: number, future: boolean, explicit?: 'last' | 'next' | 'this'): string {
  if (!ref) return `XXXX-WXX-${day}`;
  const today = weekday(ref);
  let delta: number;
  if (explicit === 'next' || (future && explicit !== 'last')) delta = ((day - today + 7) % 7) || (explicit === 'next' ? 7 : 0);
  else delta = -(((today - day + 7) % 7));
  if (explicit === 'last' && delta === 0) delta = -7;
  return formatYmd(addDays(ref, delta));
}

function monthDay(ref: Ymd | null, month: number, day: number | null, year: number | null, future: boolean, past = false, pastVerbBefore = false): string {
  if (year !== null) return day !== null ? formatYmd({ y: year, m: month, d: day }) : formatYm(year, month);
  if (!ref) return day !== null ? `XXXX-${pad(month)}-${pad(day)}` : `XXXX-${pad(month)}`;
  // Without a year: the nearest such month, looking further back than ahead (news reports the past); after a verb in
  // the past tense the latest one ("changed in December" in November is last December; a day only right after the
  // verb, "the year ended June 30" in March is last June, but "was extended to Nov. 16" may be a deadline ahead).
  let y = ref.y;
  const diff = month - ref.m;
  if (future && diff < 0) y += 1;
  else if (!future && (diff > 4 || (past && (day === null || pastVerbBefore) && diff > 0))) y -= 1;
  else if (!past && diff < -7) y += 1;
  return day !== null ? formatYmd({ y, m: month, d: day }) : formatYm(y, month);
}

function time(ref: Ymd | null, hour: number, minute: number, meridiem: string | undefined): string {
  let h = hour;
  if (meridiem?.startsWith('p') && h < 12) h += 12;
  if (meridiem?.startsWith('a') && h === 12) h = 0;
  const day = ref ? formatYmd(ref) : 'XXXX-XX-XX';
  return `${day}T${pad(h)}:${pad(minute)}`;
}

// Words for the present, the past and the future as a whole (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF).
const REF_WORDS: Array<[value: string, rule: string, words: string[]]> = [
  ['PRESENT_REF', 'ref:now', ['now', 'right now', 'currently', 'current', 'at present', 'the present', 'nowadays', 'these days']],
  ['PAST_REF', 'ref:past', ['recently', 'recent', 'the past', 'previously', 'formerly', 'in the past']],
  ['FUTURE_REF', 'ref:future', ['the future', 'future', 'soon', 'the near future', 'the near term', 'the short term', 'the long term']],
];
const REFS: Record<string, Normalized> = Object.fromEntries(REF_WORDS.flatMap(([value, rule, words]) => words.map((w) => [w, { type: 'DATE', value, rule }])));

/** The quarter `years` years from the reference's quarter. */
function quarterOf(ref: Ymd | null, years: number, back = 0): string {
  if (!ref) return 'XXXX-QX';
  const { y, m } = addMonths(ref.y + years, ref.m, -3 * back);
  return `${y}-Q${Math.ceil(m / 3)}`;
}

const SETS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H', nightly: 'P1D',
};

const SPELLED = new RegExp(`\\b(?:${SPELLED_YEAR})\\b`, 'g');

/** "nineteen ninety-six" -> "1996", "two thousand one" -> "2001": spoken years as digits, for the rules below. */
function digitYears(text: string): string {
  if (!/nineteen|eighteen|thousand/.test(text)) return text;
  return text.replace(SPELLED, (year) => {
    const words = year.split(/[- ]/).filter((w) => w !== 'and');
    if (words[0] === 'two') return String(2000 + words.slice(2).reduce((n, w) => n + (NUMBER_WORDS[w] ?? 0), 0));
    const rest = words.slice(1);
    return String(NUMBER_WORDS[words[0]] * 100 + (rest[0] === 'hundred' ? 0 : rest.reduce((n, w) => n + (NUMBER_WORDS[w] ?? 0), 0)));
  });
}

/**
 * "the next morning", "the following year", "the previous day", "the year previous", "the day after": one unit on
 * (dir 1) or back (-1). Units: day, a part of the day, month, year. `text` is lower case.
 */
export function sequel(text: string): { dir: 1 | -1; unit: string } | null {
  const m = /^the (next|following|previous|preceding) (day|morning|afternoon|evening|night)$|^the (following|previous|preceding) (month|year)$|^the (day|month|year) (before|previous|prior|earlier|after|later)$/.exec(text);
  if (!m) return null;
  return { dir: /^(?:next|following|after|later)$/.test(m[1] ?? m[3] ?? m[6]) ? 1 : -1, unit: m[2] ?? m[4] ?? m[5] };
}

/** "last year" -1, "this year" ("the year") 0, "next year" 1. */
const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, the: 0, next: 1 };
// "5 p.m. EST, Nov. 9", "10 p.m. Wednesday", "noon Thursday": a time before its day (the text is lower case).
const CLOCK_THEN_DAY = new RegExp(String.raw`^(noon|midday|midnight|\d{1,2}(?::\d{2})? ?[ap]\.?m\.?|\d{1,2}:\d{2})( ${ZONE})?,? (\S.*)$`, 'i');

export function normalize(raw: string, ctx: NormalizeContext): Normalized | null {
  const ref = ctx.reference ? parseYmd(ctx.reference) : null;
  // "a couple of weeks" is two weeks; "the past decade and a half" one and a half decades.
  // ("5 1/2 hours", "3½ years": the count as a decimal, 5.5.)
  const text = digitYears(raw.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/\b(?:a )?couple of\b/, 'two')
    .replace(AFTER_COUNT, (_, d: string, f: string) => `${d}${FRACTIONS[f]}`)
    .replace(/^((?:the )?(?:past|last|next|first|previous|following|coming) )(?=[a-z]+ and a half$)/, '$1one '));
  if (REFS[text]) return REFS[text];
  // "the end of this year": the period it is part of, as TimeBank values it.
  const part = /^(?:the )?(?:end|beginning|start|middle) of ((?:this|last|next|the) (?:year|month|week|quarter|decade))$/.exec(text);
  if (part) return normalize(part[1], ctx);
  // "decades-long", "a day-long meeting": the length of time.
  const long = /^(?:an? )?(\S+)-long$/.exec(text);
  if (long) {
    const inner = normalize(/s$/.test(long[1]) ? long[1] : `a ${long[1]}`, { ...ctx, hint: 'DURATION' });
    return inner?.type === 'DURATION' ? inner : null;
  }
  // "at year end", "by year's end": the end of the current year, valued as the year (TimeBank).
  if (/^(?:around |at |by )?year(?:'s)? end$/.test(text)) return { type: 'DATE', value: ref ? String(ref.y) : 'XXXX', rule: 'rel:year-end' };
  // "Election Day", "the Thanksgiving holiday", "Easter week", "the Labor Day weekend".
  const named = /^(?:on |the )?(.+?)(?: (holidays?|week|weekend))?(?:,? (\d{4}))?$/.exec(text)!;
  const holiday = HOLIDAYS[named[1]];
  if (holiday) {
    const year = named[3] ? Number(named[3]) : undefined;
    const y = year ?? ref?.y;
    const period = named[2] === 'week' || named[2] === 'weekend' ? named[2] : undefined;
    if (y === undefined) {
      const value = period ? `XXXX-WXX${period === 'weekend' ? '-WE' : ''}` : Array.isArray(holiday) ? `XXXX-${pad(holiday[0])}-${pad(holiday[1])}` : 'XXXX-XX-XX';
      return { type: 'DATE', value, rule: 'abs:holiday' };
    }
    const on = (year: number) => (Array.isArray(holiday) ? { y: year, m: holiday[0], d: holiday[1] } : holiday(year));
    const today = formatYmd(ref!);
    const next = formatYmd(on(y)) >= today ? on(y) : on(y + 1);
    const latest = formatYmd(on(y)) <= today ? on(y) : on(y - 1);
    // The latest one; the next one when the clause speaks of the future, when it is three months away at most and the
    // clause is not in the past tense ("keeping away from the polls on Election Day" in September; "Sales on Black
    // Friday hit a record" in June is last year's), or when its week is under way ("prayed as Easter week began").
    const date = year !== undefined ? on(year) : ctx.future || (!ctx.past && daysFrom(ref!, next) <= 92) || (period && formatWeek(next) === formatWeek(ref!)) ? next : latest;
    if (period === 'week') return { type: 'DATE', value: formatWeek(date), rule: 'abs:holiday' };
    // A Monday holiday's weekend is the one before it (ISO weeks start on Monday); any other day's, its own week's.
    if (period === 'weekend') return { type: 'DATE', value: `${formatWeek(weekday(date) === 1 ? addDays(date, -1) : date)}-WE`, rule: 'abs:holiday' };
    return { type: 'DATE', value: formatYmd(date), rule: 'abs:holiday' };
  }
  // Earnings news: "a year ago", "a year earlier", "the year-earlier quarter" name the same quarter a year before;
  // "the quarter", "the latest quarter" the quarter just reported.
  // ("the year-ago third quarter": that quarter a year before; "the year-earlier nine months": their length, as TimeBank.)
  const yearAgo = /^the (?:comparable |same |corresponding )?year-(?:earlier|ago) (?:(first|second|third|fourth) quarter|(three|six|nine) months)$/.exec(text);
  if (yearAgo?.[1]) return { type: 'DATE', value: ref ? `${ref.y - 1}-Q${ORDINALS[yearAgo[1]]}` : `XXXX-Q${ORDINALS[yearAgo[1]]}`, rule: 'rel:year-ago-quarter' };
  if (yearAgo?.[2]) return { type: 'DURATION', value: `P${NUMBER_WORDS[yearAgo[2]]}M`, rule: 'dur:year-ago-months' };
  if (/^(?:a year (?:ago|earlier)|(?:the )?(?:comparable |same |corresponding )?year-(?:earlier|ago)(?: quarter| period)?)$/.test(text)) {
    if (ctx.quarterly) return { type: 'DATE', value: quarterOf(ref, -1, 1), rule: 'rel:year-ago-quarter' };
    return { type: 'DATE', value: ref ? String(ref.y - 1) : 'XXXX', rule: 'rel:year-ago' };
  }
  if (/^(?:the )?(?:latest|most recent|recent|past|just-ended|just ended)? ?(?:quarter|period)$/.test(text) && (text.includes('quarter') || ctx.quarterly)) {
    return { type: 'DATE', value: quarterOf(ref, 0, 1), rule: 'rel:reported-quarter' };
  }
  if (/^(the )?(recent|past|last) (few |several |many )?(days|weeks|months|years|decades)$/.test(text) && !/^(the )?(last|past) /.test(text)) {
    return { type: 'DATE', value: 'PAST_REF', rule: 'ref:recent-units' };
  }
  if (SETS[text]) return { type: 'SET', value: SETS[text], rule: 'set:adverb' };
  if (text === 'annual') return { type: 'DURATION', value: 'P1Y', rule: 'dur:annual' };
  if (text === 'year-end' || text === "year's end" || text === 'the end of the year') return { type: 'DATE', value: ref ? String(ref.y) : 'XXXX', rule: 'rel:year-end' };
  let m: RegExpExecArray | null;
  // "each week", "every other day", "per year"; "a week" only as a rate ("within a week", "a day after" are lengths).
  if ((m = /^(?:each|every|per|a|an) (other )?(day|week|month|year|quarter|night|morning|evening|season|weekend|hour)$/.exec(text)) && (ctx.rate || !/^an? /.test(text))) {
    const unit = UNITS[m[2]] ?? 'D';
    if (m[2] in PARTS_OF_DAY) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[m[2]]}`, rule: 'set:every' };
    if (m[2] === 'season') return { type: 'SET', value: 'XXXX-XX', rule: 'set:every' };
    return { type: 'SET', value: durationValue(m[1] ? 2 : 1, unit), rule: 'set:every' };
  }
  // "every two years", "every 10 minutes": a set with that period.
  if ((m = /^every (\w+ty[- ]\w+|\w+|\d+) (second|minute|hour|day|week|month|quarter|year|decade)s$/.exec(text))) {
    const n = quantity(m[1]);
    if (n === 'X' || (typeof n === 'number' && Number.isInteger(n))) return { type: 'SET', value: durationValue(n, UNITS[m[2]]), rule: 'set:every-n' };
  }
  if ((m = /^(?:every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.exec(text))) {
    return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[m[1]]}`, rule: 'set:every-weekday' };
  }
  // "each July", "every December": that month of every year.
  if ((m = /^(?:every|each) (\w+)$/.exec(text)) && MONTHS[m[1]] && (m[1].length > 3 || m[1] === 'may')) {
    return { type: 'SET', value: `XXXX-${pad(MONTHS[m[1]])}`, rule: 'set:every-month' };
  }
  // Times: "5:04 p.m.", "10 a.m.", "noon"
  // A time before its day: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9".
  if ((m = CLOCK_THEN_DAY.exec(text))) {
    const day = normalize(m[3], ctx);
    const clock = /^(\d{1,2})(?::(\d{2}))? ?([ap])?/.exec(m[1]);
    if (day?.type === 'DATE' && /^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(day.value)) {
      const ymd = day.value.startsWith('X') ? null : parseYmd(day.value);
      const value = clock ? time(ymd, Number(clock[1]), Number(clock[2] ?? 0), clock[3] ? `${clock[3]}m` : undefined) : `${day.value}T${m[1] === 'midnight' ? '24:00' : '12:00'}`;
      const zone = / (?:utc|gmt)$/.test(m[2] ?? '') ? 'Z' : '';
      return { type: 'TIME', value: (ymd || clock === null ? value : value.replace(/^XXXX-XX-XX/, day.value)) + zone, rule: 'time:clock-day' };
    }
  }
  if ((m = /^(?:(\w+day)(?:,)? )?(\d{1,2})(?::(\d{2}))? ?([ap])\.?m\.?(?: \w+)?$/.exec(text)) || (m = /^(?:(\w+day) )?(\d{1,2}):(\d{2})()(?: utc| gmt)?$/.exec(text))) {
    const day = m[1] && WEEKDAYS[m[1]] ? parseYmd(resolveWeekday(ref, WEEKDAYS[m[1]], ctx.future)) : ref;
    return { type: 'TIME', value: time(day, Number(m[2]), Number(m[3] ?? 0), m[4] ? `${m[4]}m` : undefined) + (/ (?:utc|gmt)$/.test(text) ? 'Z' : ''), rule: 'time:clock' };
  }
  // Part of day: "Friday morning", "this morning", "tonight", "last night"
  // ("early Friday morning", "late Tuesday night", "later this afternoon": the same part of the day.)
  if ((m = /^(?:early |late |earlier |later )?(?:(this|last|yesterday|tomorrow|(\w+day)) )?(morning|afternoon|evening|night|tonight|overnight)$/.exec(text))) {
    let day = ref;
    if (m[1] === 'yesterday' || (m[1] === 'last' && m[3] === 'night')) day = ref ? addDays(ref, -1) : null;
    else if (m[1] === 'tomorrow') day = ref ? addDays(ref, 1) : null;
    else if (m[2] && WEEKDAYS[m[2]]) {
      const resolved = resolveWeekday(ref, WEEKDAYS[m[2]], ctx.future);
      return { type: 'TIME', value: `${resolved}T${PARTS_OF_DAY[m[3]]}`, rule: 'time:weekday-part' };
    }
    return { type: 'TIME', value: `${day ? formatYmd(day) : 'XXXX-XX-XX'}T${PARTS_OF_DAY[m[3]]}`, rule: 'time:part-of-day' };
  }
  // "the next morning", "the previous day", "the following year": from the reference date here; the dates stage
  // counts from the date last named.
  const step = sequel(text);
  if (step) {
    if (step.unit === 'month' || step.unit === 'year') return { type: 'DATE', value: shift(ref, UNITS[step.unit], step.dir), rule: 'rel:sequel' };
    const day = ref ? formatYmd(addDays(ref, step.dir)) : 'XXXX-XX-XX';
    return step.unit === 'day' ? { type: 'DATE', value: day, rule: 'rel:sequel' } : { type: 'TIME', value: `${day}T${PARTS_OF_DAY[step.unit]}`, rule: 'rel:sequel' };
  }
  // "that same day", "later that day": the reference day here; the dates stage moves it to the day last named.
  if (text === 'today' || text === 'this day' || text === 'the day' || /^(?:(?:earlier|later) )?(?:that|the same|that same) day$/.test(text)) return { type: 'DATE', value: ref ? formatYmd(ref) : 'XXXX-XX-XX', rule: 'rel:today' };
  if (text === 'yesterday') return { type: 'DATE', value: shift(ref, 'D', -1), rule: 'rel:yesterday' };
  if (text === 'tomorrow') return { type: 'DATE', value: shift(ref, 'D', 1), rule: 'rel:tomorrow' };
  // Weekdays: "Wednesday", "last Friday", "next Monday", "on Wednesday"
  // ("early Tuesday", "late Friday": that day.)
  if ((m = /^(?:(?:early|late) )?(?:(last|next|this|past|coming) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?$/.exec(text))) {
    const explicit = m[1] === 'last' || m[1] === 'past' ? 'last' : m[1] === 'next' || m[1] === 'coming' ? 'next' : m[1] === 'this' ? 'this' : undefined;
    return { type: 'DATE', value: resolveWeekday(ref, WEEKDAYS[m[2]], ctx.future, explicit), rule: 'rel:weekday' };
  }
  // Years, decades: "2017", "1990s", "the '90s", "fiscal 1998"
  if ((m = /^(?:(?:the )?(?:year|calendar year|calendar|end of|beginning of|start of|middle of) )?(\d{4})$/.exec(text))) return { type: 'DATE', value: m[1], rule: 'abs:year' };
  if ((m = /^(?:fiscal|fiscal year|fy) ?(\d{4})$|^(?:the )?(\d{4}) fiscal year$/.exec(text))) return { type: 'DATE', value: m[1] ?? m[2], rule: 'abs:fiscal-year' };
  // "FY24": the fiscal year that ends in 2024.
  if ((m = /^fy ?(\d{2})$/.exec(text))) return { type: 'DATE', value: String((Number(m[1]) < 50 ? 2000 : 1900) + Number(m[1])), rule: 'abs:fiscal-year' };
  if ((m = /^(?:the )?(?:early |late |mid-?)?(\d{3})0'?s$/.exec(text))) return { type: 'DATE', value: m[1], rule: 'abs:decade' };
  if ((m = /^(?:the )?'?(\d)0s$/.exec(text))) return { type: 'DATE', value: `19${m[1]}`, rule: 'abs:decade' };
  // "the nineties", "the Twenties": the latest such decade that has begun.
  if ((m = /^the (\w+ies)$/.exec(text)) && DECADE_WORDS.includes(m[1])) {
    const d = DECADE_WORDS.indexOf(m[1]) + 2;
    const century = ref && ref.y >= 2000 + d * 10 ? 20 : 19;
    return { type: 'DATE', value: `${century}${d}`, rule: 'abs:decade' };
  }
  // "this year's third quarter", "last year's quarter" (the quarter being reported, a year back).
  if ((m = /^(this|last|next) year['’]s (?:(first|second|third|fourth|final|latest) )?(?:quarter|period)$/.exec(text))) {
    if (!ref) return { type: 'DATE', value: 'XXXX-QX', rule: 'rel:year-quarter' };
    const q = m[2] && m[2] !== 'latest' ? ORDINALS[m[2]] : Number(quarterOf(ref, 0, 1).slice(6));
    return { type: 'DATE', value: `${ref.y + YEAR_OFFSET[m[1]]}-Q${q}`, rule: 'rel:year-quarter' };
  }
  // "the 1988 quarter": in earnings news the quarter being reported, in that year.
  if ((m = /^the (\d{4}) (?:quarter|period)$/.exec(text))) {
    return { type: 'DATE', value: ctx.quarterly && ref ? `${m[1]}-${quarterOf(ref, 0, 1).slice(5)}` : m[1], rule: 'abs:year-period' };
  }
  // Halves: "the first half of 1990" -> 1990-H1, "the last half of last year".
  // ("H1 2019" is "the first half of 2019".)
  if ((m = /^h([12])[ -](?:fy ?)?(\d{4})$/.exec(text))) return normalize(`the ${m[1] === '1' ? 'first' : 'second'} half of ${m[2]}`, ctx);
  if ((m = /^(?:the )?(first|second|last|latter) half of (\d{4}|(?:last|this|next|the) year)$/.exec(text))) {
    const rel = /^(last|this|next|the) year$/.exec(m[2]);
    const year = rel ? (ref ? String(ref.y + YEAR_OFFSET[rel[1]]) : 'XXXX') : m[2];
    return { type: 'DATE', value: `${year}-H${m[1] === 'first' ? 1 : 2}`, rule: 'abs:half' };
  }
  if ((m = /^(early|late|mid-?|the (?:beginning|start|end|middle) of) ?(\d{4})$/.exec(text))) {
    return { type: 'DATE', value: m[2], rule: 'abs:year-part' };
  }
  // Quarters: "the third quarter of 1997", "the 1988 second quarter", "third-quarter", "the quarter", "the latest quarter"
  // ("last quarter", "the last quarter" with no year are the one before this, below; "the last quarter of 2019" the
  // fourth.)
  if ((m = /^(?:the )?(?:(\d{4}) )?(?:fiscal )?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](?:fiscal )?quarter(?: of (?:fiscal |the year )?(\d{4}|(?:last|this|next) year))?$/.exec(text)) && !(m[2] === 'last' && !m[1] && !m[3])) {
    const q = ORDINALS[m[2]];
    const rel = m[3] ? /^(last|this|next) year$/.exec(m[3]) : null;
    // Without a year, a quarter two or more ahead of the reference's is last year's ("the fourth quarter" in January).
    // (In a clause in the past tense, any quarter not yet begun: "Sales rose in the second quarter" in March.)
    const ahead = ref ? q - Math.ceil(ref.m / 3) : 0;
    const past = ref && !ctx.future && (ahead >= 2 || (ctx.past && ahead >= 1)) ? 1 : 0;
    const year = rel ? (ref ? String(ref.y + YEAR_OFFSET[rel[1]]) : 'XXXX') : m[1] ?? m[3] ?? (ref ? String(ref.y - past) : 'XXXX');
    return { type: 'DATE', value: `${year}-Q${q}`, rule: 'abs:quarter' };
  }
  // "the April-June quarter", "the July-September quarter of 2020": a calendar quarter named by its months.
  if ((m = MONTHS_QUARTER.exec(text)) && (MONTHS[m[1]] + 2) % 12 === MONTHS[m[2]] % 12 && MONTHS[m[1]] % 3 === 1) {
    return normalize(`the ${m[3] ? `${m[3]} ` : ''}${['first', 'second', 'third', 'fourth'][(MONTHS[m[1]] - 1) / 3]} quarter`, ctx);
  }
  // "Q3", "Q1 2019", "Q2 FY2020": the same as "the third quarter", "the 2019 first quarter".
  if ((m = /^(?:(\d{4}) )?q([1-4])(?:[ -](?:fy ?)?(\d{4}))?$/.exec(text))) {
    const year = m[1] ?? m[3];
    return normalize(`${year ? `${year} ` : ''}${['first', 'second', 'third', 'fourth'][Number(m[2]) - 1]} quarter`, ctx);
  }
  // Seasons: "summer of 2019", "last fall", "this summer"
  if ((m = /^(?:(this|last|next|the|early|late) )?(spring|summer|fall|autumn|winter)(?: (?:of )?(\d{4}))?$/.exec(text))) {
    let year = m[3] ? Number(m[3]) : ref ? ref.y : null;
    if (!m[3] && year !== null && m[1] === 'last') year -= 1;
    if (!m[3] && year !== null && m[1] === 'next') year += 1;
    // ("Sales slowed over the summer" in March is last year's summer; "Talks resume in the spring" in October next
    // year's. Winter, which spans two years, keeps the reference's.)
    const begins = SEASON_MONTHS[m[2]];
    if (!m[3] && ref && year !== null && begins && m[1] !== 'last' && m[1] !== 'next' && m[1] !== 'this') {
      if (ctx.past && begins > ref.m) year -= 1;
      else if (ctx.future && begins + 2 < ref.m) year += 1;
    }
    return { type: 'DATE', value: `${year ?? 'XXXX'}-${SEASONS[m[2]]}`, rule: 'abs:season' };
  }
  // "coming quarters", "future years": some time ahead.
  if (/^(?:the )?(?:coming|future) (?:days|weeks|months|quarters|years)$/.test(text)) return { type: 'DATE', value: 'FUTURE_REF', rule: 'ref:future' };
  // Relative units: "last week", "next month", "this year", "the month", "earlier this year", "the weekend", "the
  // current fiscal year", "the full year" (the year of the report; the dates stage makes it the one last named)
  if ((m = /^(?:(?:earlier|later|late|early) )?(last|next|this|this past|the|coming|past|previous|current|the current|the coming|the next|the past|the last|the previous|the latest|the same|that|that same|the full|the entire|the whole) (?:fiscal (?=year))?(week|month|year|quarter|weekend|decade|century)$/.exec(text))) {
    const dir = { last: -1, past: -1, 'this past': -1, previous: -1, 'the past': -1, 'the last': -1, 'the previous': -1, next: 1, coming: 1, 'the coming': 1, 'the next': 1 }[m[1]] ?? 0;
    const unit = UNITS[m[2]];
    if (m[2] === 'weekend') {
      // Early in the week "the weekend" is the one just past; later in the week too when the verb is past ("resigned
      // over the weekend" on a Thursday).
      const back = dir === 0 && ref && (weekday(ref) <= 3 || (ctx.past && weekday(ref) <= 5)) && !ctx.future ? -1 : dir;
      return { type: 'DATE', value: ref ? `${formatWeek(addDays(ref, 7 * back))}-WE` : 'XXXX-WXX-WE', rule: 'rel:unit' };
    }
    // "the past decade", "the last year": a period reaching back to now; "over the next year", "the next week": one
    // ahead.
    // "the year ended March 31": a reporting period, also a duration.
    if ((/^the (?:past|last)$/.test(m[1]) && /^(?:decade|century|year)$/.test(m[2])) || (m[1] === 'the next' && /^(?:week|month|decade|century|year)$/.test(m[2])) || (m[1] === 'the' && m[2] === 'year' && ctx.periodEnded)) {
      return { type: 'DURATION', value: durationValue(1, unit), rule: 'dur:the-past-unit' };
    }
    return { type: 'DATE', value: shift(ref, unit, dir), rule: 'rel:unit' };
  }
  // "months later", "years ago", "decades earlier": a bare plural unit counts nothing; "later" marks its length, as
  // with a count, the others a past the text does not date.
  if ((m = /^(seconds|minutes|hours|days|weeks|months|years|decades|centuries) (ago|earlier|later|before)$/.exec(text))) {
    if (m[2] === 'later') return { type: 'DURATION', value: durationValue('X', unitOf(m[1])!), rule: 'dur:later' };
    return { type: 'DATE', value: 'PAST_REF', rule: 'rel:vague-offset' };
  }
  // "two weeks ago", "a year earlier", "three days later", "a decade ago", "a few weeks ago", "twenty-five years ago",
  // "a year and a half ago"
  if ((m = /^(?:about |nearly |almost |more than |some |roughly |only |just )?(?:a (?=few ))?(\w+ty[- ]\w+|\d+\.\d+|\d{1,3}(?:,\d{3})+|\w+)([- ]and[- ]a[- ]half)? (second|minute|hour|day|week|month|quarter|year|decade)s?( and a half)? (ago|earlier|before|later|from now|hence)$/.exec(text))) {
    const n = counted(m[1], m[2] ?? m[4]);
    let unit = UNITS[m[3]];
    if (n === undefined) return null;
    // "three days later", "an hour later": counted from an event the text tells of, not from the publication date;
    // TimeML marks the length of time ("three days", P3D) and leaves "later" out of the extent.
    if (m[5] === 'later') return { type: 'DURATION', value: durationValue(n, unit), rule: 'dur:later' };
    const dir = m[5] === 'from now' || m[5] === 'hence' ? 1 : -1;
    if (n === 'X') return { type: 'DATE', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'rel:vague-offset' };
    if (unit.startsWith('T')) return { type: 'TIME', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'rel:offset' };
    // "a year and a half ago": 18 months back, a month; "a week and a half ago": 10 or 11 days back, a day.
    let back = n;
    if (!Number.isInteger(back)) [unit, back] = unit === 'Y' ? ['M', back * 12] : unit === 'W' ? ['D', Math.round(back * 7)] : [unit, Math.round(back)];
    const value = shift(ref, unit, dir * back);
    // ("12,000 years ago": before the year 1, which a TimeML year cannot write.)
    return { type: 'DATE', value: value.startsWith('-') ? 'PAST_REF' : value, rule: 'rel:offset' };
  }
  // Durations: "two weeks", "10 years", "the past several months", "about a month", "the first nine months", "two-year",
  // "two more weeks"
  // "two and a half years", "an hour and a half", "the last twenty-four hours", "eight trading days"
  if ((m = /^(?:the )?(?:past |last |next |coming |first |previous |following |latest |final )?(?:about |nearly |almost |more than |less than |at least |some |roughly |only |just |over |up to |around |another |an additional |the )?(?:a (?=few ))?(\w+ty[- ]\w+|half an?|an? half|\d{1,3}(?:,\d{3})+|\w+(?:\.\d+)?|\d+)([- ]and[- ]a[- ]half)?(?: more| additional| straight| consecutive)?(?: trading| business| working(?= day))?[- ](second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|season)s?( and a half)?(?:[- ](?:long|old))?$/.exec(text))) {
    const n = counted(m[1], m[2] ?? m[4]);
    const unit = unitOf(m[3]);
    if (n !== undefined && unit && unit !== 'SEASON') return { type: 'DURATION', value: durationValue(n, unit), rule: 'dur:count-unit' };
  }
  // ("the weeks ahead": TimeBank values the length.)
  if ((m = /^(?:the )?(?:(?:past|last|next|coming|recent) )?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?: ahead)?$/.exec(text))) {
    return { type: 'DURATION', value: durationValue('X', unitOf(m[1])!), rule: 'dur:units' };
  }
  // A bare unit noun ("a record year", "the day's trading") is no temporal expression by itself.
  if (/^(second|minute|hour|day|week|month|year|decade)$/.test(text)) return null;
  if ((m = /^(?:the |a |an |one )?(?:fiscal )?(second|minute|hour|day|week|month|year|decade)$/.exec(text))) {
    if (ctx.hint === 'DURATION' || !m[0].startsWith('the') || (ctx.periodEnded && m[1] === 'year')) return { type: 'DURATION', value: durationValue(1, UNITS[m[1]]), rule: 'dur:unit' };
    return { type: 'DATE', value: shift(ref, UNITS[m[1]], 0), rule: 'rel:the-unit' };
  }
  // Centuries: "the 20th century" -> 19.
  if ((m = /^(?:the )?(\d{1,2})(?:st|nd|rd|th) century$/.exec(text))) return { type: 'DATE', value: pad(Number(m[1]) - 1), rule: 'abs:century' };
  if (text === 'noon' || text === 'midday') return { type: 'TIME', value: `${ref ? formatYmd(ref) : 'XXXX-XX-XX'}T12:00`, rule: 'time:noon' };
  // ("The attack happened shortly after midnight": in the past the midnight that opened the day, the end of the one
  // before.)
  if (text === 'midnight') return { type: 'TIME', value: `${ref ? formatYmd(ctx.past && !ctx.future ? addDays(ref, -1) : ref) : 'XXXX-XX-XX'}T24:00`, rule: 'time:midnight' };
  // Ranges ("between 1990 and 1995", "1990 to 1995") and anaphora ("that day") have no single value here.
  if (/^(?:between|from) |\d (?:to|and) \d|^(?:that|a|the same) (?:day|\d+)$/.test(text)) return null;
  // Calendar dates.
  return calendar(text.replace(/^the (?=[a-z]{3})/, ''), ref, ctx);
}

const MONTH_RE = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\\.?';
const MONTH_DAY = new RegExp(`^(?:(?:\\w+day),? )?(?:(early|late|mid|(?:the )?(?:end|beginning|start|middle) of)[- ])?${MONTH_RE}(?: (\\d{1,2})(?:st|nd|rd|th)?(?:-\\d{1,2})?)?,?(?: (\\d{4}))?$`);
const DAY_MONTH = new RegExp(`^(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE},?(?: (\\d{4}))?$`);
const REL_MONTH = new RegExp(`^(last|next|this|early|late|earlier this|later this) ${MONTH_RE}$`);
const MONTHS_QUARTER = new RegExp(`^(?:the )?${MONTH_RE}[-–]${MONTH_RE} quarter(?: of (\\d{4}))?$`);
const MONTH_REL_YEAR = new RegExp(`^${MONTH_RE}(?: (\\d{1,2})(?:st|nd|rd|th)?)?(?:,| of)? (this|last|next) year$`);
// "the last week of March": a week of a month.
const WEEK_OF_MONTH = new RegExp(`^(first|second|third|fourth|last|final) week of ${MONTH_RE}(?:,? (\\d{4}))?$`);

// chrono-node is the slow path: its answers are kept by text, reference date and tense (bounded).
const chronoCache = new Map<string, ParsedResult[]>();

function chronoParse(text: string, ref: Ymd | null, future: boolean): ParsedResult[] {
  const key = `${text}|${ref ? formatYmd(ref) : ''}|${future}`;
  let parsed = chronoCache.get(key);
  if (!parsed) {
    parsed = chrono.parse(text, ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: future });
    if (chronoCache.size > 20_000) chronoCache.clear();
    chronoCache.set(key, parsed);
  }
  return parsed;
}

function calendar(text: string, ref: Ymd | null, ctx: NormalizeContext): Normalized | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) return { type: 'DATE', value: text, rule: 'abs:iso' };
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(text))) {
    const y = m[3].length === 2 ? 1900 + Number(m[3]) + (Number(m[3]) < 50 ? 100 : 0) : Number(m[3]);
    return { type: 'DATE', value: formatYmd({ y, m: Number(m[1]), d: Number(m[2]) }), rule: 'abs:us-slash' };
  }
  if ((m = MONTH_DAY.exec(text))) {
    const month = MONTHS[m[2]];
    // "Jan" or "Mar" alone is a name more often than a month ("Jan Kavan").
    if (!m[3] && !m[4] && m[2].length <= 4 && !/\.$/.test(text) && m[2] !== 'may' && m[2] !== 'june' && m[2] !== 'july') return null;
    const day = m[3] ? Number(m[3]) : null;
    const year = m[4] ? Number(m[4]) : null;
    if (day !== null && day > 31) return null;
    return { type: 'DATE', value: monthDay(ref, month, day, year, ctx.future, ctx.past, ctx.pastVerbBefore), rule: 'abs:month-day' };
  }
  if ((m = DAY_MONTH.exec(text))) {
    return { type: 'DATE', value: monthDay(ref, MONTHS[m[2]], Number(m[1]), m[3] ? Number(m[3]) : null, ctx.future, ctx.past, ctx.pastVerbBefore), rule: 'abs:day-month' };
  }
  if ((m = WEEK_OF_MONTH.exec(text))) {
    const month = MONTHS[m[2]];
    const ym = monthDay(ref, month, null, m[3] ? Number(m[3]) : null, ctx.future, ctx.past);
    if (ym.startsWith('X')) return { type: 'DATE', value: 'XXXX-WXX', rule: 'rel:week-of-month' };
    const y = Number(ym.slice(0, 4));
    // The ISO week holding the 4th day of the month's first full week; for the last, the week of its fourth-to-last day.
    const last = m[1] === 'last' || m[1] === 'final';
    const day = last ? daysInMonth(y, month) - 3 : 4 + 7 * ['first', 'second', 'third', 'fourth'].indexOf(m[1]);
    return { type: 'DATE', value: formatWeek({ y, m: month, d: day }), rule: 'rel:week-of-month' };
  }
  // "the week of March 6", "the week ending Nov. 15": the week that holds the day.
  if ((m = /^week (?:of|ending|ended) (.+)$/.exec(text))) {
    const day = calendar(m[1], ref, ctx);
    if (!day || !/^(?:\d{4}|XXXX)-\d\d-\d\d$/.test(day.value)) return null;
    return { type: 'DATE', value: day.value.startsWith('X') ? 'XXXX-WXX' : formatWeek(parseYmd(day.value)!), rule: 'rel:week-of-date' };
  }
  if ((m = MONTH_REL_YEAR.exec(text))) {
    const month = MONTHS[m[1]];
    const year = ref ? String(ref.y + YEAR_OFFSET[m[3]]) : 'XXXX';
    return { type: 'DATE', value: m[2] ? `${year}-${pad(month)}-${pad(Number(m[2]))}` : `${year}-${pad(month)}`, rule: 'rel:month-of-year' };
  }
  if ((m = REL_MONTH.exec(text))) {
    const month = MONTHS[m[2]];
    if (!ref) return { type: 'DATE', value: `XXXX-${pad(month)}`, rule: 'rel:month' };
    let y = ref.y;
    if (m[1] === 'last' && month >= ref.m) y -= 1;
    else if (m[1] === 'next' && month <= ref.m) y += 1;
    return { type: 'DATE', value: formatYm(y, month), rule: 'rel:month' };
  }
  // What the rules above do not know, chrono-node parses; its certainty tells the granularity.
  if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|noon|midnight/.test(text)) return null;
  const parsed = chronoParse(text, ref, ctx.future);
  const hit = parsed[0];
  if (!hit || hit.text.length < text.length * 0.6) return null;
  const c = hit.start;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  const known = (unit: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(unit) || (ref !== null && !!c.get(unit));
  if (!ref && !c.isCertain('year')) {
    if (c.isCertain('day')) return { type: 'DATE', value: `XXXX-${pad(mo)}-${pad(d)}`, rule: 'chrono:no-reference' };
    return null;
  }
  if (c.isCertain('hour')) {
    return { type: 'TIME', value: `${formatYmd({ y, m: mo, d })}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`, rule: 'chrono:time' };
  }
  if (c.isCertain('day') || c.isCertain('weekday') || (known('day') && /day|yesterday|tomorrow|ago|later/.test(text))) return { type: 'DATE', value: formatYmd({ y, m: mo, d }), rule: 'chrono:day' };
  if (c.isCertain('month')) return { type: 'DATE', value: formatYm(y, mo), rule: 'chrono:month' };
  if (c.isCertain('year')) return { type: 'DATE', value: String(y), rule: 'chrono:year' };
  return null;
}
