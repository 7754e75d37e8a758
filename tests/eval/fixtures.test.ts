// The golden fixtures are well formed: every gold span is the text it claims to be.
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../src/eval/sets/fixtures.js';
import { evaluate } from '../../src/eval/index.js';

describe.each(loadFixtures())('fixture $gold.id', ({ gold, text }) => {
  it('states the publication date it assumes', () => {
    expect(gold.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has exact offsets', () => {
    const spans = [
      ...gold.entities.flatMap((e) => e.mentions),
      ...gold.dates.map((d) => ({ ...d, text: d.text! })),
      ...gold.events.map((e) => e.trigger),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    // (A claim may name no speaker: "It is also being criticized because ...".)
    for (const c of gold.claims) for (const s of [c.speaker, c.cue, c.content]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('fixtures diff', () => {
  it('names each matched event whose actor or recipient is not the gold one, with the gold names', () => {
    const { results } = evaluate(['fixtures'], { diff: true });
    const wrong = results.fixtures.diffs.filter((d) => d.field.startsWith('events ') && d.kind === 'wrong-value');
    const rows = results.fixtures.rows.filter((r) => r.field === 'events actor' || r.field === 'events recipient');
    expect(wrong.length).toBe(rows.reduce((n, r) => n + r.gold - r.correct, 0));
    for (const d of wrong) expect(d.detail).toMatch(/^gold [^(]+ \([A-Z]+ "[^"]+"\)$/);
  });
});
