// Laws and regulations: a law head with specific modifiers ("its cyber-security laws" -> "cyber-security laws",
// "banking security rules", "WTO rules") or a capitalized name ending in a law word ("Patriot Act").
import type { Sentence, Token } from '../../pipeline/document.js';
import { compiled } from '../../lexicons/compile.js';
import type { Lexicons } from '../../lexicons/index.js';
import { upperAt } from '../../util/headline.js';

export interface LawCandidate {
  start: number;
  end: number;
  name: string;
  rule: string;
}

interface LawWords { heads: Set<string>; named: Set<string>; generic: Set<string> }

function words(lexicons: Lexicons): LawWords {
  return compiled(lexicons, 'entities/laws', (lex) => ({
    heads: new Set(lex.lawStrictHeads),
    named: new Set(lex.lawNamedHeads),
    generic: new Set(lex.lawGenericModifiers),
  }));
}

const MODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);

export function sentenceLaws(text: string, tokens: readonly Token[], sentence: Sentence, lexicons: Lexicons): LawCandidate[] {
  const lw = words(lexicons);
  const out: LawCandidate[] = [];
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const t = tokens[i];
    // ("Harvard Law School": not a head that a longer name goes on from.)
    const named = lw.named.has(t.value) && i > sentence.firstToken && upperAt(tokens[i - 1].value, 0) && !upperAt(tokens[i + 1]?.value ?? '', 0);
    if (!named && !(t.pos === 'NOUN' && lw.heads.has(t.lower))) continue;
    // Do not take a head that modifies a following noun ("rule frustration").
    if (!named && i + 1 < sentence.lastToken && tokens[i + 1].pos === 'NOUN' && !lw.heads.has(tokens[i + 1].lower)) continue;
    let first = i;
    while (first > sentence.firstToken) {
      const m = tokens[first - 1];
      if (text.slice(m.end, tokens[first].start).length > 1) break;
      // ("the CHIPS and Science Act", "the Dodd-Frank Act": a named law's words joined by "and" or a hyphen between
      // capitals.)
      const joins = m.lower === 'and' || m.value === '&' || (m.value === '-' && m.end === tokens[first].start && tokens[first - 2]?.end === m.start);
      if (named && joins && first - 2 >= sentence.firstToken && upperAt(tokens[first - 2].value, 0) && upperAt(tokens[first].value, 0)) { first--; continue; }
      if (!MODIFIER_POS.has(m.pos) || lw.generic.has(m.lower)) break;
      // "looming cybersecurity regulations": a participle before the modifiers ends them.
      if (m.pos === 'VERB' && !m.value.includes('-')) break;
      first--;
    }
    if (first === i) continue;
    const start = tokens[first].start;
    const span = text.slice(start, t.end);
    // (A description in lower case, so that one opening a sentence is the same law; an acronym keeps its capitals:
    // "EU rules", "WTO rules".)
    out.push({ start, end: t.end, name: named ? span : span.replace(/\S+/g, (w) => (/[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase())), rule: named ? 'laws:named' : 'laws:modified-head' });
  }
  return out;
}
