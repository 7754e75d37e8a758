// Pipeline assembly: stages declare what they need; the order is checked once.
import { describe, expect, it } from 'vitest';
import { createPipeline, PipelineError, pipelines, stages, extractSync } from '../src/index.js';

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
