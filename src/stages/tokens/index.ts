// Sentences and tokens: one wink-nlp pass over the analysis text; offsets rebuilt from preceding spaces.
import type { Document, Sentence, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { isPossessiveS } from '../../util/span.js';
import { analyse } from '../../util/wink.js';
import { CAPITALIZED, CLOSE_QUOTES, ENDS_ED, ENDS_ING } from '../../util/words.js';
import { lowerAt, upperAt } from '../../util/headline.js';

export const tokens: Stage = {
  name: 'tokens',
  requires: ['ingest'],
  provides: ['tokens', 'sentences'],
  run(doc: Document): Partial<Document> {
    const text = doc.ingest!.analysisText;
    const { values, lowers, spaces, pos, lemmas, sentences: spans } = analyse(text);
    // wink index -> our index; white-space tokens are dropped.
    const map = new Int32Array(values.length + 1);
    const out: Token[] = [];
    // Tokens "no." (wink keeps the period of "said no." as an abbreviation's).
    const answers: number[] = [];
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      offset += spaces[i];
      const value = values[i];
      const start = offset;
      offset += value.length;
      map[i] = out.length;
      if (pos[i] === 'SPACE' || value.charCodeAt(0) <= 32) continue;
      if (value === 'no.') answers.push(out.length);
      out.push({ start, end: offset, value, lower: lowers[i], lemma: lemmas[i], pos: pos[i], sentence: -1 });
    }
    map[values.length] = out.length;
    restoreSilentE(out);
    retagPastTenses(out);
    retagParticiples(out);
    retagCapitalVerbs(out, text);
    const sentences: Sentence[] = [];
    for (const [first, last] of spans) {
      let a = map[first];
      const b = last + 1 < map.length ? map[last + 1] : out.length;
      // A line break inside a wink sentence ends it: news paragraphs and headlines carry no final period.
      let newline = a < b ? text.indexOf('\n', out[a].end) : -1;
      while (newline >= 0 && a < b) {
        let i = a + 1;
        while (i < b && out[i].start < newline) i++;
        if (i >= b) break;
        sentences.push({ start: out[a].start, end: out[i - 1].end, firstToken: a, lastToken: i });
        a = i;
        newline = text.indexOf('\n', out[a].end);
      }
      if (b > a) sentences.push({ start: out[a].start, end: out[b - 1].end, firstToken: a, lastToken: b });
    }
    if (answers.length > 0) splitAfterAnswers(sentences, out, answers);
    const merged = splitLong(mergeContinuations(sentences, out, text), out);
    merged.forEach((sentence, index) => {
      for (let i = sentence.firstToken; i < sentence.lastToken; i++) out[i].sentence = index;
    });
    return { tokens: out, sentences: merged };
  },
};

// News sentences run to about 120 tokens (the longest in the 3013 corpus articles); text with no sentence ends
// (an unpunctuated transcript, a list) would make one sentence of thousands, and the claims stage reads a sentence's
// rest for each cue in it (10,000 "said that" in one sentence took 5 s).
const MAX_SENTENCE_TOKENS = 400;

/** Sentences longer than MAX_SENTENCE_TOKENS cut into pieces, at the last comma, semicolon or colon of a piece's last
 *  100 tokens where there is one. */
function splitLong(sentences: Sentence[], tokens: readonly Token[]): Sentence[] {
  if (sentences.every((s) => s.lastToken - s.firstToken <= MAX_SENTENCE_TOKENS)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    let a = s.firstToken;
    while (s.lastToken - a > MAX_SENTENCE_TOKENS) {
      let cut = a + MAX_SENTENCE_TOKENS;
      for (let k = cut - 1; k > cut - 100; k--) if (tokens[k].value === ',' || tokens[k].value === ';' || tokens[k].value === ':') { cut = k + 1; break; }
      out.push({ start: tokens[a].start, end: tokens[cut - 1].end, firstToken: a, lastToken: cut });
      a = cut;
    }
    out.push(a === s.firstToken ? s : { start: tokens[a].start, end: s.end, firstToken: a, lastToken: s.lastToken });
  }
  return out;
}

/** "The Commission fined Apple", "staged a protest", "is rating it": the lite model strips "-ed" or "-ing" from a
 *  verb of one syllable whose base ends in a silent "e" and keeps the word left, when that is a word ("fin", "stag",
 *  "rat"). A single vowel and a single consonant before the ending, not doubled, mean the "e" was there ("stopped",
 *  "helped", "rained", "fixed", "bused" keep their lemma). */
