// Pipeline assembly: stages declare what they need; the order is checked once.
import { describe, expect, it } from 'vitest';
import { analyze, createPipeline, PipelineError, pipelines, stages, extractSync } from '../src/index.js';

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
