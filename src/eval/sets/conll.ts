// CoNLL-2003 dev: every name is marked, so precision is real. PER/ORG/LOC; MISC is not a type we produce.
import type { EvalOptions, SetResult } from '../types.js';
import { nerMentions, scoreNer, type NerCounts, type NerMention } from '../score.js';
import { loadJson, row, run, timed } from './common.js';

interface Data { documents: Array<{ id: string; text: string; entities: NerMention[] }> }

const TYPES = ['PER', 'ORG', 'LOC'] as const;

export function evalConll(options: EvalOptions): SetResult {
  return timed(options, (diffs) => {
    const data = loadJson<Data>(options.dataDir, 'ner/conll2003-dev.json');
    const docs = data.documents.slice(0, options.limit);
    const acc: NerCounts = {};
    for (const d of docs) {
      const record = run(d.id, d.text, null);
      const misc = d.entities.filter((e) => e.type === 'MISC');
      // A name we find inside a MISC name ("World Cup") is neither right nor wrong for PER/ORG/LOC.
      const system = nerMentions(record).filter((m) => !misc.some((x) => x.start <= m.start && m.end <= x.end));
      scoreNer(acc, system, d.entities.filter((e) => e.type !== 'MISC'), TYPES, d.text, d.id, 'conll', diffs);
    }
    return {
      rows: [...TYPES, 'ALL'].flatMap((t) => [
        row('conll', `entities ${t}`, 'overlap', acc[t].overlap),
        row('conll', `entities ${t}`, 'strict', acc[t].strict),
      ]),
      documents: docs.length,
    };
  });
}
