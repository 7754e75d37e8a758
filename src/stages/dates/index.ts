// Dates: TIMEX3 extents (wink-nlp's DATE/TIME/DURATION entities plus the expressions it misses), widened to
// TimeML's extent ("the last week", "recent weeks"), then normalized against the reference date.
import type { Document, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { DateItem, Span } from '../../schema/record.js';
import { stableId } from '../../util/id.js';
import { tokenAt } from '../../util/span.js';
import { normalize } from './normalize.js';

// Expressions wink-nlp's lite model does not mark: "now", "recently", "the future", "daily", "third-quarter", ...
const EXTRA = /\b(?:now|currently|recently|nowadays|soon|the (?:past|future|present)|daily|weekly|monthly|annually|yearly|quarterly|today|yesterday|tomorrow|tonight|recent (?:days|weeks|months|years|decades)|the (?:week|month|year|quarter|weekend|day)|(?:first|second|third|fourth)[- ]quarter|fiscal \d{4}|(?:each|every) (?:day|week|month|year|quarter|night|morning|evening|season|weekend|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:spring|summer|autumn|winter)(?: of \d{4})?|(?:last|this|next) fall|(?:this|last|next|the current|the coming|the past|the previous) (?:week|month|year|quarter|weekend|decade|morning|afternoon|evening|night))\b/gi;
const PREFIX = new Set(['the', 'this', 'that', 'last', 'next', 'past', 'coming', 'previous', 'recent', 'early', 'late', 'mid', 'earlier', 'later', 'about', 'around', 'nearly', 'almost', 'some', 'each', 'every', 'latest', 'first', 'final', 'same', 'several', 'few', 'current']);
const SUFFIX = new Set(['ago', 'earlier', 'later']);
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'next', 'upcoming', 'scheduled', 'plans', 'plan', 'planned', 'expected', 'due', 'tomorrow']);
const TYPES = new Set(['DATE', 'TIME', 'DURATION']);

interface Extent extends Span { hint?: string }

function widen(tokens: readonly Token[], first: number, last: number, sentenceFirst: number): [number, number] {
  let a = first;
  while (a > sentenceFirst && PREFIX.has(tokens[a - 1].lower) && tokens[a - 1].end >= tokens[a].start - 1) a--;
  // "the" only opens an extent that goes on to a time word: "the last week", not "the" before "2017".
  if (a < first && tokens[a].lower === 'the' && /^\d{4}$/.test(tokens[first].value)) a++;
  let b = last;
  if (b < tokens.length && SUFFIX.has(tokens[b].lower) && tokens[b].sentence === tokens[last - 1].sentence) b++;
  return [a, b];
}

function isFuture(tokens: readonly Token[], first: number, sentenceFirst: number, sentenceLast: number): boolean {
  for (let i = Math.max(sentenceFirst, first - 10); i < Math.min(sentenceLast, first + 4); i++) {
    if (FUTURE_AUX.has(tokens[i].lower) || (tokens[i].lower === 'to' && i + 1 < first && tokens[i - 1] && ['is', 'are', 'going'].includes(tokens[i - 1].lower))) return true;
  }
  return false;
}

export const dates: Stage = {
  name: 'dates',
  requires: ['ingest', 'tokens', 'sentences', 'numericEntities'],
  provides: ['dates'],
  run(doc: Document): Partial<Document> {
    const { text, meta } = doc;
    const tokens = doc.tokens!;
    const sentences = doc.sentences!;
    const reference = doc.ingest!.referenceDate;
    const extents: Extent[] = [];
    for (const e of doc.numericEntities!) if (TYPES.has(e.type)) extents.push({ start: e.start, end: e.end, hint: e.type });
    // The dateline ("March 06, 2008" under the title) is a date of the text too.
    if (doc.ingest!.dateline) extents.push({ ...doc.ingest!.dateline });
    const analysis = doc.ingest!.analysisText;
    for (const m of analysis.matchAll(EXTRA)) extents.push({ start: m.index!, end: m.index! + m[0].length });
    // Widen to whole tokens and TimeML's extent, then keep the longest of overlapping extents.
    const widened: Array<Extent & { first: number; last: number }> = [];
    for (const e of extents) {
      const first = tokenAt(tokens, e.start);
      let last = tokenAt(tokens, e.end - 1) + 1;
      if (first >= tokens.length || last <= first) continue;
      last = Math.min(last, tokens.length);
      const s = sentences[tokens[first].sentence];
      const [a, b] = widen(tokens, first, last, s.firstToken);
      widened.push({ start: tokens[a].start, end: tokens[b - 1].end, hint: e.hint, first: a, last: b });
    }
    widened.sort((x, y) => x.start - y.start || y.end - x.end);
    const out: DateItem[] = [];
    let lastEnd = -1;
    for (const e of widened) {
      if (e.start < lastEnd) continue;
      const s = sentences[tokens[e.first].sentence];
      const surface = text.slice(e.start, e.end);
      let norm = normalize(surface, { reference, future: isFuture(tokens, e.first, s.firstToken, s.lastToken), hint: e.hint });
      let start = e.start;
      // A determiner or modifier that the value does not accept is dropped again: "the 2017" -> "2017".
      for (let a = e.first; !norm && a + 1 < e.last && PREFIX.has(tokens[a].lower); a++) {
        start = tokens[a + 1].start;
        norm = normalize(text.slice(start, e.end), { reference, future: isFuture(tokens, a + 1, s.firstToken, s.lastToken), hint: e.hint });
      }
      if (!norm) continue;
      lastEnd = e.end;
      out.push({ id: stableId('date', meta.id, start, e.end), start, end: e.end, text: text.slice(start, e.end), type: norm.type, value: norm.value, rule: norm.rule });
    }
    return { dates: out };
  },
};
