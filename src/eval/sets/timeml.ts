// TempEval-3 TBAQ dev: TIMEX3 extents (strict, overlap), values and types, against each document's DCT.
import type { EvalOptions, SetResult } from '../types.js';
import { dateCounts, scoreDates, type GoldDate } from '../score.js';
import { loadJson, row, run, timed } from './common.js';

interface Data { documents: Array<{ id: string; dct: string; text: string; timexes: GoldDate[] }> }

export function evalTimeml(options: EvalOptions): SetResult {
  return timed(options, (diffs) => {
    const data = loadJson<Data>(options.dataDir, 'timeml/tbaq-dev.json');
    const docs = data.documents.slice(0, options.limit);
    const acc = dateCounts();
    for (const d of docs) scoreDates(acc, run(d.id, d.text, d.dct).dates, d.timexes, d.text, d.id, 'timeml', diffs);
    return {
      rows: [
        row('timeml', 'dates', 'extent strict', acc.strict),
        row('timeml', 'dates', 'extent overlap', acc.overlap),
        row('timeml', 'dates', 'value', acc.value),
        row('timeml', 'dates', 'type', acc.type),
      ],
      documents: docs.length,
    };
  });
}
