// Speakers: the noun phrase that utters a claim, and what it is (named entity, anonymous source, document, media, group).
import type { Document, Sentence, Token } from '../../pipeline/document.js';
import type { Claim, Entity, Span } from '../../schema/record.js';
import { compiled } from '../../lexicons/compile.js';
import type { Lexicons } from '../../lexicons/index.js';
import { ARTICLES, POSSESSIVE, QUANTIFIERS, hasVerb, isPossessiveS, overlapping, spanIndex, tokenAt } from '../../util/span.js';
import { CAPITALIZED, CLOSE_QUOTES, ENDS_ED, ENDS_ING, OPEN_QUOTES } from '../../util/words.js';
import { lowerAt, upperAt } from '../../util/headline.js';
import { gazetteer } from '../entities/gazetteer.js';

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
const RELATIVES = new Set(['what', 'which', 'whom', 'whose', 'whatever']);
export { CLOSE_QUOTES, OPEN_QUOTES };
// Contracted auxiliaries stand between a speaker and the cue as the full ones of SKIP_LEFT do ("He's suggesting",
// "they've warned"; "'s" only where the tagger reads an auxiliary, not a possessive).
const CONTRACTED_AUX = new Set(["'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'m", '’m']);
const SKIP_LEFT = new Set(['here', 'there', 'also', 'not', 'have', 'has', 'had', 'would', 'will', 'reportedly', 'later', 'previously', 'once', 'again', 'then', 'further', 'repeatedly', 'publicly', 'privately', 'recently', 'already', 'still', 'even', 'never', 'often', 'did', 'does', 'do', 'could', 'might', 'may', 'must', 'should', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'had', 'just', 'first', 'separately', 'earlier', 'originally', 'clearly', 'explicitly', 'flatly', 'strongly', 'told', 'openly', 'quickly', 'only', "n't", 'n’t', 'yet', "'d", '’d']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'their', 'our']);
// ("self" too: the source PolNeAR marks in "a self-described socialist".)
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'it', 'you', 'his', 'her', 'my', 'its', 'your', 'self']);

/** A word the tagger read as a verb that heads or modifies a noun after a preposition: "in an emailed statement", "in
 *  his nightly video address" (a determiner or possessive, then adjectives and nouns, after the preposition). */
export function inPrepositionalPhrase(tokens: readonly Token[], k: number, floor: number): boolean {
  let j = k - 1;
  while (j > floor && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ')) j--;
  return j > floor && (tokens[j].pos === 'DET' || POSSESSIVE.has(tokens[j].lower)) && tokens[j - 1].pos === 'ADP';
}
/** The quantifiers that take a verb's singular form ("another says"). */
export const SINGULAR_QUANTIFIERS = new Set(['one', 'another', 'each', 'neither', 'either']);
/** Pronouns a quantifier floats after: "they each", "we both". */
const FLOATED = new Set(['they', 'we', 'you']);
const NP_INNER = new Set(['of', 'from', 'for', 'at', 'with', 'in', 'on', 'and', '&']);
/** Prepositions of the setting of an attribution: "said Freeh at a press conference", "he said in an interview, that". */
export const SETTINGS = new Set(['at', 'in', 'on', 'with', 'during']);
export const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON']);
// Names the tagger misreads ("Skelly", "Jolly" as adjectives) still head a speaker phrase; a capitalized function
// word opening a sentence ("When asked about ...") does not.
const FUNCTION_WORDS = new Set(['when', 'where', 'while', 'why', 'how', 'then', 'so', 'thus', 'still', 'yet', 'here', 'there', 'once', 'if', 'as']);
const isNameLike = (t: Token) => CAPITALIZED.test(t.value) && !FUNCTION_WORDS.has(t.lower) && t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADP' && t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ';
// ("42% of Ohioans": a per cent sign is a noun.)
const isNp = (t: Token) => NP_POS.has(t.pos) || isNameLike(t) || t.value === '%';
// A capitalized word the tagger read as a verb: a name next to other names ("Josh Earnest", "said Skelly").
export const capitalVerb = (t: Token) => t.pos === 'VERB' && CAPITALIZED.test(t.value);
const isHead = (t: Token) => HEAD_POS.has(t.pos) || isNameLike(t);

/** The token at `k` is a plural noun, also one the tagger read as a name because it opens the sentence ("Voters
 *  polled said"; not "Nicole A. Navas declined"). */
function pluralNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos === 'NOUN') return t.lemma !== t.lower && /[^s]s$/.test(t.lower);
  return t.pos === 'PROPN' && (k === 0 || tokens[k - 1].sentence !== t.sentence) && /^[A-Z][a-z]+[^s]s$/.test(t.value);
}

/** A dash that sets words aside: a long one, or a hyphen or double hyphen with a space before it. */
export const isAsideDash = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  return !!t && (t.value === '—' || t.value === '–' || ((t.value === '-' || t.value === '--') && k > 0 && tokens[k - 1].end < t.start));
};

/** The token at `k` is a participle closing a plural noun's phrase: "college students polled", "Economists surveyed". */
export const closingParticiple = (tokens: readonly Token[], k: number) => k >= 1 && tokens[k]?.pos === 'VERB' && /ed$/.test(tokens[k].lower) && pluralNoun(tokens, k - 1);

export interface SourceSpan { span: Span; first: number; last: number }

/** The article that opens "the Rockford, Ill.," when the comma at `comma` closes such a place and its state; -1 else. */
function placeAndStateBefore(tokens: readonly Token[], comma: number, floor: number): number {
  if (comma - 3 < floor || tokens[comma - 2].value !== ',' || !(tokens[comma - 1].pos === 'PROPN' || /^[A-Z][a-z]*\.$/.test(tokens[comma - 1].value))) return -1;
  let d = comma - 3;
  while (d > floor && comma - 3 - d < 3 && tokens[d].pos === 'PROPN') d--;
  return ARTICLES.has(tokens[d].lower) && d < comma - 3 ? d : -1;
}

/** A present participle right after a noun or name, inside the sentence: "Investigators working", "police searching". */
function describing(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const t = tokens[k];
  return k > s.firstToken && t.pos === 'VERB' && ENDS_ING.test(t.value) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN');
}

