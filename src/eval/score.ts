// Field scorers shared by every data set: dates, entity mentions, claims, events.
import type { Claim, DateItem, NewsRecord, Span } from '../schema/record.js';
import { overlaps, trimSpan } from '../util/span.js';
import { add, countMatches, matchSpans, zero, type Counts, type MatchMode } from './metrics.js';
import type { DiffItem } from './types.js';

/** The sentence-ish context of a span, for --diff. */
export function context(text: string, span: Span): string {
  const left = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('. ', span.start - 1) + 1, span.start - 160);
  let right = text.indexOf('\n', span.end);
  const stop = text.indexOf('. ', span.end);
  if (right < 0 || (stop >= 0 && stop < right)) right = stop >= 0 ? stop + 1 : text.length;
  right = Math.min(right, span.end + 160);
  return `${text.slice(left, span.start)}[[${text.slice(span.start, span.end)}]]${text.slice(span.end, right)}`.replace(/\s+/g, ' ').trim();
}

export interface GoldDate extends Span { type: string; value: string; text?: string }

export interface DateCounts { strict: Counts; overlap: Counts; value: Counts; type: Counts }
export const dateCounts = (): DateCounts => ({ strict: zero(), overlap: zero(), value: zero(), type: zero() });

/** Values compare as TimeML values, not strings: "2000-W07" is "2000-W7". */
export function sameValue(a: string, b: string): boolean {
  const canon = (v: string) => v.replace(/-W0(\d)/, '-W$1');
  return canon(a) === canon(b);
}

/** TempEval-3: extents strict and relaxed; value and type counted on relaxed matches. */
export function scoreDates(acc: DateCounts, system: readonly DateItem[], gold: readonly GoldDate[], text: string, doc: string, set: string, diffs: DiffItem[] | null): void {
  acc.strict = add(acc.strict, countMatches(system, gold, 'strict'));
  const pairs = matchSpans(system, gold, 'overlap');
  acc.overlap = add(acc.overlap, { correct: pairs.length, system: system.length, gold: gold.length });
  const valueRight = pairs.filter(([s, g]) => sameValue(system[s].value, gold[g].value)).length;
  acc.value = add(acc.value, { correct: valueRight, system: system.length, gold: gold.length });
  acc.type = add(acc.type, { correct: pairs.filter(([s, g]) => system[s].type === gold[g].type).length, system: system.length, gold: gold.length });
  if (!diffs) return;
  const matchedS = new Set(pairs.map(([s]) => s));
  const matchedG = new Set(pairs.map(([, g]) => g));
  gold.forEach((g, i) => { if (!matchedG.has(i)) diffs.push({ set, document: doc, field: 'dates', kind: 'miss', text: text.slice(g.start, g.end), detail: `${g.type} ${g.value}`, sentence: context(text, g) }); });
  system.forEach((s, i) => { if (!matchedS.has(i)) diffs.push({ set, document: doc, field: 'dates', kind: 'false-alarm', text: s.text, detail: `${s.type} ${s.value} (${s.rule})`, sentence: context(text, s) }); });
  for (const [s, g] of pairs) {
    if (!sameValue(system[s].value, gold[g].value)) diffs.push({ set, document: doc, field: 'dates', kind: 'wrong-value', text: `${system[s].text} / gold "${text.slice(gold[g].start, gold[g].end)}"`, detail: `${system[s].value} (${system[s].rule}), gold ${gold[g].value}`, sentence: context(text, gold[g]) });
  }
}

export type NerType = 'PER' | 'ORG' | 'LOC';
export interface NerMention extends Span { type: NerType | string }

const NER_OF: Record<string, NerType> = { person: 'PER', organization: 'ORG', location: 'LOC' };
const NAME_KINDS = new Set(['name', 'acronym', 'surname']);

