// Headlines in title case ("Jeb Bush Hits Marco Rubio Over Immigration"): entities read their names differently and
// claims take no attribution from their participles.
import type { Sentence, Token } from '../pipeline/document.js';

export const upperAt = (value: string, i: number) => { const c = value.charCodeAt(i); return c >= 65 && c <= 90; };
export const lowerAt = (value: string, i: number) => { const c = value.charCodeAt(i); return c >= 97 && c <= 122; };

/** Function words and verbs a title-case headline capitalizes. */
export const HEADLINE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'by', 'as', 'of', 'and', 'or', 'but', 'the', 'a', 'an', 'over', 'after', 'before', 'about', 'into', 'up', 'out', 'off', 'than', 'says', 'said', 'will', 'would', 'can', 'could', 'not', 'no', 'his', 'her', 'their', 'its', 'has', 'have', 'had', 'did', 'does', 'do', 'why', 'how', 'what', 'who', 'just', 'now']);

/** A line of four or more words, no final period, three in four capitalized, among them a function word after
 *  the first: a headline in title case ("Jeb Bush Hits Marco Rubio Over Immigration"). */
export function isTitleCase(tokens: readonly Token[], sentence: Sentence, raw: string): boolean {
  if (/[.!?]["”’)]?\s*$/.test(raw)) return false;
  let words = 0;
  let capitals = 0;
  let breaks = 0;
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const t = tokens[i];
    if (!lowerAt(t.value, 1) && !lowerAt(t.value, 0)) continue;
    words++;
    if (upperAt(t.value, 0)) {
      capitals++;
      if (i > sentence.firstToken && HEADLINE_WORDS.has(t.lower)) breaks++;
    }
  }
  return words >= 4 && capitals >= 0.75 * words && breaks > 0;
}