/** The noun phrase ending at token `at` (direction left) or starting there (right), within the sentence. */
export function sourceSpan(tokens: readonly Token[], at: number, s: Sentence, direction: 'left' | 'right'): SourceSpan | null {
  if (direction === 'right') {
    let j = at;
    // "said Skelly, explaining ...", "said Tom Burke, who": a capitalized word right after the cue or after a name
    // is a name, whatever the tagger thought.
    const misread = (k: number) => capitalVerb(tokens[k]) && (k === at || tokens[k - 1].pos === 'PROPN');
    const misreadName = !!tokens[at] && misread(at);
    while (j < s.lastToken && j - at < 12) {
      const t = tokens[j];
      if ((isNp(t) || misread(j)) && !(t.pos === 'PRON' && j > at)) { j++; continue; }
      // (Not where and how a named speaker spoke: "said Freeh at a press conference", "said Cruz in an interview"; an
      // affiliation takes "the": "said John Geraghty at the consulting firm ...".)
      const setting = SETTINGS.has(t.lower) && tokens[j - 1].pos === 'PROPN' && (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'an');
      if (NP_INNER.has(t.lower) && j > at && j + 1 < s.lastToken && isNp(tokens[j + 1]) && tokens[j + 1].pos !== 'PRON' && !setting) { j++; continue; }
      // "said one unaligned Florida Republican strategist": a participle the tagger read as a verb, inside the phrase.
      if (t.pos === 'VERB' && j > at && /(?:ed|ing)$/.test(t.lower) && j + 1 < s.lastToken && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[j + 1].pos) &&
        ['DET', 'NUM', 'ADJ'].includes(tokens[j - 1].pos)) { j++; continue; }
      // ("wrote the authors of the “Growth and Opportunity Project,”": a title in quotation marks after "of" or "of the".)
      if (OPEN_QUOTES.has(t.value) && j > at + 1 && (tokens[j - 1].pos === 'ADP' || (tokens[j - 1].pos === 'DET' && tokens[j - 2].pos === 'ADP'))) {
        let close = j + 1;
        while (close < s.lastToken && close - j < 10 && !CLOSE_QUOTES.has(tokens[close].value) && !OPEN_QUOTES.has(tokens[close].value)) close++;
        if (close < s.lastToken && close > j + 1 && CLOSE_QUOTES.has(tokens[close].value) && upperAt(tokens[j + 1].value, 0)) { j = close + 1; continue; }
      }
      // "Anna Adams-Sarthou": a hyphen inside a word.
      if (t.value === '-' && j > at && j + 1 < s.lastToken && t.start === tokens[j - 1].end && tokens[j + 1].start === t.end) {
        if (isNp(tokens[j + 1])) { j++; continue; }
        // ("said Los Angeles-based attorney Edgar Martirosyan": a compound modifier whose second word is a participle.)
        if (/^[a-z]+$/.test(tokens[j + 1].value) && j + 2 < s.lastToken && isNp(tokens[j + 2]) && tokens[j + 2].pos !== 'PRON') { j += 2; continue; }
      }
      break;
    }
    if (j === at || !(misreadName || tokens.slice(at, j).some(isHead))) return null;
    // "said Sen. Amy Klobuchar (D-Minn.), who ...": a bracket after the name belongs to it.
    if (j < s.lastToken && tokens[j].value === '(') {
      let k = j + 1;
      while (k < s.lastToken && k - j < 8 && tokens[k].value !== ')') k++;
      if (k < s.lastToken && tokens[k].value === ')') j = k + 1;
    }
    return { span: { start: tokens[at].start, end: tokens[j - 1].end }, first: at, last: j };
  }
  let end = at;
  // "college students polled support": a participle after a plural noun closes the phrase.
  if (at > s.firstToken && closingParticiple(tokens, at)) {
    const head = sourceSpan(tokens, at - 1, s, 'left');
    if (head) return { span: { start: head.span.start, end: tokens[at].end }, first: head.first, last: at + 1 };
  }
  // Auxiliaries and adverbs between the speaker and the cue: "would only say", "unanimously opposed", "wouldn't say",
  // "now says".
  // ("; most said they were worried": a quantifier the tagger reads as an adverb, opening its clause, is the speaker.)
  const opensClause = (k: number) => QUANTIFIERS.has(tokens[k].lower) && (k === s.firstToken || tokens[k - 1].pos === 'PUNCT' || tokens[k - 1].pos === 'CCONJ');
  // ("who has both endorsed", "they have all said": a quantifier floated after an auxiliary goes with the verb.)
  const floated = (k: number) => k === at && QUANTIFIERS.has(tokens[k].lower) && tokens[k - 1]?.pos === 'AUX' && tokens[k + 1]?.pos === 'VERB';
  while (end >= s.firstToken && (SKIP_LEFT.has(tokens[end].lower) || (tokens[end].pos === 'AUX' && CONTRACTED_AUX.has(tokens[end].lower)) || (tokens[end].pos === 'ADV' && !isNameLike(tokens[end]) && !opensClause(end)) || floated(end)) && tokens[end].pos !== 'PROPN') end--;
  if (end < s.firstToken) return null;
  if (tokens[end].pos === 'ADV' && opensClause(end)) return { span: { start: tokens[end].start, end: tokens[end].end }, first: end, last: end + 1 };
  // "Critics of the administration, however, question", "Republicans, on the other hand, offered": an adverb or a
  // short adverbial phrase set off by commas.
  if (end - 2 > s.firstToken && tokens[end].value === ',') {
    let k = end - 1;
    while (k > end - 5 && k > s.firstToken && tokens[k].value !== ',') k--;
    const phrase = tokens.slice(k + 1, end);
    if (tokens[k].value === ',' && k > s.firstToken && (phrase[0]?.pos === 'ADV' || (phrase.length >= 2 && phrase[0].pos === 'ADP')) &&
        phrase.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PROPN' && t.pos !== 'NUM')) end = k - 1;
  }
  // "Mr. Manafort, citing “the unique magic of Trump,” said": the comma sits inside the closing quote.
  // (Not a quotation opening the sentence: "“If we want minority voters to support Republicans, we have to engage
  // them,” wrote the authors": those are the reported words.)
  if (end > s.firstToken + 1 && CLOSE_QUOTES.has(tokens[end].value) && tokens[end - 1].value === ',') {
    let open = end - 1;
    while (open > s.firstToken && !OPEN_QUOTES.has(tokens[open].value)) open--;
    if (open === s.firstToken && OPEN_QUOTES.has(tokens[open].value)) return null;
    end--;
  }
  // "Larry Kudlow, the top economic adviser of the Trump administration, said": the name before the appositive;
  // "One of the authors, Ari Fleischer, said"; "Helen Ferre, who took over as head, said"; appositives with a relative
  // clause run long ("Rich Heffley, a top GOP operative who played a major role in ... and is now running ..., said").
  if (tokens[end].value === ',') {
    for (let k = end - 1; k >= Math.max(s.firstToken + 1, end - 45); k--) {
      if (tokens[k].value !== ',') continue;
      const inner = tokens.slice(k + 1, end);
      // ("CNN, Cruz said, called the announcement ...": an attribution set inside the clause; the speaker before it.)
      if (inner.length >= 2 && inner.length <= 4 && inner[inner.length - 1].pos === 'VERB' && (inner[0].pos === 'PROPN' || SUBJECT_PRONOUNS.has(inner[0].lower)) && k - 1 >= s.firstToken) {
        return sourceSpan(tokens, k - 1, s, 'left');
      }
      // (A first name the tagger reads as a verb, "Josh Earnest", is still a name.)
      if (inner.length > 0 && inner.some((t) => t.pos === 'PROPN') && inner.every((t) => t.pos === 'PROPN' || t.value === '.' || capitalVerb(t))) {
        const head = sourceSpan(tokens, k - 1, s, 'left');
        const start = head ? head.span.start : tokens[k + 1].start;
        return { span: { start, end: tokens[end - 1].end }, first: head ? head.first : k + 1, last: end };
      }
      // ("Priebus, in the wake of a new poll ..., said", "Ms. Friedan, during a debate in 1973, said", "Murphy, though,
      // said": a phrase of time, manner or concession set off by commas is the attribution's; the speaker stands
      // before it. Not a hometown, "Karen Janes, of Exeter, said", nor others who speak too, "Fields, along with Ben
      // Terris, say"; nor after a relative pronoun, "Bruce Turry, who, like several others, remembered".)
      if ((inner[0]?.pos === 'ADP' || inner[0]?.pos === 'SCONJ') && !NOT_ADVERBIAL.has(inner[0].lower) && k - 1 >= s.firstToken && isHead(tokens[k - 1]) && !RELATIVE_HEADS.has(tokens[k - 1].lower) && !RELATIVES.has(tokens[k - 1].lower)) {
        return sourceSpan(tokens, k - 1, s, 'left');
      }
      // "Mr. Manafort, citing ..., said", "The poll, released on Wednesday by ..., showed": a participle phrase between
      // the name and the cue, like a relative clause.
      // ("The union, which represents 5,000 workers, said": "which" for a body or a document.)
      // ("The document, seen by Reuters, said": an irregular participle with its agent.)
      const relative = inner[0]?.lower === 'who' || inner[0]?.lower === 'which' || (inner[0]?.pos === 'VERB' && (/(?:ing|ed)$/.test(inner[0].lower) || inner[1]?.lower === 'by'));
      // ("Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump, said": a second verb joined by "and"
      // goes on with a relative clause further back.)
      if (!relative && inner.some((t, n) => t.pos === 'CCONJ' && (inner[n + 1]?.pos === 'VERB' || (inner[n + 1]?.pos === 'ADV' && inner[n + 2]?.pos === 'VERB')))) continue;
      // ("Tom Fitton, the president of Judicial Watch, a conservative group that has sued ..., said": a name the tagger
      // read as a verb ends the first appositive; the person opening the sentence speaks.)
      if (relative || tokens[k - 1].pos === 'PROPN' || isNameLike(tokens[k - 1]) || tokens[k - 1].value === ')' || (capitalVerb(tokens[k - 1]) && tokens[k - 2]?.pos === 'PROPN')) {
        const name = sourceSpan(tokens, k - 1, s, 'left');
        const outer = name && tokens[name.first].pos === 'DET' && tokens[name.first - 1]?.value === ',' ? sourceSpan(tokens, name.first - 2, s, 'left') : null;
        const head = outer && outer.first === s.firstToken && tokens[outer.last - 1].pos === 'PROPN' ? outer : name;
        return head ? { span: { start: head.span.start, end: tokens[end - 1].end }, first: head.first, last: end } : null;
      }
      if (inner.some((t) => (t.pos === 'VERB' || t.pos === 'AUX')) && !relative) return null;
      // ("The company, a big firm, said": an appositive with its article after a common noun opening the sentence.)
      if (ARTICLES.has(inner[0]?.lower ?? '') && tokens[k - 1].pos === 'NOUN' && !inner.some((t) => t.value === ',')) {
        const head = sourceSpan(tokens, k - 1, s, 'left');
        return head && head.first === s.firstToken ? { span: { start: head.span.start, end: tokens[end - 1].end }, first: head.first, last: end } : null;
      }
    }
    return null;
  }
  // "Rep. Zoe Lofgren (D-Calif.)": a parenthesis after the name.
  if (tokens[end].value === ')' && end > s.firstToken) {
    let k = end - 1;
    while (k > s.firstToken && tokens[k].value !== '(' && end - k < 8) k--;
    if (tokens[k].value === '(' && k > s.firstToken) {
      const name = sourceSpan(tokens, k - 1, s, 'left');
      return name ? { span: { start: name.span.start, end: tokens[end].end }, first: name.first, last: end + 1 } : null;
    }
  }
  // "Gingrich — mentioned by Newsmax as the leading choice for Trump's running mate — told": an appositive set off by
  // dashes, with no verb before its name (not "He attacked Clinton — the nominee — said").
  if (isAsideDash(tokens, end) && end > s.firstToken + 2) {
    let k = end - 2;
    while (k > s.firstToken && end - k < 30 && !isAsideDash(tokens, k)) k--;
    const name = isAsideDash(tokens, k) && k > s.firstToken ? sourceSpan(tokens, k - 1, s, 'left') : null;
    return name && !hasVerb(tokens, s.firstToken, name.first) ? { span: { start: name.span.start, end: tokens[end - 1].end }, first: name.first, last: end } : null;
  }
  // "The spokesman refused to answer but said ...": the subject of the first verb of the sentence.
  // "Gary Emineth, a former state party chairman, became a delegate and said": the subject of the first verb.
  if (tokens[end].lower === 'and' || tokens[end].lower === 'but') {
    let k = s.firstToken;
    while (k < end && (NP_POS.has(tokens[k].pos) || NP_INNER.has(tokens[k].lower))) k++;
    if (k > s.firstToken && k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) {
      return sourceSpan(tokens, k - 1, s, 'left');
    }
    if (k > s.firstToken && k < end && tokens[k].value === ',') {
      while (k < end && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX') k++;
      if (k < end && tokens[k - 1].value === ',') return sourceSpan(tokens, k - 1, s, 'left');
    }
    return null;
  }
  // "the deal he is pushing", "In an interview she said": a subject pronoun is the whole phrase (after a noun it opens
  // a clause of its own).
  // ("In the Country We Love: My Family Divided": a capitalized pronoun inside a sentence is part of a title.)
  // ("I gave up a lot of hits and I wasn't thinking": after "and" a pronoun opens its clause, unless a name or pronoun
  // joins it, "John and I think".)
  const joined = end > s.firstToken && NP_INNER.has(tokens[end - 1].lower) &&
    !((tokens[end - 1].lower === 'and' || tokens[end - 1].value === '&') && !['PROPN', 'PRON'].includes(tokens[end - 2]?.pos ?? ''));
  if (SUBJECT_PRONOUNS.has(tokens[end].lower) && !joined) {
    if (end > s.firstToken && tokens[end].lower !== 'i' && upperAt(tokens[end].value, 0) && tokens[end - 1].pos !== 'PUNCT') return null;
    return { span: { start: tokens[end].start, end: tokens[end].end }, first: end, last: end + 1 };
  }
  let j = end;
  while (j >= s.firstToken && end - j < 12) {
    const t = tokens[j];
    // ("what officials called": a relative word the tagger reads as a determiner opens no name.)
    // ("a point that intelligence officials have disputed": "that" after a noun opens a clause, whatever the tagger read.)
    if (j < end && (RELATIVES.has(t.lower) || (t.lower === 'that' && tokens[j - 1]?.pos === 'NOUN'))) break;
    // ("it offered the largest reward the government has offered", "Kenyan officials a suspect ...": a common noun
    // before an article ends another phrase; not before a name, "the organization the Anti-Defamation League".)
    if (j < end && t.pos === 'NOUN' && ARTICLES.has(tokens[j + 1].lower) && tokens[j + 2]?.pos !== 'PROPN') break;
    if (isNp(t) && !(t.pos === 'PRON' && j < end && !POSSESSIVE.has(t.lower))) { j--; continue; }
    // ("Sources close to the negotiations say": "close to" too.)
    if ((NP_INNER.has(t.lower) || (t.lower === 'to' && tokens[j - 1]?.lower === 'close')) && j < end && j > s.firstToken && (isNp(tokens[j - 1]) || describing(tokens, j - 1, s))) { j--; continue; }
    // "Investigators working on the case said", "Lawyers representing the families said": a participle with its object
    // or phrase, after the noun it describes.
    if (j < end && describing(tokens, j, s)) { j--; continue; }
    // ("France's far-right National Front leader", "China's state-owned investment giant", "then-Senate Majority Leader
    // Harry Reid": a hyphenated compound inside the phrase, whatever the tagger read its parts as.)
    if (t.value === '-' && j < end && j > s.firstToken && t.start === tokens[j - 1].end && tokens[j + 1].start === t.end && (isNp(tokens[j - 1]) || LETTER_START.test(tokens[j - 1].value))) {
      if (isNp(tokens[j - 1])) { j--; continue; }
      // (A first part the tagger read otherwise, "far", "then", "working", goes on only into a noun phrase: "appealed to
      // working-class voters" opens at "working".)
      j -= 2;
      if (j >= s.firstToken && (isNp(tokens[j]) || isPossessiveS(tokens[j]))) continue;
      break;
    }
    if (j < end && j > s.firstToken && LETTER_START.test(t.value) && tokens[j - 1].value === '-' && tokens[j - 1].end === t.start && isNp(tokens[j + 1])) { j--; continue; }
    // "the Toronto Bond Traders' Association said": a plural's apostrophe inside a name; "Sanders’ allies", "The
    // senators' aides": a possessive's before a noun.
    if ((t.value === "'" || t.value === '’') && j < end && j > s.firstToken && t.start === tokens[j - 1].end && /s$/.test(tokens[j - 1].value) &&
      (tokens[j - 1].pos === 'PROPN' || tokens[j - 1].pos === 'NOUN') && (tokens[j + 1].pos === 'PROPN' || tokens[j + 1].pos === 'NOUN')) { j--; continue; }
    // "economists polled by Reuters said", "documents obtained by The Associated Press show": a participle with its
    // agent, after the noun it describes.
    const participle = tokens[j - 1];
    if (t.lower === 'by' && j < end && j - 1 > s.firstToken && participle.pos === 'VERB' && participle.lower !== participle.lemma && !/ing$/.test(participle.lower) &&
      (tokens[j - 2].pos === 'NOUN' || tokens[j - 2].pos === 'PROPN')) { j -= 2; continue; }
    // "Judicial Watch said": a capitalized word after a name is part of it, whatever the tagger thought.
    // ("Lynch announced": opening the sentence, right before the cue, too.)
    // ("Sen. Ted Cruz of Texas": inside a name too.)
    // ("White House spokesman Josh Earnest said", "after Ted Cruz blamed": a first name read as a verb inside a sentence,
    // after a word in lower case or a mark, before a name; in a title-case headline the word before is capitalized.)
    if (capitalVerb(t) && (j === end || tokens[j + 1].pos === 'PROPN') && (j === s.firstToken || tokens[j - 1].pos === 'PROPN' || (j < end && !upperAt(tokens[j - 1].value, 0)))) { j--; continue; }
    // ("The Rockford, Ill., maker of fasteners said", "a New Providence, N.J., marketing consultant": a place and its
    // state set off by commas after the article are inside the phrase.)
    const article = t.value === ',' && j < end ? placeAndStateBefore(tokens, j, s.firstToken) : -1;
    if (article >= 0) { j = article - 1; continue; }
    // ("a new statewide poll found", "a very senior official said": an adverb between an article and the words it
    // modifies is inside the phrase.)
    if (t.pos === 'ADV' && j < end && j > s.firstToken && ARTICLES.has(tokens[j - 1].lower) && (tokens[j + 1].pos === 'ADJ' || tokens[j + 1].pos === 'NOUN')) { j--; continue; }
    break;
  }
  let first = j + 1;
  // ("He and Rep. Bob Goodlatte said", "She and her husband said": a subject pronoun joined by "and" to the phrase is
  // part of it; the phrase does not open on the "and".)
  if (first < end && (tokens[first].lower === 'and' || tokens[first].value === '&') && first > s.firstToken && SUBJECT_PRONOUNS.has(tokens[first - 1].lower)) first--;
  // ("the north's Protestant majority": the word a possessive ends is the phrase's, whatever the tagger read; and its
  // article.)
  if (first < end && isPossessiveS(tokens[first]) && first - 1 >= s.firstToken && LETTER_START.test(tokens[first - 1].value)) {
    first--;
    if (first - 1 >= s.firstToken && ARTICLES.has(tokens[first - 1].lower)) first--;
  }
  if (first === end && QUANTIFIERS.has(tokens[end].lower) && end > s.firstToken) {
    // "one agency after another has seemed": a quantifier after a preposition is its object, no speaker (but "with
    // some predicting bloodshed" opens a clause).
    if (tokens[end - 1].pos === 'ADP' && tokens[end - 1].lower !== 'with') return null;
    // "they each reported", "we both said": the pronoun the quantifier floats after.
    if (FLOATED.has(tokens[end - 1].lower)) first--;
  }
  // ("The military said that", "Ukraine's military said it", "The police chief has said": an adjective after a
  // determiner, a possessive or a noun, before a verb that opens its clause, is the noun the tagger missed; not "its own
  // recommended list", "his recent reads,".)
  const verb = tokens[end + 1];
  const nominal = tokens[end].pos === 'ADJ' && first < end && (tokens[end - 1].pos === 'DET' || tokens[end - 1].pos === 'NOUN' || isPossessiveS(tokens[end - 1]) || POSSESSIVE.has(tokens[end - 1].lower)) &&
    (verb?.pos === 'VERB' || verb?.pos === 'AUX') && !['NOUN', 'ADJ', 'PUNCT', 'PROPN'].includes(tokens[end + 2]?.pos ?? 'PUNCT');
  // ("39 have said they support Sanders", "About one in five say": a count opening its clause, no year, is who spoke.)
  const count = tokens[end].pos === 'NUM' && !/^\d{4}$/.test(tokens[end].value) && first <= end &&
    tokens.slice(first, end + 1).every((t) => t.pos === 'NUM' || t.lower === 'in' || t.lower === 'of') &&
    startsClause(tokens, APPROXIMATE.has(tokens[first - 1]?.lower ?? '') ? first - 1 : first, s);
  if (first > end || !isHead(tokens[end]) && !nominal && !count && !QUANTIFIERS.has(tokens[end].lower) && tokens[end].value !== '’s' && !(tokens[end].pos === 'VERB' && (first < end || capitalVerb(tokens[end])))) return null;
  // "Analysts who follow the company said": the phrase ends a relative clause; the speaker is the whole phrase.
  // (Not a pronoun, the subject of a clause inside: "residents who said they opposed abortion".)
  // ("People who know him say": or an object pronoun ending the clause.)
  const head = (tokens[end].pos !== 'PRON' && isHead(tokens[end])) || RELATIVE_OBJECTS.has(tokens[end].lower) ? relativeHead(tokens, first, s) : null;
  if (head) return { span: { start: head.span.start, end: tokens[end].end }, first: head.first, last: end + 1 };
  // ("Trump in his announcement speech called": where a name spoke, in a phrase of its own, is no part of it, as after
  // the cue; not "Police in the town of Uyo said".)
  let named = end;
  for (let k = first + 1; k < end; k++) {
    if (SETTINGS.has(tokens[k].lower) && tokens[k - 1].pos === 'PROPN' && POSSESSIVE.has(tokens[k + 1].lower)) { named = k - 1; break; }
  }
  return { span: { start: tokens[first].start, end: tokens[named].end }, first, last: end + 1 };
}

const LETTER_START = /^\p{L}/u;
// Words that list the members of a group after it: "Democratic candidates, including Hillary Clinton,".
const LISTING = new Set(['including', 'excluding']);
// Words opening a phrase set off by commas after the speaker that belongs to the speaker ("of Exeter", "from Texas",
// "from Secretary Kerry to President Obama himself", "along with", "including").
const NOT_ADVERBIAL = new Set(['of', 'from', 'along', 'together', 'with', ...LISTING]);
// Words of a count's size before it: "About one in five", "nearly 40".
const APPROXIMATE = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'only', 'just']);
// What the word after "who" cannot be if it is the clause's verb.
const NOT_VERB_AFTER_WHO = new Set(['DET', 'PRON', 'ADP', 'PUNCT', 'NUM', 'CCONJ', 'SCONJ']);
// The relative pronouns that open a clause describing the speaker's head.
const RELATIVE_HEADS = new Set(['who', 'whose']);
/** Pronouns that are objects only ("her" may be a possessive: "said her sister"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'them']);
// Object pronouns that may end a relative clause before the cue: "People who know him say", "who know her".
const RELATIVE_OBJECTS = new Set([...OBJECT_PRONOUNS, 'her']);

/** Whether token `k` opens a clause: first in the sentence, or after a comma, semicolon, colon or conjunction (not
 *  after a bracket: "(4,051 pledged delegates ...)"). */
