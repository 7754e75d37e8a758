import { describe, expect, it } from 'vitest';
import { chunkList } from '../../src/batch/chunk.js';
import { formatBench, type BenchReport } from '../../src/bench/index.js';

const row = (what: string, wordsPerSecond: number, seconds = 1) => ({ what, words: wordsPerSecond * seconds, seconds, wordsPerSecond });

describe('formatBench', () => {
  const report: BenchReport = {
    corpus: { path: '.bench/corpus-50mb.jsonl', mb: 50, articles: 18844, words: 8_261_436 },
    rows: [row('full pipeline, in process, 1 core', 180_000), row('stage dates', 1_440_000, 0.125), row('peer: wink-nlp readDoc alone', 600_000),
      row('peer: compromise nlp()+people()+organizations()', 20_000), row('full pipeline, CLI, 1 worker', 150_000), row('full pipeline, CLI, 2 workers', 156_000)],
    peakRssMb: { '1 worker': 378, '2 workers': 389 },
    startupMs: 788,
    cores: 2,
    machine: { processes: 2, aloneSeconds: 2.5, togetherSeconds: 4.9, speedup: 2 * 2.5 / 4.9 },
  };

  it('sets the workers ratio beside what independent processes reach on the same machine', () => {
    const lines = formatBench(report).split('\n');
    expect(lines).toContain('ratios: pipeline / wink-nlp readDoc 0.30; pipeline / compromise 9.0x; 2 workers / 1 worker 1.04x; dates stage 12.5% of the pipeline');
    expect(lines).toContain('machine: 2 processes at once, each on the same 1 MB after three passes over it, took 4.90 s against 2.50 s for one alone: 1.02x the work per second of one process, the ceiling for 2 workers on this machine');
  });

  it('has no machine line on one core', () => {
    expect(formatBench({ ...report, cores: 1, machine: undefined })).not.toContain('machine:');
  });
});

describe('chunkList: the chunks the CLI makes, for the bench', () => {
  it('cuts at 16 articles or once 128 thousand characters are reached', () => {
    const small = Array.from({ length: 20 }, (_, i) => ({ id: String(i), text: 'x'.repeat(1000) }));
    expect(chunkList(small).map((c) => c.length)).toEqual([16, 4]);
    const big = [{ text: 'x'.repeat(100_000) }, { text: 'x'.repeat(30_000) }, { text: 'y' }];
    expect(chunkList(big).map((c) => c.length)).toEqual([2, 1]);
  });
});