/** The record's name mentions as NER mentions (pronouns, titles and demonyms are not names). */
export function nerMentions(record: NewsRecord, withDemonyms = false, nested = false): NerMention[] {
  const out: NerMention[] = [];
  for (const e of record.entities) {
    const type = NER_OF[e.type];
    if (!type) continue;
    for (const m of e.mentions) if (NAME_KINDS.has(m.kind) || (withDemonyms && m.kind === 'demonym')) out.push({ start: m.start, end: m.end, type });
  }
  // An organization's name may contain a place's ("United States Senate"): flat annotation keeps the outer one.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  if (nested) return out;
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start)));
}

export type NerCounts = Record<string, { strict: Counts; overlap: Counts }>;

export function scoreNer(acc: NerCounts, system: NerMention[], gold: NerMention[], types: readonly string[], text: string, doc: string, set: string, diffs: DiffItem[] | null): void {
  for (const type of [...types, 'ALL']) {
    const s = type === 'ALL' ? system : system.filter((m) => m.type === type);
    const g = type === 'ALL' ? gold : gold.filter((m) => m.type === type);
    const same = type === 'ALL' ? (a: NerMention, b: NerMention) => a.type === b.type : undefined;
    acc[type] ??= { strict: zero(), overlap: zero() };
    acc[type].strict = add(acc[type].strict, countMatches(s, g, 'strict', same));
    acc[type].overlap = add(acc[type].overlap, countMatches(s, g, 'overlap', same));
  }
  if (!diffs) return;
  const pairs = matchSpans(system, gold, 'overlap', (a, b) => a.type === b.type);
  const ms = new Set(pairs.map(([s]) => s));
  const mg = new Set(pairs.map(([, g]) => g));
  gold.forEach((g, i) => { if (!mg.has(i)) diffs.push({ set, document: doc, field: `entities ${g.type}`, kind: 'miss', text: text.slice(g.start, g.end), detail: system.find((s) => overlaps(s, g))?.type ? `typed ${system.find((s) => overlaps(s, g))!.type}` : undefined, sentence: context(text, g) }); });
  system.forEach((s, i) => { if (!ms.has(i)) diffs.push({ set, document: doc, field: `entities ${s.type}`, kind: 'false-alarm', text: text.slice(s.start, s.end), sentence: context(text, s) }); });
}

/** `pieces`: a discontinuous content's fragments in text order (the content's extent when absent). */
export interface GoldClaim { source: Span | null; cue: Span; content: Span; pieces?: Span[] }
export interface ClaimCounts { content: Counts; contentOverlap: Counts; contentBounds: Counts; contentLetters: Counts; source: Counts; sourceBounds: Counts; cue: Counts }
export const claimCounts = (): ClaimCounts => ({ content: zero(), contentOverlap: zero(), contentBounds: zero(), contentLetters: zero(), source: zero(), sourceBounds: zero(), cue: zero() });

/** The offsets of the letters and digits in some spans (a content's words, its punctuation and spacing aside). */
function letters(text: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const { start, end } of spans) for (let i = start; i < end; i++) if (LETTER.test(text[i])) out.add(i);
  return out;
}
const LETTER = /[\p{L}\p{N}]/u;
// What may stand at either end of a content without changing what it says: spaces, punctuation, quotation marks.
const BOUND_TRIM = ' \t\r\n,.;:!?"“”\'‘’—–-';