const startsClause = (tokens: readonly Token[], k: number, s: Sentence) => k === s.firstToken || [',', ';', ':'].includes(tokens[k - 1].value) || tokens[k - 1].pos === 'CCONJ';

/** The phrase a restrictive relative clause ending before token `first` describes: "Analysts who follow" before "the
 *  company", "Friends of Mr. Clinton's who have seen" before "him" (no comma before "who"; a verb between "who" and
 *  `first`, no clause break). */
function relativeHead(tokens: readonly Token[], first: number, s: Sentence): SourceSpan | null {
  let verb = false;
  for (let k = first - 1; k > s.firstToken && first - k <= 12; k--) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') { verb = true; continue; }
    if (t.lower !== 'who') {
      if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || RELATIVES.has(t.lower) || t.lower === 'that') return null;
      continue;
    }
    // ("Voters who support Trump said", "Democrats who back Hillary Clinton said": the word after "who" is the clause's
    // verb, whatever the tagger read.)
    const after = tokens[k + 1];
    if (!verb && after && /^[a-z]+$/.test(after.value) && !NOT_VERB_AFTER_WHO.has(after.pos)) verb = true;
    // ("Those who attended the meeting said": "those" heads one too.)
    if (verb && tokens[k - 1].lower === 'those') return { span: { start: tokens[k - 1].start, end: tokens[k - 1].end }, first: k - 1, last: k };
    if (!verb || !(isHead(tokens[k - 1]) || isPossessiveS(tokens[k - 1]))) return null;
    return sourceSpan(tokens, k - 1, s, 'left');
  }
  return null;
}

