// The scorer's arithmetic on hand-made cases.
import { describe, expect, it } from 'vitest';
import { countMatches, prf, spansMatch } from '../../src/eval/index.js';
import { matchSpans } from '../../src/eval/metrics.js';
import { claimCounts, scoreClaims } from '../../src/eval/score.js';
import { extent } from '../../src/eval/sets/polnear.js';
import { extractSync } from '../../src/index.js';

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

  it('counts a matched content within its bounds when it starts and ends where the gold does, punctuation and quotes aside', () => {
    const text = 'Clinton attacked Trump, saying he would appoint judges. “We will win,” she said.';
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const claims = extractSync({ text, publishedAt: '2016-01-31' }).claims;
    expect(claims.map((c) => c.content.text)).toEqual(['Trump', 'he would appoint judges', '“We will win,”']);
    const acc = claimCounts();
    // The gold's second content runs on to the period; its third is without the quotation marks.
    const gold = [
      { source: span('Clinton'), cue: span('attacked'), content: span('Trump') },
      { source: span('Clinton'), cue: span('saying'), content: span('he would appoint judges.') },
      { source: span('she'), cue: span('said'), content: span('We will win') },
    ];
    scoreClaims(acc, claims, gold, text, 'doc', 'test', null);
    expect(acc.contentBounds).toEqual({ correct: 3, system: 3, gold: 3 });
    const diffs: Parameters<typeof scoreClaims>[6] = [];
    scoreClaims(acc, claims, [{ ...gold[0], content: span('Trump, saying he would appoint judges') }], text, 'doc', 'test', diffs);
    expect(acc.contentBounds).toEqual({ correct: 3, system: 4, gold: 4 });
    // --diff lists the matched content whose bounds differ, with the gold's.
    expect(diffs!.filter((d) => d.field === 'claims content bounds').map((d) => [d.text, d.detail])).toEqual([
      ['he would appoint judges', 'cue "saying" (claims:source-cue-content), gold "Trump, saying he would appoint judges"'],
    ]);
  });

  it('counts the letters of a matched content, its pieces when it lists them, against the gold fragments', () => {
    const text = '"The system is sound," Yellen said. "Depositors will be paid."';
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const claims = extractSync({ text, publishedAt: '2023-03-16' }).claims;
    expect(claims[0].content.fragments?.map((f) => f.text)).toEqual(['"The system is sound,"', '"Depositors will be paid."']);
    const gold = [{ source: span('Yellen'), cue: span('said'), content: { start: 1, end: text.length - 1 }, pieces: [span('The system is sound'), span('Depositors will be paid')] }];
    const acc = claimCounts();
    scoreClaims(acc, claims, gold, text, 'doc', 'test', null);
    // 16 + 20 letters in both; the content's extent would add "Yellen said" (10).
    expect(acc.contentLetters).toEqual({ correct: 36, system: 36, gold: 36 });
    const whole = claimCounts();
    scoreClaims(whole, claims.map((c) => ({ ...c, content: { ...c.content, fragments: undefined } })), gold, text, 'doc', 'test', null);
    expect(whole.contentLetters).toEqual({ correct: 36, system: 46, gold: 36 });
  });

  it('reads a discontinuous PolNeAR span from its first fragment in the text to its last', () => {
    // A quotation broken by "the moderator said": the content's fragments are listed after-the-cue first, and its
    // start/end were written from them reversed (1072 > 1051).
    expect(extent({ start: 1072, end: 1051, fragments: [[1072, 1339], [872, 1051]] })).toEqual({ start: 872, end: 1339 });
    expect(extent({ start: 5, end: 9 })).toEqual({ start: 5, end: 9 });
  });
});
