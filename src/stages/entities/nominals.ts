// Definite descriptions: "the senator", "the prime minister", "the company", "the newspaper" after the entity was
// named refer to it, the latest one named whose title or kind fits. They become its mentions (kind 'nominal'), so
// that "the senator said" is a claim of the senator.
import type { Token } from '../../pipeline/document.js';
import type { Entity, Mention } from '../../schema/record.js';
import { compiled } from '../../lexicons/compile.js';
import type { Lexicons } from '../../lexicons/index.js';
import { upperAt } from '../../util/headline.js';

/** What the nominals stage reads of an entity being built. */
export interface NominalTarget { type: Entity['type']; subtype: string | null; name: string; title: string | null; mentions: Mention[] }

interface Keys { abbreviations: Map<string, string>; ranks: Set<string>; subtypeNouns: Map<string, string[]>; heads: Set<string>; orgNouns: Set<string> }

function keyWords(lexicons: Lexicons): Keys {
  return compiled(lexicons, 'entities/nominals', (lex) => ({
    abbreviations: new Map(Object.entries(lex.titleAbbreviations)),
    ranks: new Set(lex.titleRanks),
    subtypeNouns: new Map(Object.entries(lex.orgDescriptions)),
    heads: new Set(Object.keys(lex.orgHeads)),
    orgNouns: new Set([...Object.values(lex.orgDescriptions).flat(), ...Object.keys(lex.orgHeads).map((h) => h.toLowerCase())]),
  }));
}

/** Whether a common noun describes an organization: "company", "firm", "newspaper", "bank", "ministry". */
export function organizationNoun(lexicons: Lexicons, word: string): boolean {
  return keyWords(lexicons).orgNouns.has(word);
}

/** The descriptions an entity answers to: "Sen." -> senator; "Secretary of State" -> secretary of state, secretary;
 *  "Vice President" -> vice president only (not "the president"); a company -> its last word and "company". */
function descriptions(e: NominalTarget, keys: Keys): string[] {
  if (e.type === 'person') {
    if (!e.title) return [];
    const words = e.title.toLowerCase().replace(/^(?:the|a|an) /, '').replace(/\.(?=\s|$)/g, '').split(/\s+/).map((w) => keys.abbreviations.get(w) ?? w);
    const out = [words.join(' ')];
    if (keys.ranks.has(words[0])) return out;
    const of = words.indexOf('of');
    out.push(of > 0 ? words[of - 1] : words[words.length - 1]);
    return out;
  }
  if (e.type !== 'organization') return [];
  const out = [...(keys.subtypeNouns.get(e.subtype ?? '') ?? [])];
  // "the foundation" for the Clinton Foundation, "the party" for the Republican Party: a head word of organizations.
  const words = e.name.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length > 1 && keys.heads.has(last) && /^[A-Z][a-z]+$/.test(last)) out.push(last.toLowerCase());
  return out;
}

/** Adds a 'nominal' mention to the entity each definite description refers to. */
export function resolveNominals(text: string, tokens: readonly Token[], entities: readonly NominalTarget[], lexicons: Lexicons): void {
  const keys = keyWords(lexicons);
  // Every named mention, in text order, with what it answers to.
  const anchors: Array<{ start: number; end: number; entity: NominalTarget; keys: string[] }> = [];
  for (const e of entities) {
    const ks = descriptions(e, keys);
    for (const m of e.mentions) anchors.push({ start: m.start, end: m.end, entity: e, keys: ks });
  }
  anchors.sort((a, b) => a.start - b.start);
  const latest = new Map<string, NominalTarget>();
  let next = 0;
  let coveredUntil = -1;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    while (next < anchors.length && anchors[next].start <= tokens[i].start) {
      const a = anchors[next++];
      coveredUntil = Math.max(coveredUntil, a.end);
      for (const k of a.keys) latest.set(k, a.entity);
    }
    if (coveredUntil > tokens[i].start || (next < anchors.length && anchors[next].start < tokens[i + 1].end)) continue;
    // "the (top economic) adviser": up to two lower-case modifiers and a singular noun that ends the phrase.
    let end = i + 1;
    while (end < i + 4 && end < tokens.length && isModifier(tokens[end]) && tokens[end].sentence === tokens[i].sentence) end++;
    const head = end - 1;
    const h = tokens[head];
    if (head === i || h.pos !== 'NOUN' || h.lemma !== h.lower) continue;
    const after = tokens[end];
    if (after && after.sentence === h.sentence && (isModifier(after) || after.pos === 'PROPN' || after.lower === 'of' || upperAt(after.value, 0))) continue;
    const modifiers = tokens.slice(i + 1, head).map((t) => t.lower);
    // ("the next president", "the former governor" name another holder than the one named.)
    const entity = latest.get([...modifiers, h.lower].join(' ')) ?? (modifiers.some((m) => keys.ranks.has(m)) ? undefined : latest.get(h.lower));
    if (!entity) continue;
    entity.mentions.push({ start: tokens[i].start, end: h.end, text: text.slice(tokens[i].start, h.end), kind: 'nominal' });
  }
}

const isModifier = (t: Token) => /^[a-z][a-z-]*$/.test(t.value) && (t.pos === 'ADJ' || t.pos === 'NOUN');