interface SourceWords { anonymous: Set<string>; spokespersons: Set<string>; markers: string[]; documents: Set<string>; media: Set<string>; groups: Set<string>; shares: Set<string>; communities: Set<string>; people: Set<string>; bodies: Set<string> }

export function sourceWords(lexicons: Lexicons): SourceWords {
  return compiled(lexicons, 'claims/sources', (lex) => ({
    anonymous: new Set(lex.anonymousSources),
    spokespersons: new Set(lex.spokespersons),
    markers: lex.anonymousMarkers,
    documents: new Set(lex.documentSources),
    media: new Set(lex.mediaSources.map((w) => w.toLowerCase())),
    groups: new Set(lex.groupSources),
    shares: new Set(lex.shareSources),
    // "Muslims", "Hispanics": religions and communities speak as groups.
    communities: new Set(lex.groupWords),
    // Nouns for people that compromise knows ("hosts", "lawyers", "contenders").
    people: gazetteer(lex).personNouns,
    // Nouns that name a person or a body by role: "the spokesman", "the agency", "the campaign", "the government".
    bodies: new Set([...lex.roleNouns, ...Object.keys(lex.orgHeads), ...lex.governmentWords, 'campaign', 'candidate', 'nominee'].map((w) => w.toLowerCase())),
  }));
}

