// MEANTIME (Wikinews): dates against the DCT; entity names, whose annotation is partial: recall is the measure.
import type { EvalOptions, SetResult } from '../types.js';
import { dateCounts, nerMentions, scoreDates, scoreNer, type GoldDate, type NerCounts, type NerMention } from '../score.js';
import { loadJson, row, run, timed } from './common.js';

interface Data {
  documents: Array<{ id: string; dct: string; text: string; timexes: GoldDate[]; entities: Array<NerMention & { syntax: string }> }>;
}

const TYPES = ['PER', 'ORG', 'LOC'] as const;
const NAME_SYNTAX = new Set(['NAM', 'PRE.NAM']);

/** End of the sentence holding the last annotation. */
function annotatedEnd(text: string, lastEnd: number): number {
  const candidates = [text.indexOf('. ', lastEnd), text.indexOf('\n', lastEnd)].filter((i) => i >= 0);
  return candidates.length ? Math.min(...candidates) + 1 : text.length;
}

export function evalMeantime(options: EvalOptions): SetResult {
  return timed(options, (diffs) => {
    const data = loadJson<Data>(options.dataDir, 'meantime/dev.json');
    const docs = data.documents.slice(0, options.limit);
    const dates = dateCounts();
    const ner: NerCounts = {};
    for (const d of docs) {
      const record = run(d.id, d.text, d.dct);
      // MEANTIME annotates the first sentences of each article only: score inside the annotated region.
      const region = annotatedEnd(d.text, Math.max(0, ...d.timexes.map((t) => t.end), ...d.entities.map((e) => e.end)));
      record.dates = record.dates.filter((x) => x.start < region);
      record.entities = record.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.start < region) })).filter((e) => e.mentions.length > 0);
      scoreDates(dates, record.dates, d.timexes, d.text, d.id, 'meantime', diffs);
      const gold = d.entities.filter((e) => NAME_SYNTAX.has(e.syntax) && (TYPES as readonly string[]).includes(e.type));
      // Only recall is meaningful: score system names against gold, and report precision as a lower bound.
      // MEANTIME marks demonyms ("American") as LOC names, and names inside names ("United States" in "United States Senate").
      scoreNer(ner, nerMentions(record, true, true), gold, TYPES, d.text, d.id, 'meantime', diffs ? [] : null);
      if (diffs) {
        const sys = nerMentions(record, true, true);
        for (const g of gold) if (!sys.some((s) => s.type === g.type && s.start < g.end && g.start < s.end)) diffs.push({ set: 'meantime', document: d.id, field: `entities ${g.type}`, kind: 'miss', text: d.text.slice(g.start, g.end), sentence: d.text.slice(Math.max(0, g.start - 80), g.end + 80).replace(/\s+/g, ' ') });
      }
    }
    const note = 'partial annotation: recall is the measure, precision a lower bound';
    return {
      rows: [
        row('meantime', 'dates', 'extent strict', dates.strict),
        row('meantime', 'dates', 'extent overlap', dates.overlap),
        row('meantime', 'dates', 'value', dates.value),
        ...[...TYPES, 'ALL'].map((t) => row('meantime', `entities ${t}`, 'names recall', ner[t]?.overlap ?? { correct: 0, system: 0, gold: 0 }, note, 'r')),
      ],
      documents: docs.length,
    };
  });
}
