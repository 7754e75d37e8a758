// Span look-ups that keep the stages linear on huge articles: they must find exactly what a scan finds.
import { describe, expect, it } from 'vitest';
import { firstContaining, hasDigit, overlapping, spanIndex } from '../src/util/span.js';

describe('overlapping', () => {
  // Sorted by start; the second span is long and starts well before the ones searched for.
  const dates = [{ start: 0, end: 5 }, { start: 10, end: 400 }, { start: 20, end: 25 }, { start: 30, end: 31 }, { start: 500, end: 510 }];

  it('finds every span that overlaps, in list order, including a long one that starts far before', () => {
    expect(overlapping(dates, { start: 300, end: 320 })).toEqual([{ start: 10, end: 400 }]);
    expect(overlapping(dates, { start: 22, end: 31 })).toEqual([{ start: 10, end: 400 }, { start: 20, end: 25 }, { start: 30, end: 31 }]);
  });

  it('treats end as exclusive on both sides, and finds nothing in an empty list', () => {
    expect(overlapping(dates, { start: 5, end: 10 })).toEqual([]);
    expect(overlapping(dates, { start: 400, end: 500 })).toEqual([]);
    expect(overlapping([], { start: 0, end: 100 })).toEqual([]);
  });
});

describe('firstContaining', () => {
  it('returns the first item in the original order whose span contains the span, not the first by start', () => {
    const claims = [{ id: 'b', content: { start: 40, end: 90 } }, { id: 'a', content: { start: 10, end: 100 } }, { id: 'c', content: { start: 50, end: 60 } }];
    const index = spanIndex(claims, (c) => c.content);
    expect(index.map((x) => x.item.id)).toEqual(['a', 'b', 'c']);
    expect(firstContaining(index, { start: 45, end: 50 })?.id).toBe('b');
    expect(firstContaining(index, { start: 20, end: 30 })?.id).toBe('a');
    expect(firstContaining(index, { start: 95, end: 120 })).toBeUndefined();
  });
});

describe('hasDigit', () => {
  it('finds a digit anywhere in a word, as /\\d/ does, and only ASCII digits', () => {
    expect(['1990', 'mid-1990s', "'90s", 'FY2019', 'Q3'].map(hasDigit)).toEqual([true, true, true, true, true]);
    expect(['Tuesday', 'mid-century', '', '٣'].map(hasDigit)).toEqual([false, false, false, false]);
    expect(['٣', 'mid-century'].map((w) => /\d/.test(w))).toEqual([false, false]);
  });
});