interface Indexed { entity: Entity; mention: Entity['mentions'][number] }
const mentionIndex = new WeakMap<readonly Entity[], ReturnType<typeof spanIndex<Indexed>>>();

/** Mentions overlapping a span, in text order, through an index built once per entity list. */
export function mentionsIn(entities: readonly Entity[], span: Span): Indexed[] {
  let index = mentionIndex.get(entities);
  if (!index) {
    index = spanIndex(entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention }))), (x) => x.mention);
    mentionIndex.set(entities, index);
  }
  return overlapping(index, span).map((x) => x.item);
}

/** The person named right before a description that ends at `comma` in the same sentence ("Jane Smith, an economist
 *  at Moody's,"): the description opens with a comma and holds no verb. */
function describedPerson(doc: Document, entities: readonly Entity[], comma: number): Entity | undefined {
  const tokens = doc.tokens!;
  const end = tokenAt(tokens, comma);
  const sentence = doc.sentences![tokens[end].sentence];
  let open = end - 1;
  while (open > sentence.firstToken && tokens[open].value !== ',') open--;
  if (open <= sentence.firstToken || open + 1 >= end || hasVerb(tokens, open + 1, end)) return undefined;
  const named = mentionsIn(entities, { start: tokens[open - 1].start, end: tokens[open - 1].end }).find(({ mention: m }) => m.end === tokens[open - 1].end);
  return named?.entity.type === 'person' ? named.entity : undefined;
}

/** A claim's speaker, as the record schema defines it; Link is what speakerLink decides. */
export type Speaker = NonNullable<Claim['speaker']>;
type Link = Pick<Speaker, 'entityId' | 'kind'>;

/** The claim's speaker: its span and text, the entity it names and its kind; `unnamed` when the speaker's phrase holds
 *  an anonymity clause the claims stage found. (Built field by field: spreading the two objects into one made it 7% of
 *  the claims stage.) */
export function speakerOf(doc: Document, span: Span, entities: readonly Entity[], unnamed = false): Speaker {
  const text = doc.text.slice(span.start, span.end);
  const { entityId, kind } = speakerLink(doc, span, text, entities, unnamed);
  const end = beforeParticipleAside(doc.tokens!, span);
  return end < span.end ? { start: span.start, end, text: doc.text.slice(span.start, end), entityId, kind } : { start: span.start, end: span.end, text, entityId, kind };
}

