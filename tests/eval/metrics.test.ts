// The scorer's arithmetic on hand-made cases.
import { describe, expect, it } from 'vitest';
import { countMatches, prf, spansMatch } from '../../src/eval/index.js';
import { matchSpans } from '../../src/eval/metrics.js';
import { extent } from '../../src/eval/sets/polnear.js';

describe('metrics', () => {
  it('pairs preferred matches first, over all gold items', () => {
    // Gold 0 ("requested clarification on what China meant by saying X") and gold 1 ("X"); one system item, "X".
    const gold = [{ start: 0, end: 100 }, { start: 50, end: 100 }];
    const system = [{ start: 50, end: 100 }];
    expect(matchSpans(system, gold, 'half')).toEqual([[0, 0]]);
    expect(matchSpans(system, gold, 'half', undefined, (_s, g) => g === 1)).toEqual([[0, 1]]);
  });

  it('computes P, R and F1', () => {
    expect(prf({ correct: 3, system: 4, gold: 6 })).toEqual({ correct: 3, system: 4, gold: 6, p: 0.75, r: 0.5, f1: 0.6 });
  });

  it.each([
    [{ start: 0, end: 10 }, { start: 0, end: 10 }, 'strict', true],
    [{ start: 0, end: 9 }, { start: 0, end: 10 }, 'strict', false],
    [{ start: 9, end: 20 }, { start: 0, end: 10 }, 'overlap', true],
    [{ start: 10, end: 20 }, { start: 0, end: 10 }, 'overlap', false],
    [{ start: 5, end: 20 }, { start: 0, end: 10 }, 'half', true],
    [{ start: 6, end: 20 }, { start: 0, end: 10 }, 'half', false],
  ] as const)('%o vs gold %o (%s): %s', (s, g, mode, expected) => {
    expect(spansMatch(s, g, mode)).toBe(expected);
  });

  it('matches one to one: two system spans over one gold span count once', () => {
    expect(countMatches([{ start: 0, end: 5 }, { start: 5, end: 10 }], [{ start: 0, end: 10 }], 'overlap')).toEqual({ correct: 1, system: 2, gold: 1 });
  });

  it('reads a discontinuous PolNeAR span from its first fragment in the text to its last', () => {
    // A quotation broken by "the moderator said": the content's fragments are listed after-the-cue first, and its
    // start/end were written from them reversed (1072 > 1051).
    expect(extent({ start: 1072, end: 1051, fragments: [[1072, 1339], [872, 1051]] })).toEqual({ start: 872, end: 1339 });
    expect(extent({ start: 5, end: 9 })).toEqual({ start: 5, end: 9 });
  });
});
