// Name candidates: lexicon matches, then runs of capitalized tokens typed by titles, org heads and first names.
import type { Token, Sentence } from '../../pipeline/document.js';
import type { Lexicons } from '../../lexicons/index.js';
import type { MentionKind } from '../../schema/record.js';
import { gazetteer, lookup, type GazEntry, type Gazetteer } from './gazetteer.js';

export interface Candidate {
  start: number;
  end: number;
  /** Token range [first, last) of the name. */
  first: number;
  /** First token including a leading title ("Secretary" in "Secretary Steven Mnuchin"). */
  outer: number;
  last: number;
  type: 'person' | 'organization' | 'location' | 'unknown';
  subtype: string | null;
  name: string;
  countryCode: string | null;
  sector: string | null;
  kind: MentionKind;
  title: string | null;
  affiliation: string | null;
  rule: string;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'du', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'on']);
const NON_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'NUM', 'SYM', 'INTJ']);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside']);
const STOP_CAPS = new Set(['I', 'A', 'The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'We', 'They', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'In', 'On', 'At', 'For', 'By', 'With', 'As', 'Despite', 'Although', 'However', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Updated', 'Tags', 'Mr', 'Mrs', 'Ms']);

const isCapitalized = (value: string) => /^[A-Z]/.test(value) || /^[a-z]{1,3}-[A-Z]/.test(value);

export interface NameContext {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  gaz: Gazetteer;
  lexicons: Lexicons;
}

function surface(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice(tokens[first].start, tokens[last - 1].end);
}

/** Longest lexicon match starting at token i, within the sentence. */
function matchGazetteer(ctx: NameContext, i: number): { entry: GazEntry; last: number } | null {
  const { text, tokens, gaz, sentence } = ctx;
  const limit = Math.min(sentence.lastToken, i + gaz.maxWords + 3);
  let best: { entry: GazEntry; last: number } | null = null;
  for (let j = i + 1; j <= limit; j++) {
    if (j > i + 1 && text.slice(tokens[j - 2].end, tokens[j - 1].start).includes('\n')) break;
    const entry = lookup(gaz, surface(text, tokens, i, j));
    if (entry) best = { entry, last: j };
  }
  return best;
}

function fromEntry(ctx: NameContext, entry: GazEntry, first: number, last: number): Candidate {
  const { tokens } = ctx;
  return {
    start: tokens[first].start, end: tokens[last - 1].end, first, last, outer: first,
    type: entry.type, subtype: entry.subtype, name: entry.name, countryCode: entry.countryCode, sector: entry.sector,
    kind: entry.kind, title: null, affiliation: null, rule: entry.source,
  };
}

/** Longest title at token i: "Secretary of State", "Premier", "Gen.". */
function matchTitle(ctx: NameContext, i: number, last: number): { title: string; sector: string | null; honorific: boolean; last: number } | null {
  let best = null;
  for (let j = i + 1; j <= Math.min(last, i + ctx.gaz.maxTitleWords); j++) {
    const hit = ctx.gaz.titles.get(surface(ctx.text, ctx.tokens, i, j).toLowerCase());
    if (hit) best = { ...hit, last: j };
  }
  return best;
}

/** Run of capitalized tokens from i (connectors allowed between capitals): "Bank of America", "Secretary of State John Kerry". */
function capitalRun(ctx: NameContext, i: number): number {
  const { tokens, text, sentence } = ctx;
  let j = i;
  while (j < sentence.lastToken) {
    const t = tokens[j];
    const gap = j > i ? text.slice(tokens[j - 1].end, t.start) : '';
    if (gap.includes('\n')) break;
    if (isCapitalized(t.value) && !(NON_NAME_POS.has(t.pos) && j > i && !/^[A-Z][a-z]/.test(t.value)) && !(j > i && STOP_CAPS.has(t.value) && t.pos !== 'PROPN')) {
      j++;
      continue;
    }
    if (j > i && CONNECTORS.has(t.value) && j + 1 < sentence.lastToken && isCapitalized(tokens[j + 1].value) && !STOP_CAPS.has(tokens[j + 1].value)) {
      j++;
      continue;
    }
    break;
  }
  // A run does not end on a connector or a possessive.
  while (j > i && CONNECTORS.has(tokens[j - 1].value)) j--;
  return j;
}

function orgHead(ctx: NameContext, first: number, last: number): [string, string] | null {
  const head = ctx.tokens[last - 1].value;
  return last - first >= 2 || head === 'Times' ? ctx.lexicons.orgHeads[head] ?? null : null;
}

