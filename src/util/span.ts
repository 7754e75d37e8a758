// Span helpers shared by every stage: offsets are UTF-16 indexes into the original text, end exclusive.
import type { Span, TextSpan } from '../schema/record.js';
import type { Token } from '../pipeline/document.js';
import { ENDS_ED } from './words.js';

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Trims white space and the given punctuation from both ends of a span. */
export function trimSpan(text: string, span: Span, chars = ' \t\r\n'): Span {
  let { start, end } = span;
  while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return { start, end };
}

/** Index of the first token whose end is after `offset` (binary search over token starts). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The possessive ending as a token of its own: "'s" or "’s" ("Brazil's President", "the bank's chief"). */
export const isPossessiveS = (t: Token | undefined): boolean => !!t && (t.value === "'s" || t.value === '’s');

/** Whether a word has a digit (as /\d/ tests, without a regular expression's call: it runs for every token). */
export function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A verb's past form, regular or not, by its spelling against its lemma: "confirmed", "gave", "took" (not the lemma,
 *  no -s, no -ing). */
export const pastForm = (t: Token): boolean => t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);

/** Whether a verb or auxiliary stands among tokens [from, to). */
export function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
}

/** Span covering tokens [first, last). */
export function tokenSpan(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first].start, end: tokens[last - 1].end };
}

const longestOf = new WeakMap<readonly Span[], number>();

/**
 * The spans of a list sorted by start that overlap `span`, in list order: a binary search, not a scan, so that a
 * stage stays linear on a huge article. The list must not change once searched (its longest span is kept).
 */
export function overlapping<T extends Span>(sorted: readonly T[], span: Span): T[] {
  let longest = longestOf.get(sorted);
  if (longest === undefined) {
    longest = 0;
    for (const s of sorted) longest = Math.max(longest, s.end - s.start);
    longestOf.set(sorted, longest);
  }
  const from = span.start - longest;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end > span.start) out.push(sorted[i]);
  return out;
}

/** Items keyed by one of their spans and sorted by its start (then by their order in `items`), for `overlapping`. */
export function spanIndex<T>(items: readonly T[], spanOf: (item: T) => Span): Array<Span & { item: T; order: number }> {
  return items.map((item, order) => ({ start: spanOf(item).start, end: spanOf(item).end, item, order })).sort((a, b) => a.start - b.start || a.order - b.order);
}

/** Of the indexed items whose span contains `span`, the first in the items' order. */
export function firstContaining<T>(index: ReturnType<typeof spanIndex<T>>, span: Span): T | undefined {
  let best: (typeof index)[number] | undefined;
  for (const x of overlapping(index, span)) if (contains(x, span) && (!best || x.order < best.order)) best = x;
  return best?.item;
}

/** Tokens that end a sentence or a clause of it as punctuation: ".", "!", "?", ";". */
export const END_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

/** The articles: "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Forms of "be" before a participle that make a passive: "was attacked", "has been released". */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** A verb's past participle by its form: "signed", "sought", "held", "told" (not "signs", "seeking"). */
export function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && (ENDS_ED.test(t.lower) || (t.lower !== t.lemma && !/(?:ing|s)$/.test(t.lower)));
}
/** Possessive determiners: "Both of his GOP senators", "its declining share". */
export const POSSESSIVE: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Quantifiers that stand for people: "Most said", "many agreed", "Others supported", "Another said" head a speaker
 *  phrase; opening a sentence, none opens a name ("Several Cineplex analysts"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'most', 'some', 'others', 'few', 'several', 'both', 'all', 'none', 'one', 'another', 'each', 'neither', 'either']);

/** Whether a quotation opened in `words` is still open at their end. */
export function quoteOpen(words: string): boolean {
  // (Counted in one pass: split() made four arrays per claim.)
  let straight = 0;
  let curly = 0;
  for (let k = 0; k < words.length; k++) {
    const c = words.charCodeAt(k);
    if (c === 0x22) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

/** Whether a bracket opened in `words` is still open at their end. */
export const bracketOpen = (words: string): boolean => words.lastIndexOf('(') > words.lastIndexOf(')');
