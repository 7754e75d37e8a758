// PolNeAR: attributions in US political news. Content matches when it covers half the gold content span.
import type { Span } from '../../schema/record.js';
import type { EvalOptions, SetResult } from '../types.js';
import { claimCounts, scoreClaims } from '../score.js';
import { loadJson, row, run, timed } from './common.js';

type GoldSpan = Span & { fragments?: Array<[number, number]> };

interface Data {
  documents: Array<{ id: string; date: string; text: string; attributions: Array<{ source: GoldSpan | null; cue: GoldSpan; content: GoldSpan }> }>;
}

/** A discontinuous span is written with its fragments in reading order of the attribution, not of the text
 *  (“B,” X said of A: content [[B], [A]]), so start/end may be reversed: its extent runs from the first fragment to the
 *  last in the text. */
export function extent(span: GoldSpan): Span {
  if (!span.fragments || span.fragments.length < 2) return span;
  let start = Infinity, end = -Infinity;
  for (const [a, b] of span.fragments) { start = Math.min(start, a); end = Math.max(end, b); }
  return { start, end };
}

/** A discontinuous span's fragments in text order, each with start before end. */
function pieces(span: GoldSpan): Span[] | undefined {
  if (!span.fragments || span.fragments.length < 2) return undefined;
  return span.fragments.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })).sort((x, y) => x.start - y.start);
}

export function evalPolnear(options: EvalOptions): SetResult {
  return timed(options, (diffs) => {
    const data = loadJson<Data>(options.dataDir, 'polnear/train-sample.json');
    const docs = data.documents.slice(0, options.limit);
    const acc = claimCounts();
    for (const d of docs) {
      const gold = d.attributions.filter((a) => a.content && a.cue).map((a) => ({ source: a.source && extent(a.source), cue: extent(a.cue), content: extent(a.content), pieces: pieces(a.content) }));
      scoreClaims(acc, run(d.id, d.text, d.date).claims, gold, d.text, d.id, 'polnear', diffs);
    }
    return {
      rows: [
        row('polnear', 'claims content', 'half-overlap', acc.content),
        row('polnear', 'claims content', 'overlap', acc.contentOverlap),
        row('polnear', 'claims content', 'bounds on matched', acc.contentBounds, 'share of matched contents that start and end where the gold content does (punctuation and quotation marks aside)'),
        row('polnear', 'claims content', 'letters on matched', acc.contentLetters, 'letters and digits of matched contents (their pieces, when listed) against the gold fragments\''),
        row('polnear', 'claims source', 'on matched', acc.source, 'share of matched claims whose speaker overlaps the gold source'),
        row('polnear', 'claims source', 'bounds on matched', acc.sourceBounds, 'share of the speakers that overlap the gold source that start and end where it does (punctuation and quotation marks aside)'),
        row('polnear', 'claims cue', 'overlap', acc.cue),
      ],
      documents: docs.length,
    };
  });
}
