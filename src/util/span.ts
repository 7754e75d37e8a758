// Span helpers shared by every stage: offsets are UTF-16 indexes into the original text, end exclusive.
import type { Span, TextSpan } from '../schema/record.js';
import type { Token } from '../pipeline/document.js';

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

/** Span covering tokens [first, last). */
export function tokenSpan(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first].start, end: tokens[last - 1].end };
}
