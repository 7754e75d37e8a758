// Pipeline assembly: stages declare what they need; the order is checked once.
import { describe, expect, it } from 'vitest';
import { analyze, createPipeline, PipelineError, pipelines, stages, extractManySync, extractSync } from '../src/index.js';

describe('createPipeline', () => {
  it('refuses a stage whose requirements no earlier stage provides', () => {
    expect(() => createPipeline('broken', [stages.ingest, stages.entities])).toThrow(PipelineError);
    expect(() => createPipeline('broken', [stages.ingest, stages.entities])).toThrow(/entities.*requires tokens, sentences/);
  });

  it('freezes the stage list', () => {
    expect(Object.isFrozen(pipelines.default.stages)).toBe(true);
    expect(pipelines.default.stages.map((s) => s.name)).toEqual(['ingest', 'tokens', 'entities', 'dates', 'claims', 'events', 'record']);
  });

  it('runs a dates-only preset that produces no entities', () => {
    const r = extractSync({ text: 'In 2017, China implemented its cyber-security laws.' }, { pipeline: pipelines['dates-only'] });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['2017', '2017']]);
    expect(r.entities).toEqual([]);
  });
});

describe('many articles at once (stage by stage)', () => {
  const texts = ['Premier Li Keqiang met Steven Mnuchin in Beijing on Wednesday.', 'Reuters reported that China agreed to talks on Friday.'];

  it('gives each article the record it gets alone', () => {
    const many = extractManySync(texts.map((text) => ({ text, publishedAt: '2019-04-03' })));
    expect(many.map((e) => e.record)).toEqual(texts.map((text) => extractSync({ text, publishedAt: '2019-04-03' })));
  });

  it("keeps one article's error to itself: bad input, or a stage that throws on it", () => {
    const picky = { name: 'picky', requires: ['ingest'] as const, provides: [], run: (doc: { text: string }) => { if (doc.text.includes('Reuters')) throw new Error('no wires'); return {}; } };
    const pipeline = createPipeline('picky', [stages.ingest, picky, stages.tokens, stages.dates, stages.record]);
    const many = extractManySync([{ text: texts[0] }, { text: 42 as unknown as string }, { text: texts[1] }, { text: 'Talks resume on Monday.', publishedAt: '2019-04-03' }], { pipeline });
    expect(many.map((e) => e.error ? `error: ${e.error.message}` : e.record!.dates.map((d) => d.value).join())).toEqual(['XXXX-WXX-3', expect.stringMatching(/^error: .*"text".*expected string, received number/s), 'error: no wires', '2019-04-08']);
  });
});

describe('determinism', () => {
  it('reads an article the same whatever the process read before (wink-nlp learns words it meets)', () => {
    const later = "The Boatmen's bank grew.";
    const values = () => analyze({ text: later }).tokens!.map((t) => t.value);
    expect(values()).toEqual(['The', 'Boatmen', "'s", 'bank', 'grew', '.']);
    // Read whole before a period, "Boatmen's" would otherwise stay one token from then on.
    extractSync({ text: "He sold Boatmen's." });
    extractSync({ text: "He sold Boatmen's." });
    expect(values()).toEqual(['The', 'Boatmen', "'s", 'bank', 'grew', '.']);
  });
});