function restoreSilentE(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.pos !== 'VERB') continue;
    const suffix = ENDS_ED.test(t.lower) ? 2 : ENDS_ING.test(t.lower) ? 3 : 0;
    if (suffix > 0 && t.lemma === t.lower.slice(0, -suffix) && ONE_SYLLABLE_CVC.test(t.lemma)) t.lemma += 'e';
  }
}
const ONE_SYLLABLE_CVC = /^[^aeiouy]*[aeiou][^aeiouswxy]$/;

/** "Cruz belittled the issue", "Kerpen needled the reporter": the lite model tags a past tense it does not know as an
 *  adjective. Between a name or a subject pronoun and an object or "that" ("Schneiderman alleged that", "the 1 percent
 *  who preferred him") it is the verb; so before a short prepositional phrase and "that" ("Schneiderman alleged in
 *  the suit that"). Its lemma is guessed from the spelling. (Not after a possessive: "his preferred methods".) */
function retagPastTenses(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' || !ENDS_ED.test(t.lower) || !(tokens[i - 1].pos === 'PROPN' || NOMINATIVE.has(tokens[i - 1].lower))) continue;
    if (!(OBJECT_START.has(tokens[i + 1].pos) || tokens[i + 1].lower === 'that' || (tokens[i + 1].pos === 'ADP' && thatAfterPhrase(tokens, i + 2)))) continue;
    if (tokens[i - 1].end === t.start) continue;
    t.pos = 'VERB';
    t.lemma = baseForm(t.lower, 'ed');
  }
}
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NUM']);
const NOMINATIVE = new Set(['i', 'he', 'she', 'we', 'they', 'who']);
/** Whether "that" follows within a few words of a phrase, before any punctuation or verb. */
function thatAfterPhrase(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (tokens[k].lower === 'that') return k > from;
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  }
  return false;
}

/** "Ford said", "And Skelly called Braynard ...", "Judicial Watch noted": a capitalized word inside a sentence that the
 *  lite model tags as a verb, right before a verb or auxiliary in lower case, is a name (two verbs do not follow each
 *  other so); so is one before a possessive "'s" ("the market weighed Dole's proposal"). The sentence's first word is
 *  left alone ("Say it", "Tell them"); after a line break or a quotation mark too. */
function retagCapitalVerbs(tokens: Token[], text: string): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.pos !== 'VERB' || !CAPITALIZED.test(t.value)) continue;
    const before = tokens[i - 1];
    if (text.slice(before.end, t.start).includes('\n')) continue;
    // ('"...," Fed Chair Jerome Powell told', "spokesman Josh Earnest said": before a capitalized noun or a name, after
    // a word in lower case or a quotation closed by its comma; in a title-case headline the word before is
    // capitalized, or "to" or an auxiliary: "Decision Not to Indict Hillary", "Won't Renounce Trump".)
    const closed = CLOSE_QUOTES.has(before.value) && CLOSING_PUNCT.has(tokens[i - 2]?.value ?? '');
    const named = (next.pos === 'PROPN' || (next.pos === 'NOUN' && CAPITALIZED.test(next.value))) && (closed || (lowerAt(before.value, 0) && before.pos !== 'PART' && before.pos !== 'AUX'));
    if (!named && (!(((next.pos === 'VERB' || next.pos === 'AUX') && lowerAt(next.value, 0)) || isPossessiveS(next)) || END_MARKS.has(before.value) || OPEN_MARKS.has(before.value))) continue;
    t.pos = 'PROPN';
    t.lemma = t.lower;
  }
}
// What ends a quotation's words right before its closing mark: '"...," Powell said'.
const CLOSING_PUNCT = new Set([',', '.', '!', '?']);
const END_MARKS = new Set(['.', '!', '?', ':', ';']);
const OPEN_MARKS = new Set(['"', '“', '‘', "'", '(', '[', '—', '-', '–']);

/** "The company said it would miss the deadline, warning that it could default": the lite model tags some participles
 *  ("warning", "promising", "mocking") as a noun or an adjective; after a comma or "been" and before "that" and a
 *  clause they are verbs ("has been warning that"), and so after a comma and before an object, and after a form of
 *  "be" and before "to" and a verb. */