/** '"...," said Paul Maslin, a Democratic pollster.', '... said Karen Janes, 67, of Exeter, N.H.', '..., said an
 *  American official who was briefed on the encounter.': a description set off by a comma after a speaker named after
 *  the cue, or a relative clause right after it, is part of the speaker's phrase up to the sentence's end, as PolNeAR
 *  marks it and as it is before the cue ("Larry Kudlow, the top economic adviser, said"). The description opens with
 *  an article, a number or a word of a role, and has no verb before a relative clause ("said Smith, the company
 *  would ..." is a clause); it ends before a quotation, a dash or semicolon, a participle's phrase (", adding that
 *  ..."), the setting of the words (", in a statement") or a relative clause of saying (", who added that ..."), whose
 *  verb `isCue` tells. */
export function withDescription(tokens: readonly Token[], src: SourceSpan, s: Sentence, isCue: (t: Token) => boolean): SourceSpan {
  const comma = tokens[src.last]?.value === ',';
  const opener = tokens[src.last + (comma ? 1 : 0)];
  if (!opener || (comma ? !DESCRIPTION_POS.has(opener.pos) || opener.lower === 'this' || opener.lower === 'that' : !RELATIVE_HEADS.has(opener.lower))) return src;
  let relative = !comma;
  let last = src.last;
  for (let k = src.last + 1; k < s.lastToken; k++) {
    const t = tokens[k];
    if (OPEN_QUOTES.has(t.value) || CLOSE_QUOTES.has(t.value) || t.value === ';' || t.value === '(' || isAsideDash(tokens, k)) break;
    if (t.value === ',' && (tokens[k + 1]?.pos === 'VERB' || SETTINGS.has(tokens[k + 1]?.lower ?? ''))) break;
    if (DESCRIPTION_RELATIVES.has(t.lower)) {
      // (Not a relative clause that reports words of its own: ", who added that rates may fall".)
      const verb = tokens[k + 1]?.pos === 'ADV' ? tokens[k + 2] : tokens[k + 1];
      if (comma && verb && isCue(verb)) break;
      relative = true;
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return src;
    if (t.pos !== 'PUNCT') last = k + 1;
  }
  return last > src.last + 1 ? { span: { start: src.span.start, end: tokens[last - 1].end }, first: src.first, last } : src;
}
// What opens a description after a speaker's name: "a Democratic pollster", "67", "former adviser", "senior director".
const DESCRIPTION_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);
// The relative pronouns that may open a clause inside a description: "a former adviser who has offered advice".
const DESCRIPTION_RELATIVES = new Set([...RELATIVE_HEADS, 'which', 'whom', 'that']);

/** "Salceda, citing data from the U.S. State Department,", "The poll, released on Wednesday by the Public Policy
 *  Institute,", "The spokesman, speaking on condition of anonymity,": a participle's phrase set off by a comma after
 *  the speaker tells how or where they spoke, and is no part of the speaker's words as PolNeAR marks them (a relative
 *  clause is: "Sexton, who has made a study of Trump rallies,"). The speaker still links and counts as anonymous by
 *  it. Where the speaker ends: before the comma, or the span's end. */
function beforeParticipleAside(tokens: readonly Token[], span: Span): number {
  for (let k = tokenAt(tokens, span.start) + 1; k + 1 < tokens.length && tokens[k + 1].end <= span.end; k++) {
    if (tokens[k].value !== ',') continue;
    const t = tokens[k + 1];
    // (Not the members of a group: "Democratic candidates, including Hillary Clinton,".)
    if (t.pos === 'VERB' && lowerAt(t.value, 0) && !LISTING.has(t.lower) && (ENDS_ING.test(t.lower) || ENDS_ED.test(t.lower) || tokens[k + 2]?.lower === 'by')) return tokens[k - 1].end;
    return span.end;
  }
  return span.end;
}

