// PolNeAR: attributions in US political news. Content matches when it covers half the gold content span.
import type { Span } from '../../schema/record.js';
import type { EvalOptions, SetResult } from '../types.js';
import { claimCounts, scoreClaims } from '../score.js';
import { loadJson, row, run, timed } from './common.js';

interface Data {
  documents: Array<{ id: string; date: string; text: string; attributions: Array<{ source: Span | null; cue: Span; content: Span }> }>;
}

export function evalPolnear(options: EvalOptions): SetResult {
  return timed(options, (diffs) => {
    const data = loadJson<Data>(options.dataDir, 'polnear/train-sample.json');
    const docs = data.documents.slice(0, options.limit);
    const acc = claimCounts();
    for (const d of docs) {
      const gold = d.attributions.filter((a) => a.content && a.cue);
      scoreClaims(acc, run(d.id, d.text, d.date).claims, gold, d.text, d.id, 'polnear', diffs);
    }
    return {
      rows: [
        row('polnear', 'claims content', 'half-overlap', acc.content),
        row('polnear', 'claims content', 'overlap', acc.contentOverlap),
        row('polnear', 'claims source', 'on matched', acc.source, 'share of matched claims whose speaker overlaps the gold source'),
        row('polnear', 'claims cue', 'overlap', acc.cue),
      ],
      documents: docs.length,
    };
  });
}