function retagParticiples(tokens: Token[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !ENDS_ING.test(t.lower)) continue;
    const clause = (tokens[i - 1].value === ',' || tokens[i - 1].lower === 'been') && tokens[i + 1].lower === 'that' && CLAUSE_START.has(tokens[i + 2].pos);
    // ('"...," Trump said, mocking the concerns': after a comma and before an object that opens with a determiner, a
    // pronoun or a name; not before a noun, which it may modify: ", housing prices".)
    const object = tokens[i - 1].value === ',' && OBJECT_START.has(tokens[i + 1].pos) && tokens[i + 1].pos !== 'NUM';
    // ("China is promising to spend", "he is threatening to leave".)
    const infinitive = tokens[i - 1].pos === 'AUX' && tokens[i - 1].lemma === 'be' && tokens[i + 1].lower === 'to' && tokens[i + 2].pos === 'VERB';
    if (!clause && !infinitive && !object) continue;
    t.pos = 'VERB';
    t.lemma = baseForm(t.lower, 'ing');
  }
}
const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/** A verb's base form guessed from its spelling: "needled" -> "needle", "belittled" -> "belittle", "committed" ->
 *  "commit", "tried" -> "try", "warning" -> "warn", "promising" -> "promise". */
function baseForm(word: string, suffix: 'ed' | 'ing'): string {
  const stem = word.slice(0, -suffix.length);
  if (suffix === 'ed' && stem.endsWith('i')) return `${stem.slice(0, -1)}y`;
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[^aeiou]l|[cgsvz]|[^aeiou]r|u)$/.test(stem) || (/[^aeiou][aeiou][^aeiouwxy]$/.test(stem) && !/(?:en|er|on|it|et)$/.test(stem))) return `${stem}e`;
  return stem;
}

/** "The answer was no. Officials said ...": wink reads "no." as the abbreviation of "number" and runs on; a
 *  lower-case "no." before a capitalized word ends its sentence ("No. 2", "no. 5" stay numbers). */
function splitAfterAnswers(sentences: Sentence[], tokens: readonly Token[], answers: readonly number[]): void {
  let k = 0;
  for (const at of answers) {
    const next = tokens[at + 1];
    if (!next || !upperAt(next.value, 0)) continue;
    while (k < sentences.length && sentences[k].lastToken <= at + 1) k++;
    const s = sentences[k];
    if (!s || s.firstToken > at) continue;
    sentences.splice(k, 1, { start: s.start, end: tokens[at].end, firstToken: s.firstToken, lastToken: at + 1 }, { start: next.start, end: s.end, firstToken: at + 1, lastToken: s.lastToken });
  }
}

const CLOSING = new Set(['”', '"', "'", '’', ')']);

// "Sen. Marco Rubio (R-Fla.) said", "the U.S. said": an abbreviation, not a sentence, ends there.
const ABBREVIATION_END = /(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Z]\.){2,})\.?\)?$/;

/** Whether a quotation is open at an offset, reading the paragraph from its start: '"' opens or closes, “ opens,
 *  ” closes. Asked at growing offsets (the sentences in order), it reads each line once. */
function quoteReader(text: string): (at: number) => boolean {
  let from = 0;
  let open = false;
  return (at: number) => {
    if (at < from) { from = text.lastIndexOf('\n', at - 1) + 1; open = false; }
    for (; from < at; from++) {
      const c = text[from];
      if (c === '"') open = !open;
      else if (c === '“') open = true;
      else if (c === '”') open = false;
      else if (c === '\n') open = false;
    }
    return open;
  };
}

/** “Does China exclude ...?” the document asked. A sentence that starts with a closing quote or a lower-case word
 *  on the same line continues the one before (wink splits after "?" and "!" inside quotes, and after abbreviations). */
function mergeContinuations(sentences: Sentence[], tokens: Token[], text: string): Sentence[] {
  const out: Sentence[] = [];
  const quoteOpenAt = quoteReader(text);
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const first = tokens[s.firstToken];
    // (The end of the sentence before is all the tests below read: a merged one may be long.)
    const before = prev ? text.slice(Math.max(prev.start, prev.end - 40), prev.end) : '';
    // A plain '"' closes only a quote left open before it in the paragraph (it may have opened sentences earlier).
    const closes = first.value === '"' ? quoteOpenAt(s.start) : CLOSING.has(first.value);
    // No sentence opens with a comma: "Rep. Zoe Lofgren (D-Calif.), who ..." was split after the abbreviation.
    // Nor with a lower-case word right after a period: "presidentialhistory.com" was split at its dot.
    const continues = prev && !text.slice(prev.end, s.start).includes('\n') &&
      (closes || first.value === ',' || first.value === ';' || (lowerAt(first.value, 0) && (/[?!”")]$/.test(before) || ABBREVIATION_END.test(before) || text[s.start - 1] === '.')));
    if (continues) out[out.length - 1] = { start: prev.start, end: s.end, firstToken: prev.firstToken, lastToken: s.lastToken };
    else out.push(s);
  }
  return out;
}