/** PolNeAR-style: content matches when it covers at least half the gold span; source judged on matched claims. */
export function scoreClaims(acc: ClaimCounts, system: readonly Claim[], gold: readonly GoldClaim[], text: string, doc: string, set: string, diffs: DiffItem[] | null, contentMode: MatchMode = 'half'): void {
  const contents = system.map((c) => c.content);
  const goldContents = gold.map((g) => g.content);
  // Of the claims whose content matches, the one with the gold cue: "X requested clarification on what China meant by
  // saying ..." holds two claims whose contents overlap.
  const pairs = matchSpans(contents, goldContents, contentMode, undefined, (si, gi) => overlaps(system[si].cue, gold[gi].cue));
  acc.content = add(acc.content, { correct: pairs.length, system: system.length, gold: gold.length });
  acc.contentOverlap = add(acc.contentOverlap, countMatches(contents, goldContents, 'overlap'));
  // Of the matched contents, those that start and end where the gold's do, punctuation and quotation marks aside.
  const sameBounds = (a: Span, b: Span) => { const [x, y] = [trimSpan(text, a, BOUND_TRIM), trimSpan(text, b, BOUND_TRIM)]; return x.start === y.start && x.end === y.end; };
  const bounded = pairs.filter(([s, g]) => sameBounds(system[s].content, gold[g].content));
  acc.contentBounds = add(acc.contentBounds, { correct: bounded.length, system: pairs.length, gold: pairs.length });
  // Of the matched contents, their letters against the gold's: the words a content holds that the gold's does not (a
  // speaker and cue inside it, when it lists no pieces), and the words it misses.
  for (const [s, g] of pairs) {
    const mine = letters(text, system[s].content.fragments ?? [system[s].content]);
    const theirs = letters(text, gold[g].pieces ?? [gold[g].content]);
    let both = 0;
    for (const i of mine) if (theirs.has(i)) both++;
    acc.contentLetters = add(acc.contentLetters, { correct: both, system: mine.size, gold: theirs.size });
  }
  const withSource = pairs.filter(([, g]) => gold[g].source);
  const sourced = withSource.filter(([s, g]) => system[s].speaker && overlaps(system[s].speaker!, gold[g].source!));
  acc.source = add(acc.source, { correct: sourced.length, system: withSource.length, gold: withSource.length });
  // Of the speakers that overlap the gold source, those that start and end where it does ("Salceda", not "Salceda,
  // citing data from the State Department").
  acc.sourceBounds = add(acc.sourceBounds, { correct: sourced.filter(([s, g]) => sameBounds(system[s].speaker!, gold[g].source!)).length, system: sourced.length, gold: sourced.length });
  acc.cue = add(acc.cue, countMatches(system.map((c) => c.cue), gold.map((g) => g.cue), 'overlap'));
  if (!diffs) return;
  const ms = new Set(pairs.map(([s]) => s));
  const mg = new Set(pairs.map(([, g]) => g));
  gold.forEach((g, i) => { if (!mg.has(i)) diffs.push({ set, document: doc, field: 'claims', kind: 'miss', text: text.slice(g.content.start, g.content.end).slice(0, 100), detail: `cue "${text.slice(g.cue.start, g.cue.end)}"${g.source ? ` source "${text.slice(g.source.start, g.source.end)}"` : ''}`, sentence: context(text, g.cue) }); });
  system.forEach((s, i) => { if (!ms.has(i)) diffs.push({ set, document: doc, field: 'claims', kind: 'false-alarm', text: s.content.text.slice(0, 100), detail: `cue "${s.cue.text}" source "${s.speaker?.text ?? ''}" (${s.rule})`, sentence: context(text, s.cue) }); });
  // (Where a matched content starts or ends elsewhere than the gold's: what the bounds measure counts against.)
  const inBounds = new Set(bounded.map(([s]) => s));
  for (const [s, g] of pairs) {
    if (!inBounds.has(s)) diffs.push({ set, document: doc, field: 'claims content bounds', kind: 'wrong-value', text: system[s].content.text.slice(0, 100), detail: `cue "${system[s].cue.text}" (${system[s].rule}), gold "${text.slice(gold[g].content.start, gold[g].content.end).slice(0, 100)}"`, sentence: context(text, system[s].cue) });
  }
  for (const [s, g] of withSource) {
    if (!system[s].speaker || !overlaps(system[s].speaker!, gold[g].source!)) diffs.push({ set, document: doc, field: 'claims source', kind: 'wrong-value', text: system[s].speaker?.text ?? '(none)', detail: `gold "${text.slice(gold[g].source!.start, gold[g].source!.end)}"`, sentence: context(text, gold[g].cue) });
  }
}
