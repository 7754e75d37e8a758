// Calendar arithmetic on plain YYYY-MM-DD strings (UTC, no clock, no time zone).
import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** The parts of a day a weekday takes ("Friday night", "Saturday Night Live"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

export interface Ymd { y: number; m: number; d: number }

export function parseYmd(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const ymd = { y: +match[1], m: +match[2], d: +match[3] };
  return isValid(ymd) ? ymd : null;
}

export function isValid({ y, m, d }: Ymd): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A number with leading zeros: pad(4) -> "04", pad(7, 4) -> "0007". */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatYmd({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Days from `a` to `b` (negative when `b` comes first). */
export function daysFrom(a: Ymd, b: Ymd): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000;
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday({ y, m, d }: Ymd): number {
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO 8601 week: the week's year and number. */
export function isoWeek(date: Ymd): { y: number; w: number } {
  const thursday = addDays(date, 4 - weekday(date));
  return { y: thursday.y, w: Math.floor(daysFrom({ y: thursday.y, m: 1, d: 1 }, thursday) / 7) + 1 };
}

export function formatWeek(date: Ymd): string {
  const { y, w } = isoWeek(date);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** The readings of an all-number date with the year last: "03-02-2009" is March 2 or 3 February; "13-02-2009" one. */
export function numericReadings(value: string): string[] {
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value.trim());
  if (!m) return [];
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const out: string[] = [];
  for (const [mo, d] of [[a, b], [b, a]]) {
    if (isValid({ y, m: mo, d })) out.push(formatYmd({ y, m: mo, d }));
  }
  return [...new Set(out)];
}

/** Normalizes an ISO-ish date or timestamp to YYYY-MM-DD, or null when it is not one. */
export function toReferenceDate(value: string): string | null {
  const ymd = parseYmd(value.trim());
  if (ymd) return formatYmd(ymd);
  // Month first where both readings are dates (the ingest stage asks the dateline to decide).
  const readings = numericReadings(value);
  if (readings.length) return readings[0];
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const t = new Date(parsed);
  return formatYmd({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** A dateline line with an ISO date: "LONDON 1996-08-30", "IRVINE, Calif 1996-08-30", "2008-03-06".
 *  Groups: 1 the place (if any), 2-4 year, month, day. */
export const DATELINE_ISO = /^(?:([A-Z][A-Za-z .,'’-]{1,40})\s+)?(\d{4})-(\d{2})-(\d{2})$/;

/** A holiday's rule as holidays.json writes it. */
interface HolidayRule { date?: [number, number]; nth?: [number, number, number]; last?: [number, number]; easter?: number; days?: number }

/** Holidays by their lower-case name (straight apostrophes), from src/lexicons/holidays.json: a fixed [month, day] or
 *  the day in a year. The dates stage finds them by these names, capitalized. */
export const HOLIDAYS: Record<string, [number, number] | ((y: number) => Ymd)> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(packagePath('src', 'lexicons', 'holidays.json'), 'utf8')).holidays as Record<string, HolidayRule>)
    .map(([name, rule]) => [name, holiday(name, rule)]),
);

function holiday(name: string, { date, nth, last, easter: fromEaster, days = 0 }: HolidayRule): [number, number] | ((y: number) => Ymd) {
  if (date && days === 0) return date;
  const day = date ? (y: number): Ymd => ({ y, m: date[0], d: date[1] })
    : nth ? (y: number) => nthWeekday(y, nth[0], nth[1], nth[2])
    : last ? (y: number) => lastWeekday(y, last[0], last[1])
    : fromEaster !== undefined ? (y: number) => addDays(easter(y), fromEaster)
    : null;
  if (!day) throw new Error(`holidays.json: "${name}" has no date, nth, last or easter rule`);
  return days === 0 ? day : (y) => addDays(day(y), days);
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

function nthWeekday(y: number, m: number, day: number, n: number): Ymd {
  const first = weekday({ y, m, d: 1 });
  return { y, m, d: 1 + ((day - first + 7) % 7) + 7 * (n - 1) };
}
function lastWeekday(y: number, m: number, day: number): Ymd {
  const last = daysInMonth(y, m);
  const w = weekday({ y, m, d: last });
  return { y, m, d: last - ((w - day + 7) % 7) };
}