function speakerLink(doc: Document, span: Span, text: string, entities: readonly Entity[], unnamed: boolean): Link {
  const words = sourceWords(doc.options.lexicons);
  const lower = text.toLowerCase();
  const tokens = doc.tokens!;
  // The head: the last noun before "of"/"from" ("The report of the Wall Street Journal" -> report) or before a comma
  // that opens a description ("The report, released Tuesday," -> report; not "another brother, Stuart Oltchick").
  const inner: Token[] = [];
  const first = tokenAt(tokens, span.start);
  for (let i = first; i < tokens.length && tokens[i].end <= span.end; i++) if (tokens[i].start >= span.start) inner.push(tokens[i]);
  // ("The Rockford, Ill., maker of fasteners": the place and its state only modify the head after them.)
  const modifier = inner.findIndex((t, k) => k > 2 && t.value === ',' && placeAndStateBefore(tokens, first + k, first) === first);
  const modifierEnd = modifier > 0 ? inner[modifier].end : -1;
  if (modifier > 0) inner.splice(1, modifier);
  // ("A source who declined to be named": a relative clause ends the head's phrase too.)
  const cut = inner.findIndex((t, k) => k > 0 && ((NP_INNER.has(t.lower) && t.lower !== 'and') || RELATIVE_HEADS.has(t.lower) || (t.lower === 'close' && inner[k + 1]?.lower === 'to') ||
    // ("A UN report released Tuesday": a participle after the head.)
    (t.pos === 'VERB' && lowerAt(t.value, 0) && t.lower !== t.lemma && HEAD_POS.has(inner[k - 1].pos)) || (t.value === ',' && !!inner[k + 1] && !isNameLike(inner[k + 1]) && inner[k + 1].pos !== 'PROPN')));
  const headPart = cut > 0 ? inner.slice(0, cut) : inner;
  // No noun at all ("according to sources", read as a verb): the last word, not an adjective after it ("according to
  // people familiar with the matter").
  const headToken = [...headPart].reverse().find((t) => HEAD_POS.has(t.pos));
  const lettered = [...headPart].reverse().filter((t) => /^[a-z]/i.test(t.value));
  const head = (headToken ?? lettered.find((t) => t.pos !== 'ADJ') ?? lettered[0])?.lower ?? '';
  // "President Joe Biden, who has said": a relative pronoun after a comma stands for the entity named before it.
  if (inner.length === 1 && (head === 'who' || head === 'which')) {
    const before = /,\s*$/.exec(doc.text.slice(Math.max(0, span.start - 4), span.start));
    const comma = before ? span.start - before[0].length : -1;
    const antecedent = comma > 0 ? mentionsIn(entities, { start: comma - 1, end: comma }).find(({ mention: m }) => m.end === comma) : undefined;
    // ("who" a person, not one after a preposition, "a spokesman for Senator Smith, who said": the phrase's head is
    // who; "which" an organization or place: "reported by Reuters, which said".)
    let j = antecedent ? tokenAt(tokens, antecedent.mention.start) - 1 : -1;
    while (j > 0 && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
    const fits = head === 'who' ? antecedent?.entity.type === 'person' && !(j >= 0 && tokens[j].pos === 'ADP') : antecedent?.entity.type === 'organization' || antecedent?.entity.type === 'location';
    if (antecedent && fits) return { entityId: antecedent.entity.id, kind: antecedent.entity.subtype === 'media' ? 'media' : 'named' };
    // ("said Jane Smith, an economist at Moody's, who added": after a description set off by commas, "who" is the
    // person the description follows.)
    const described = head === 'who' && comma > 0 ? describedPerson(doc, entities, comma) : undefined;
    if (described) return { entityId: described.id, kind: 'named' };
  }
  // ("Sen. Ted Cruz of Texas" is Cruz: a name inside the head's phrase goes first. After a common noun head a name
  // further on is what the speaker belongs to, not who speaks: "economists polled by Reuters" are no media outlet,
  // "Lawyers for Trump" are not Trump; the speaker still links to it.)
  const headEnd = headPart[headPart.length - 1]?.end ?? span.end;
  // (A common noun opening the sentence is capitalized and may be read as a name: "Lawyers for Trump", but no entity
  // holds it.)
  const all = mentionsIn(entities, span);
  const mentions = modifierEnd < 0 ? all : all.filter(({ mention: m }) => m.start >= modifierEnd);
  // (Not a singular word no lexicon knows as a common one: "Schneiderman alleged that ..." names someone; "Rumors",
  // "Eyewitnesses", "None" do not.)
  const commonWords = gazetteer(doc.options.lexicons).commonWords;
  const common = headToken !== undefined && (headToken.pos === 'NOUN' || (headToken.pos === 'PROPN' && headToken === inner[0] && tokens[tokenAt(tokens, headToken.start) - 1]?.sentence !== headToken.sentence &&
    !mentions.some(({ mention: m }) => m.start <= headToken.start && headToken.end <= m.end) &&
    (commonWords.has(headToken.lower) || /s$/.test(headToken.lower) || QUANTIFIERS.has(headToken.lower))));
  let inHead: { entity: Entity; score: number } | null = null;
  let further: { entity: Entity; score: number } | null = null;
  // ("Secretary of State Madeleine Albright", "The head of the FBI investigation, Kenneth Piernick": a person named at
  // the end is the speaker, unless a preposition comes before the name: "Lawyers for Trump".)
  let person = false;
  for (const { entity: e, mention: m } of mentions) {
    const score = (m.end === span.end ? 2 : 0) + (e.type === 'person' ? 1 : 0) + (m.kind === 'demonym' ? -3 : 0);
    if (m.start < headEnd) { if (!inHead || score > inHead.score) inHead = { entity: e, score }; } else if (!further || score > further.score) further = { entity: e, score };
    // (Not inside a relative clause: "Voters who support Trump".)
    if (score === 3 && !NP_INNER.has(tokens[tokenAt(tokens, m.start) - 1]?.lower ?? '') && !(cut > 0 && m.start >= headEnd && RELATIVE_HEADS.has(inner[cut].lower))) person = true;
  }
  // ("Jolly, who was elected to Congress in 2014,", "Salceda, citing data from the State Department,": a name no entity
  // holds, then a description; a place or body in the description is not who speaks, nor what the speaker is of.)
  // (The tagger may read the name as an adjective: "Jolly".)
  const named = headToken ? headToken.pos === 'PROPN' : upperAt(headPart[headPart.length - 1]?.value ?? '', 0);
  const description = cut > 0 && (inner[cut].value === ',' || RELATIVE_HEADS.has(inner[cut].lower) || inner[cut].pos === 'VERB');
  const described = !inHead && !common && named && description && further?.entity.type !== 'person';
  const best = inHead ?? ((common && !person) || described ? null : further);
  const entity = best?.entity ?? null;
  // (Nor is a name in a description set off by a comma after a common noun what the speaker belongs to: "The senator,
  // speaking outside the Capitol", "The lawmaker, who represents a district in Albay", "The company, based in
  // Seattle"; save the agent of a document's, its author: "The poll, released by the Public Policy Institute".)
  // (Nor one in a relative clause: "Voters who support Trump", "others who oppose the boy's return to Cuba".)
  const aside = description && inner[cut].pos !== 'VERB' && !(words.documents.has(head) && inner.some((t, k) => k > cut && t.lower === 'by'));
  const linked = entity ?? (described || aside ? null : further?.entity ?? null);
  if (words.documents.has(head)) return { entityId: linked?.id ?? null, kind: 'document' };
  // "The newspaper reported", "state media said": an unnamed news outlet (or the one named in the phrase).
  // ("Chinese state media reported": a multi-word outlet at the phrase's end.)
  if (words.media.has(head) || words.media.has(lower) || mediaEnding(words, lower)) return { entityId: linked?.id ?? null, kind: 'media' };
  // "75 percent of Republicans", "a majority of voters": a part of a group is a group, linked to what it is part of.
  if (words.shares.has(head) && inner.some((t) => t.lower === 'of')) return { entityId: linked?.id ?? null, kind: 'group' };
  // "a Republican strategist", "one unaligned Florida Republican strategist", "a spokesman for the Kremlin": an
  // unnamed person described by role is an anonymous source, whatever names the description holds (not one named
  // after it: "A spokesman for JPMorgan, Joe Evangelisti").
  const appositive = () => {
    const named = entity?.type === 'person' ? mentions.find((x) => x.entity === entity)?.mention : undefined;
    return !!named && /,\s*$/.test(doc.text.slice(Math.max(span.start, named.start - 3), named.start));
  };
  if (/^(?:a|an|one|another)$/.test(inner[0]?.lower ?? '') && headToken?.pos === 'NOUN' && lowerAt(headToken.value, 0) && !appositive()) {
    // ("A spokesman for the Kremlin", "a Pfizer spokeswoman": linked to the body they speak for.)
    const body = words.spokespersons.has(head) && linked?.type === 'organization' ? linked.id : null;
    return { entityId: body, kind: 'anonymous' };
  }
  // ("The senator, speaking on condition of anonymity": whoever asks not to be named is anonymous.)
  if ((!entity || entity.type !== 'person') && unnamed) return { entityId: linked?.type === 'person' ? null : linked?.id ?? null, kind: 'anonymous' };
  const marked = words.markers.some((m) => lower.includes(m));
  // ("Those close to the governor say": "those" with a marker of anonymity.)
  if (words.anonymous.has(head) || (head === 'those' && marked)) {
    if (!entity || marked || (entity.type !== 'person' && (best!.score < 0 || head === 'sources' || head === 'source'))) {
      return { entityId: linked?.type === 'person' ? null : linked?.id ?? null, kind: 'anonymous' };
    }
  }
  // ("Trump aides", "Clinton supporters": a name before a plural common noun says whose they are; they are not the one
  // named.)
  const whose = entity !== null && inHead !== null && headToken !== undefined && headToken.pos === 'NOUN' && /^[a-z].*[^s]s$/.test(headToken.value) &&
    mentions.some(({ entity: e, mention: m }) => e === entity && m.end <= headToken.start);
  if (whose) return { entityId: entity.id, kind: words.anonymous.has(head) ? 'anonymous' : 'group' };
  if (entity && best!.score >= 0) {
    if (entity.subtype === 'media') return { entityId: entity.id, kind: 'media' };
    return { entityId: entity.id, kind: 'named' };
  }
  if (words.groups.has(head) || (headToken && words.communities.has(headToken.value)) || GROUP_PRONOUNS.has(head)) return { entityId: linked?.id ?? null, kind: 'group' };
  // ("It appears that ...", "you would never know": "it" and "you" are pronouns too, not groups; "his point is that".)
  if (PERSON_PRONOUNS.has(head)) return { entityId: null, kind: 'pronoun' };
  // ("The CEO said", "the Pope said": a title alone after an article names no one, as "the minister" does not.)
  const titleOnly = inner.length === 2 && ARTICLES.has(inner[0].lower) && gazetteer(doc.options.lexicons).titles.has(head);
  return { entityId: linked?.id ?? null, kind: !common && !titleOnly && inner.some((t) => t.pos === 'PROPN' || capitalVerb(t)) ? 'named' : 'group' };
}

/** Whether a phrase ends in an outlet of several words: "Chinese state media", "Russian state television". */
function mediaEnding(words: SourceWords, lower: string): boolean {
  for (const m of words.media) if (m.includes(' ') && lower.endsWith(` ${m}`)) return true;
  return false;
}

// ("who" refers to a person or a group by itself: "Collins, who had endorsed Bush".)
export const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
/** The pronouns that stand as a clause's subject: the personal ones and "it". */
export const SUBJECT_PRONOUNS = new Set([...PERSONAL, 'it'].filter((w) => w !== 'who'));

/** A noun phrase that can hold a view or say something: a person or organization, a personal pronoun, a group noun. */
export function isAgent(doc: Document, span: Span, last: number): boolean {
  const tokens = doc.tokens!;
  // ("college students polled": the noun before a closing participle.)
  const head = closingParticiple(tokens, last - 1) ? tokens[last - 2] : tokens[last - 1];
  if (PERSONAL.has(head.lower) || QUANTIFIERS.has(head.lower)) return true;
  const words = sourceWords(doc.options.lexicons);
  const noun = head.lower.replace(/s$/, '');
  // ("while 9 percent found it a deterrent": a share of those polled.)
  if (words.shares.has(head.lower) || words.groups.has(head.lower) || words.communities.has(head.value) || words.people.has(head.lower) || words.anonymous.has(head.lower) || words.documents.has(head.lower) || words.bodies.has(head.lower) || words.bodies.has(noun)) return true;
  for (const { entity, mention } of mentionsIn(doc.entities ?? [], span)) {
    if (mention.end === tokens[last - 1].end && (entity.type === 'person' || entity.type === 'organization')) return true;
  }
  // "Sen. Ted Cruz of Texas", "the head of the agency": the phrase before "of" names the speaker.
  // (A short place or body after it, no clause: not "Sanders, who sees himself as the father of a new movement ...".)
  for (let k = last - 2; k > 0 && k >= last - 5 && tokens[k].start > span.start; k--) {
    if (tokens[k].value === ',' || tokens[k].pos === 'VERB') break;
    if (tokens[k].lower === 'of') return isAgent(doc, { start: span.start, end: tokens[k - 1].end }, k);
  }
  // ("Bill Skelly, a longtime RNC data operative,": the name before an appositive, which opens with a determiner; not
  // "Sanders, who sees himself ...", "Christian, religion, not ...".)
  for (let k = tokenAt(tokens, span.start) + 1; k < last - 1; k++) {
    if (tokens[k].value !== ',') continue;
    // ("Douglas J. Band, who led the foundation's Clinton Global Initiative,": a person's name before "who".)
    if (tokens[k + 1].lower === 'who') return mentionsIn(doc.entities ?? [], { start: span.start, end: tokens[k - 1].end }).some(({ entity, mention }) => entity.type === 'person' && mention.end === tokens[k - 1].end);
    return (tokens[k + 1].pos === 'DET' || tokens[k + 1].lower === 'one') && isAgent(doc, { start: span.start, end: tokens[k - 1].end }, k);
  }
  return false;
}

/** "The U.S. submission requested ... It argued ...", "In a document published Thursday, the U.S. argues ... The document
 *  also took issue with ...": a definite document that names no one ("the document", "this poll") speaks for the author
 *  of the latest document of that name the article gave one: the entity inside a document's speaker ("The U.S.
 *  submission", "a Quinnipiac University poll"), or the named speaker of words said in one ("in a statement", "In a
 *  document published Thursday, the U.S. argues"). "It" speaking in the sentence after a document's claim is that
 *  document. Claims in text order; their speakers are linked in place. */
export function documentAuthors(doc: Document, claims: readonly Claim[]): void {
  // (Most articles have no such speaker to link.)
  if (!claims.some((c) => c.speaker && !c.speaker.entityId && (c.speaker.kind === 'document' || c.speaker.kind === 'pronoun'))) return;
  const words = sourceWords(doc.options.lexicons);
  const tokens = doc.tokens!;
  const authors = new Map<string, string>();
  let latest: { sentence: number; author: string } | null = null;
  for (const c of claims) {
    const sp = c.speaker;
    if (!sp) continue;
    const sentence = tokens[tokenAt(tokens, c.cue.start)].sentence;
    const definite = sp.kind === 'document' ? /^(?:the|this|that)\s+([a-z]+)$/i.exec(sp.text) : null;
    const author: string | undefined = definite ? authors.get(definite[1]) : sp.kind === 'pronoun' && /^it$/i.test(sp.text) && latest && sentence - latest.sentence === 1 ? latest.author : undefined;
    if (!sp.entityId && author) {
      sp.entityId = author;
      sp.kind = 'document';
    } else if (sp.entityId && sp.kind === 'document') authors.set(sp.text.slice(sp.text.lastIndexOf(' ') + 1).toLowerCase(), sp.entityId);
    else if (sp.entityId && sp.kind === 'named') {
      const noun = documentSaidIn(doc, sentence, words.documents);
      if (noun) authors.set(noun, sp.entityId);
    }
    if (sp.kind === 'document' && sp.entityId) latest = { sentence, author: sp.entityId };
  }
}

/** '"It was a bomb," said an embassy official in Nairobi, who refused to give his name': "who" (or "which") right
 *  after another claim's speaker and a comma is that speaker, its kind and entity, when it stood for no entity of
 *  its own. Linked in place. */
export function relativeSpeakers(text: string, claims: readonly Claim[]): void {
  for (const c of claims) {
    const sp = c.speaker;
    if (!sp || sp.entityId || !/^(?:who|which)$/i.test(sp.text)) continue;
    const before = claims.find((o) => o !== c && o.speaker && o.speaker.end < sp.start && /^\s*,\s*$/.test(text.slice(o.speaker.end, sp.start)));
    if (before?.speaker) Object.assign(sp, { entityId: before.speaker.entityId, kind: before.speaker.kind });
  }
}

/** The document a sentence sets its words in: "in a statement", "In a document published Thursday", "in its report". */
function documentSaidIn(doc: Document, sentence: number, documents: ReadonlySet<string>): string | null {
  const tokens = doc.tokens!;
  const s = doc.sentences![sentence];
  for (let k = s.firstToken + 2; k < s.lastToken; k++) {
    if (!documents.has(tokens[k].lower)) continue;
    // (The determiner right before the noun or one word before it: "in a statement", "in a prepared statement".)
    for (let j = k - 1; j >= Math.max(s.firstToken + 1, k - 2); j--) {
      if ((tokens[j].lower === 'a' || tokens[j].lower === 'an' || POSSESSIVE.has(tokens[j].lower)) && tokens[j - 1].lower === 'in') return tokens[k].lower;
    }
  }
  return null;
}