/** Classifies a run of capitalized tokens that no lexicon entry covers whole. */
function classifyRun(ctx: NameContext, first: number, last: number, out: Candidate[]): void {
  const { tokens, text, gaz } = ctx;
  const sentenceStart = first === ctx.sentence.firstToken;
  let i = first;
  // Leading titles: "Premier Li Keqiang", "Secretary of State John Kerry", "Mr. Li".
  const title = matchTitle(ctx, i, last);
  if (title) i = title.last;
  const base = (type: Candidate['type'], a: number, b: number, rule: string): Candidate => ({
    start: tokens[a].start, end: tokens[b - 1].end, first: a, last: b, outer: first, type, subtype: null,
    name: surface(text, tokens, a, b).replace(/^The\s+/, ''), countryCode: null, sector: null, kind: 'name', title: null, affiliation: null, rule,
  });
  if (title && i >= last) {
    // Title alone ("the Secretary"): a title mention, resolved to its holder when merging.
    if (!title.honorific && first > ctx.sentence.firstToken && tokens[first - 1].lower === 'the') {
      out.push({ ...base('person', first, last, 'titles:title-only'), kind: 'title', title: title.title, sector: title.sector });
    }
    return;
  }
  if (title) {
    const person = base('person', i, last, 'titles:title-before-name');
    person.title = title.honorific ? null : surface(text, tokens, first, title.last);
    person.subtype = title.honorific ? 'person' : 'official';
    person.sector = title.sector;
    out.push(person);
    return;
  }
  const head = orgHead(ctx, first, last);
  if (head) {
    const org = base('organization', first, last, 'org-words:head');
    org.subtype = head[0];
    org.sector = head[1];
    // "Chinese Commerce Ministry": a leading demonym or country gives the country.
    const lead = lookup(gaz, tokens[first].value);
    if (lead?.countryCode && lead.type === 'location') org.countryCode = lead.countryCode;
    out.push(org);
    return;
  }
  const words = tokens.slice(first, last).map((t) => t.value);
  const firstWord = words[0].toLowerCase();
  if (gaz.firstNames.has(firstWord) && (words.length > 1 || !sentenceStart)) {
    out.push({ ...base('person', first, last, 'compromise:first-name'), subtype: 'person' });
    return;
  }
  if (words.length >= 2 && gaz.lastNames.has(words[words.length - 1].toLowerCase())) {
    out.push({ ...base('person', first, last, 'compromise:last-name'), subtype: 'person' });
    return;
  }
  if (sentenceStart && tokens[first].pos !== 'PROPN') return;
  if (words.length === 1 && /^[A-Z][A-Z0-9&]{1,5}$/.test(words[0])) {
    out.push({ ...base('organization', first, last, 'names:acronym'), kind: 'acronym' });
    return;
  }
  const prev = first > ctx.sentence.firstToken ? tokens[first - 1].lower : '';
  if (LOCATIVE.has(prev) && words.length <= 3) {
    out.push({ ...base('location', first, last, 'names:after-locative-preposition'), subtype: 'place' });
    return;
  }
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z][a-z'’-]+$/.test(w))) {
    out.push({ ...base('person', first, last, 'names:capitalized-words'), subtype: 'person' });
    return;
  }
  out.push({ ...base('unknown', first, last, 'names:unknown-proper-noun') });
}

/** All name candidates of one sentence, left to right, not overlapping. */
export function sentenceNames(ctx: NameContext): Candidate[] {
  const { tokens, sentence } = ctx;
  const out: Candidate[] = [];
  let i = sentence.firstToken;
  while (i < sentence.lastToken) {
    const t = tokens[i];
    if (!isCapitalized(t.value)) { i++; continue; }
    const run = capitalRun(ctx, i);
    const hit = matchGazetteer(ctx, i);
    if (hit && (hit.last >= run || hit.entry.type === 'organization' || !orgHead(ctx, i, run))) {
      const candidate = fromEntry(ctx, hit.entry, i, hit.last);
      out.push(candidate);
      i = hit.last;
      continue;
    }
    // "The United States President ...": a capitalized function word opens no name; look again after it.
    if (run === i || ((STOP_CAPS.has(t.value) || NON_NAME_POS.has(t.pos) || t.pos === 'VERB' || t.pos === 'ADV') && t.pos !== 'PROPN')) { i++; continue; }
    classifyRun(ctx, i, run, out);
    i = run;
  }
  return out;
}

export function nameContext(text: string, tokens: readonly Token[], sentence: Sentence, lexicons: Lexicons): NameContext {
  return { text, tokens, sentence, gaz: gazetteer(lexicons), lexicons };
}
