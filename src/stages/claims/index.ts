// Claims: attributed statements found around reporting cues ("X said that ...", "..., X said.", "..., said X",
// "according to X, ...", quotes), with the speaker linked to its entity and nested attribution as parentId.
import type { Document, Sentence, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Claim, DateItem, Entity, Span } from '../../schema/record.js';
import { compiled } from '../../lexicons/compile.js';
import type { Lexicons } from '../../lexicons/index.js';
import { MONTHS, WEEKDAYS } from '../../util/calendar.js';
import { pushTo } from '../../util/collections.js';
import { HEADLINE_WORDS, isTitleCase, lowerAt, upperAt } from '../../util/headline.js';
import { stableId } from '../../util/id.js';
import { ARTICLES, END_PUNCT, PASSIVE_AUX, POSSESSIVE, QUANTIFIERS, bracketOpen, contains, hasDigit, hasVerb, isParticiple, isPossessiveS, overlapping, overlaps, pastForm, quoteOpen, spanIndex, textSpan, tokenAt, tokenSpan, trimSpan } from '../../util/span.js';
import { ENDS_ED, ENDS_ING } from '../../util/words.js';
import { CLOSE_QUOTES, HEAD_POS, OBJECT_PRONOUNS, OPEN_QUOTES, SINGULAR_QUANTIFIERS, SUBJECT_PRONOUNS, capitalVerb, closingParticiple, documentAuthors, inPrepositionalPhrase, isAgent, isAsideDash, mentionsIn, relativeSpeakers, SETTINGS, sourceSpan, sourceWords, speakerOf, withDescription, type SourceSpan } from './speaker.js';

/** What a word form is to the claims stage: the first word of a phrase, a cue verb of a kind, a word that opens an
 *  attribution naming no one ("reportedly", "expected"). */
interface CueWord { starts: boolean; kind: string | undefined; unnamed: boolean; view: boolean; light: boolean; opens: ReadonlySet<string> | undefined }
export interface CueWords { phrases: PhraseIndex; states: PhraseIndex; passive: Set<string>; hearers: Set<string>; stanceNouns: Set<string>; stanceAfter: Set<string>; words: Map<string, CueWord>; inverted: Set<string>; infinitive: Set<string>; objectInfinitive: Set<string>; viewAs: Set<string>; polls: Set<string>; respondents: Set<string>; unattributed: Set<string>; anonymity: PhraseIndex; particles: Map<string, Set<string>>; requestWith: Map<string, Set<string>>; topicWith: Map<string, Set<string>>; issuers: Set<string> }

export function cueWords(lexicons: Lexicons): CueWords {
  return compiled(lexicons, 'claims/cues', (lex) => {
    const verbs = new Map(Object.entries(lex.cueVerbs));
    const starts = new Set([...lex.cuePhrases, ...lex.stateCues].map((p) => p.split(' ')[0]));
    // One look-up per word form instead of one per table.
    const words = new Map<string, CueWord>();
    const unnamed = new Set([...UNNAMED_TRIGGERS, ...lex.unattributedCues]);
    const views = new Set(lex.viewNouns);
    const light = new Set(lex.nounCueVerbs);
    const adjectives = new Map(Object.entries(lex.stanceAdjectives).map(([word, after]) => [word, new Set(after)]));
    for (const w of new Set([...verbs.keys(), ...starts, ...unnamed, ...views, ...light, ...adjectives.keys()])) {
      words.set(w, { starts: starts.has(w), kind: verbs.get(w), unnamed: unnamed.has(w), view: views.has(w), light: light.has(w), opens: adjectives.get(w) });
    }
    return { phrases: phraseIndex(lex.cuePhrases), states: phraseIndex(lex.stateCues), passive: new Set(lex.passiveCues), hearers: new Set(lex.hearerVerbs), stanceNouns: new Set(lex.nounCueNouns), stanceAfter: new Set(lex.nounCueAfter), words, inverted: new Set(lex.invertedCues), infinitive: new Set(lex.infinitiveCues), objectInfinitive: new Set(lex.objectInfinitiveCues), viewAs: new Set(lex.viewAsCues), polls: new Set(lex.pollNouns), respondents: new Set(lex.pollRespondents), unattributed: new Set(lex.unattributedCues), anonymity: phraseIndex(lex.anonymityClauses), particles: new Map(Object.entries(lex.cueParticles).map(([verb, words]) => [verb, new Set(words)])), requestWith: new Map(Object.entries(lex.cueRequestWith).map(([verb, words]) => [verb, new Set(words)])), topicWith: new Map(Object.entries(lex.cueTopicWith).map(([verb, words]) => [verb, new Set(words)])), issuers: new Set(lex.textIssuers) };
  });
}

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NUM', 'SCONJ']);
// Words that open a clause whatever the tagger made of them ("whether" as a preposition); not "when" ("said Monday when
// asked ...").
const WH_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'where']);
// Prepositions a cue takes before what it is about ("reported recently about ...", "criticized on Monday for ...").
const TAKEN_PREPOSITIONS = new Set(['about', 'for', 'against', 'over']);
// What a question or clause hangs on: "unsure whom", "asked which".
const CLAUSE_HEADS = new Set(['ADJ', 'VERB']);
// Pronouns that are no subject: "..., believe me" (OBJECT_PRONOUNS of speaker.ts), "itself".
const REFLEXIVE = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself']);
// Words that open a clause a participle cue hangs on: "while saying", "after initially saying", "by saying".
const SUBORDINATE = new Set(['while', 'after', 'before', 'by', 'upon', 'when', 'without', 'since']);
// What may follow "..., said X": the end, or an adverbial ("when asked", "in a statement", "referring to").
const TRAILING = new Set(['when', 'in', 'on', 'at', 'during', 'referring', 'who', 'that', 'which', 'whose', 'after', 'before', 'as', 'while', 'adding', 'noting', 'according', 'to', 'of', 'from', 'last', 'this', 'yesterday', 'today', 'told', 'speaking', 'with', 'about', 'earlier', 'later', 'recently']);
const TRIM = ' \t\r\n,.;:"“”\'‘’—–-';

interface Found {
  /** null when the text names no one: "The convention is expected to ...". */
  source: Span | null;
  cue: Span;
  content: Span;
  quoted: boolean;
  rule: string;
}

function matchSequence(tokens: readonly Token[], i: number, words: string[], end: number): number {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || i + k >= end || (t.lower !== words[k] && t.lemma !== words[k])) return -1;
  }
  return i + words.length;
}

/** Phrases by their first word, each with its place in the lexicon's list. */
type PhraseIndex = ReadonlyMap<string, ReadonlyArray<{ words: string[]; order: number }>>;
const NO_PHRASES: ReadonlyArray<{ words: string[]; order: number }> = [];

function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, Array<{ words: string[]; order: number }>>();
  phrases.forEach((p, order) => {
    const words = p.split(' ');
    pushTo(index, words[0], { words, order });
  });
  return index;
}

/** Where the first of the indexed phrases (in the lexicon's order) that starts at token i ends, its first word the
 *  token's form or lemma; undefined when none does. */
function firstMatch(tokens: readonly Token[], i: number, phrases: PhraseIndex, end: number): number | undefined {
  const t = tokens[i];
  let found: number | undefined;
  let order = Infinity;
  for (const p of phrases.get(t.lower) ?? NO_PHRASES) {
    const e = matchSequence(tokens, i, p.words, end);
    if (e > 0) { found = e; order = p.order; break; }
  }
  if (t.lemma !== t.lower) {
    for (const p of phrases.get(t.lemma) ?? NO_PHRASES) {
      if (p.order >= order) break;
      const e = matchSequence(tokens, i, p.words, end);
      if (e > 0) return e;
    }
  }
  return found;
}

/** "who requested anonymity", "speaking on condition of anonymity because he was not authorized to talk,": clauses
 *  that grant a source anonymity, as token ranges [first, last). They describe the speaker and report nothing. */
function anonymityClauses(tokens: readonly Token[], s: Sentence, cues: CueWords): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = s.firstToken; i < s.lastToken; i++) {
    let end = firstMatch(tokens, i, cues.anonymity, s.lastToken);
    if (end === undefined) continue;
    // Back to "who", or over the verb, its adverbs and prepositions ("spoke on the", "had asked").
    let first = i;
    for (let k = i - 1; k >= Math.max(s.firstToken, i - 8); k--) {
      if (tokens[k].lower === 'who') { first = k; break; }
      if (!FRAME_POS.has(tokens[k].pos)) break;
      first = k;
    }
    // "... anonymity because they were not authorized to speak publicly," / "... anonymity to discuss the talks,":
    // the reason runs to the next comma.
    if (end < s.lastToken && (tokens[end].lower === 'because' || tokens[end].lower === 'to')) {
      let k = end;
      while (k < s.lastToken && k - end < 16 && tokens[k].value !== ',') k++;
      if (k < s.lastToken && tokens[k].value === ',') end = k;
    }
    out.push([first, end]);
    i = end - 1;
  }
  return out;
}
const FRAME_POS = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'PART', 'DET']);

/** Whether a clause starts at token `k`: its subject, then its verb within five words. */
function clauseAt(tokens: readonly Token[], k: number, s: Sentence): boolean {
  return hasVerb(tokens, k + 1, Math.min(s.lastToken, k + 6)) && (SUBJECT_PRONOUNS.has(tokens[k].lower) || NP_WORDS.has(tokens[k].pos) || hasVerb(tokens, k + 1, k + 2));
}

/** Content that follows a cue: after "that" or a colon if one comes soon, else the rest of the sentence. */
function contentAfter(tokens: readonly Token[], cueEnd: number, s: Sentence, cueLemma: string, dateEnds: ReadonlyMap<number, number>, hearers?: ReadonlySet<string>): { first: number; last: number } | null {
  let first = cueEnd;
  // Right after the cue: ", “...", ": ...", "that ...".
  // ("Sanders replied evenly, “...”": a manner adverb may stand before.)
  let k = cueEnd;
  while (k + 1 < s.lastToken && tokens[k].pos === 'ADV' && /ly$/.test(tokens[k].lower)) k++;
  while (k < s.lastToken && (tokens[k].value === ',' || tokens[k].value === ':')) k++;
  if (k < s.lastToken && OPEN_QUOTES.has(tokens[k].value)) return { first: k, last: quoteEnd(tokens, k, s) };
  for (k = cueEnd; k < Math.min(s.lastToken, cueEnd + 14); k++) {
    const t = tokens[k];
    // (", but critics point to charities that fund ...": a clause of its own after a comma and a conjunction.)
    if (t.value === ',' && k > cueEnd && (tokens[k + 1]?.lower === 'but' || tokens[k + 1]?.lower === 'and') && tokens[k + 2]?.lower !== 'that') break;
    // The complementizer belongs to the content, as PolNeAR marks it ("said that ..."; not "that year").
    if (t.lower === 'that' && tokens[k + 1] && tokens[k + 1].pos !== 'VERB' && tokens[k + 1].pos !== 'AUX' && !dateEnds.has(t.start)) { first = k; break; }
    if (t.value === ':') { first = k + 1; break; }
    // ("told The Associated Press on Monday that ...": a capitalized word inside the hearer's name is no verb.)
    // ("said in an emailed statement that ...", "said in a prepared statement that ...": nor is a word between an
    // article or possessive and a noun inside a prepositional phrase.)
    // ("said in his nightly video address that ...": nor a word ending such a phrase before "that".)
    const phraseShape = t.pos === 'VERB' && (((ARTICLES.has(tokens[k - 1].lower) || tokens[k - 1].pos === 'PRON') && tokens[k + 1]?.pos === 'NOUN') || (tokens[k - 1].pos === 'NOUN' && tokens[k + 1]?.lower === 'that'));
    // ("warned in a study published Wednesday in Nature that ...": a participle after the noun of a phrase the cue opens.)
    // (Followed by a date or a preposition, not an object: "when a student leveled charges in 1993 that ...".)
    const participle = t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[cueEnd].pos === 'ADP' && tokens[k - 1].pos === 'NOUN' && k > cueEnd + 1 &&
      (tokens[k + 1]?.pos === 'ADP' || dateEnds.has(tokens[k + 1]?.start ?? -1));
    if ((t.pos === 'VERB' && !participle && !(cueLemma === 'tell' && capitalVerb(t) && k > cueEnd) && !(phraseShape && inPrepositionalPhrase(tokens, k, cueEnd))) || END_PUNCT.has(t.value) || OPEN_QUOTES.has(t.value)) break;
  }
  // "said Monday it would ...", "said on Monday it would ...", "said last week, it ...": the date tells when, not what
  // (unless it is the subject: "said Monday was the deadline").
  if (first === cueEnd) {
    const at = first + 1 < s.lastToken && ['on', 'in', 'during', 'over'].includes(tokens[first].lower) ? first + 1 : first;
    // (A holiday may be what is said of: "calling Christmas a sham"; a weekday or a month is when.)
    const word = tokens[at]?.lower.replace(/\.$/, '') ?? '';
    const adverbial = at < s.lastToken && (tokens[at].pos !== 'PROPN' || word in WEEKDAYS || word in MONTHS);
    let after = adverbial ? pastDate(tokens, at, dateEnds, s) : at;
    // ("The process concluded on Wednesday after the Netherlands gave its go-ahead": when, and nothing said.)
    // (Unless a "that" clause comes later: "said on Thursday after a meeting with Lebed, ..., that it needed more work".)
    if (after > at && (after >= s.lastToken || END_PUNCT.has(tokens[after].value) || SUBORDINATE.has(tokens[after].lower)) && !tokens.slice(after, s.lastToken).some((x) => x.lower === 'that')) return null;
    if (after > at) {
      if (after < s.lastToken && tokens[after].value === ',') after++;
      // (What follows opens a clause: "it", "the DOJ lawsuit", "Cameron had", "whether"; not "recent criticism",
      // "Thursday's speeches".) ("has questioned in recent days whether ...", the tagger's preposition; "reported
      // recently about a student": the preposition the cue takes.)
      const opener = tokens[after];
      if (after < s.lastToken && ((CLAUSE_OPENERS.has(opener.pos) && !isPossessiveS(opener)) || WH_OPENERS.has(opener.lower) || (TAKEN_PREPOSITIONS.has(opener.lower) && after + 1 < s.lastToken))) first = after;
    }
  }
  // "said in a statement the order was ...", "replied in an even voice that ...", "said in a statement, “...”", "noted in
  // an op-ed Thursday, the leading candidate ...": where or how the words were said is not part of them.
  if (first === cueEnd && cueLemma !== 'tell' && SETTING_PREPOSITIONS.has(tokens[first]?.lower ?? '')) {
    const k = settingEnd(tokens, first, s);
    if (k > first + 1 && k < s.lastToken) {
      const next = tokens[k];
      const q = next.value === ',' || next.value === ':' ? k + 1 : k;
      // (Not a title: "said in his 2012 book, ''An American Son.''")
      if (q > k && q < s.lastToken && OPEN_QUOTES.has(tokens[q].value)) {
        const end = quoteEnd(tokens, q, s);
        // ("asked in a strong dissent, ``what sense does it make'' to apply ...": the sentence goes on after it.)
        const rest = tokens.slice(end, s.lastToken).every((t) => END_PUNCT.has(t.value) || CLOSE_QUOTES.has(t.value));
        if (hasVerb(tokens, q + 1, end)) {
          if (rest) return { first: q, last: end };
          first = q;
        }
      }
      const clause = (q < s.lastToken && tokens[q].lower === 'that' && !['VERB', 'AUX'].includes(tokens[q + 1]?.pos ?? '')) ||
        (q < s.lastToken && (SUBJECT_PRONOUNS.has(tokens[q].lower) || PHRASE_DETERMINERS.has(tokens[q].lower) || ['DET', 'PROPN'].includes(tokens[q].pos)) && !RELATIVE_WORDS.has(tokens[q].lower) && hasVerb(tokens, q + 1, Math.min(s.lastToken, q + 8)));
      if (clause) first = q;
    }
  }
  // ("Graham assures his audience he will ...", "warned investors the market would fall": a verb of cues.json hearerVerbs
  // names its hearer so too, when a clause follows; "tell", below, whatever follows.)
  // (Not "persuade many Cubans to break loose": an object and an infinitive are the words.)
  if (first === cueEnd && hearers?.has(cueLemma) && tokens[first]?.lower !== 'that') {
    let k = first;
    if (POSSESSIVE.has(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'DET') {
      k++;
      while (k < s.lastToken && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN')) k++;
    } else if (tokens[k]?.pos === 'PRON' && !SUBJECT_PRONOUNS.has(tokens[k].lower)) k++;
    else if (tokens[k]?.pos === 'NOUN' && /s$/.test(tokens[k].lower)) k++;
    let verb = k + 1;
    while (verb < Math.min(s.lastToken, k + 8) && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'AUX') verb++;
    const clause = k > first && verb < s.lastToken && (SUBJECT_PRONOUNS.has(tokens[k].lower) || ['DET', 'PROPN'].includes(tokens[k].pos) || tokens[k].lower === 'that') &&
      (tokens[verb].pos === 'VERB' || tokens[verb].pos === 'AUX') && tokens[verb - 1].lower !== 'to';
    if (clause) first = k;
  }
  if (first === cueEnd && cueLemma === 'tell') {
    // "X told CNBC the deal is close", "told him that", "told a cheering crowd, ...": skip the hearer.
    if (tokens[first]?.pos === 'PRON') first++;
    else if (tokens[first]?.pos === 'DET') {
      let k = first + 1;
      while (k < s.lastToken && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'VERB' && /ing$/.test(tokens[k].lower))) k++;
      if (k > first + 1 && ['NOUN', 'PROPN'].includes(tokens[k - 1].pos)) first = k;
    } else {
      // ("told reporters Germany agreed": a plural noun is the whole hearer; a name after it starts the words.)
      // ("told customers Monday about the bugs": and a date after it is when.)
      if (tokens[first]?.pos === 'NOUN' && /s$/.test(tokens[first].lower)) first = pastDate(tokens, first + 1, dateEnds, s);
      else {
        // ("told host Chris Cuomo she believed ...": a title before the name.)
        if (tokens[first]?.pos === 'NOUN' && tokens[first + 1]?.pos === 'PROPN') first++;
        while (first < s.lastToken && tokens[first].pos === 'PROPN') first++;
      }
      // ("told Britain's ITV television station in an interview": a possessive name before the hearer.)
      if (first > cueEnd && (tokens[first]?.value === "'s" || tokens[first]?.value === '’s')) {
        first++;
        while (first < s.lastToken && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[first].pos)) first++;
      }
    }
    // ("told a Planned Parenthood gathering in Washington she will protect ...", "told the largely female audience she
    // ..."): a longer hearer, up to a subject pronoun and its verb.)
    if (first === cueEnd || !clauseAt(tokens, first, s)) {
      for (let k = cueEnd + 1; k < Math.min(s.lastToken - 1, cueEnd + 12); k++) {
        const t = tokens[k];
        // (Not past a clause of another kind: "told Reuters in a rare interview when asked if he had met Trump", "told
        // reporters after he and Maskhadov signed", "told me and it still hasn't sunk in".)
        if (END_PUNCT.has(t.value) || t.value === ',' || OPEN_QUOTES.has(t.value) || t.pos === 'SCONJ' || t.pos === 'CCONJ' || CLAUSE_OPENING.has(t.lower) || SUBORDINATE.has(t.lower) ||
          RELATIVE_WORDS.has(t.lower) || t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.lower))) break;
        if (SUBJECT_PRONOUNS.has(t.lower) && clauseAt(tokens, k, s)) { first = k; break; }
      }
    }
    // "told Politico, “From the start ...”": the quotation after the hearer.
    let q = first;
    while (q < s.lastToken && (tokens[q].value === ',' || tokens[q].value === ':')) q++;
    if (q > first && q < s.lastToken && OPEN_QUOTES.has(tokens[q].value)) return { first: q, last: quoteEnd(tokens, q, s) };
    // Nothing said after the hearer: "told reporters, according to Reuters, ...", "told the hosts of ''Morning Joe,''",
    // "did not tell the police because she did not believe him".
    if (first > cueEnd && (first >= s.lastToken || [',', '.', ';'].includes(tokens[first].value) || AFTER_HEARER.has(tokens[first].lower))) return null;
  }
  let last = s.lastToken;
  // ("were worried about the economy; most said ...": a semicolon ends the content, outside a quotation.)
  // (", and it hopes to ...": so does a clause of its own after a comma and a conjunction.)
  for (let j = first; j < last; j++) {
    if (OPEN_QUOTES.has(tokens[j].value)) j = quoteEnd(tokens, j, s) - 1;
    // (Not a list of what the subject did: "they had spoken out at hearings; helped marshal protesters; and put ...".)
    else if (tokens[j].value === ';' && j > first && !listedVerb(tokens, j + 1)) { last = j; break; }
    else if (tokens[j].value === ',' && j > first + 2 && (tokens[j + 1]?.lower === 'and' || tokens[j + 1]?.lower === 'but') && SUBJECT_PRONOUNS.has(tokens[j + 2]?.lower ?? '') &&
      ['VERB', 'AUX'].includes(tokens[j + 3]?.pos ?? '')) { last = j; break; }
  }
  while (last > first && (END_PUNCT.has(tokens[last - 1].value) || CLOSE_QUOTES.has(tokens[last - 1].value) && !tokens.slice(first, last - 1).some((t) => OPEN_QUOTES.has(t.value)))) last--;
  // ("Both of his GOP senators strongly supported him.": one word when it names someone; not "revealed itself".)
  // ("average voters may listen and conclude that ...": the second verb's words, not this one's.)
  if (first < last && tokens[first].pos === 'CCONJ') return null;
  // ("citing precedent", "expressed shock": a common noun too, unless the cue is a noun's modifier, "a display of all
  // state flags", "the video calling abilities".)
  const cue = tokens[cueEnd - 1];
  const modifier = first === cueEnd && (tokens[cueEnd - 2]?.pos === 'DET' || (/ing$/.test(cue.lower) && tokens[cueEnd - 2]?.pos === 'NOUN'));
  const named = last - first === 1 && (tokens[first].pos === 'PROPN' || tokens[first].pos === 'PRON' || (tokens[first].pos === 'NOUN' && !modifier)) && !REFLEXIVE.has(tokens[first].lower) && !dateEnds.has(tokens[first].start);
  return last - first >= 2 || named ? { first, last } : null;
}

/** Words after the hearer of "tell" that open no words told: a phrase of where, when or of what ("told the hosts of
 *  ..."), a clause of time, reason or condition ("did not tell the police because ..."), "according to". */
const AFTER_HEARER = new Set(['of', 'in', 'on', 'at', 'during', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'unless', 'until', 'according']);
/** Prepositions that open where or how words were said ("in a statement", "at a rally", "during the debate"). */
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);
/** Prepositions a verb does not follow (a gerund does): "from pitch to pitch", "of record". */
const NOUN_PREPOSITIONS = new Set(['from', 'of', 'in', 'for', 'with', 'at', 'on', 'into', 'about', 'under', 'over', 'between', 'among', 'without', 'within']);
/** Determiners of a noun phrase: articles and possessives ("in a statement", "in his speech"). */
const PHRASE_DETERMINERS = new Set([...ARTICLES, ...POSSESSIVE]);
/** Prepositions that go on inside such a phrase ("in an interview with The Associated Press at his headquarters"). */
const PHRASE_LINKS = new Set(['with', 'to', 'at', 'of', 'on', 'for', 'from', 'in']);

/** The token after the prepositional phrase opened at `at` ("in an interview with The Associated Press"): its nouns,
 *  names, adjectives, numbers and participles ("an emailed statement"), and phrases linked to them. A determiner or a
 *  subject pronoun after the phrase's noun starts something else ("in a release he issued", "in Athens the
 *  Americans could leave"). `at` + 1 when no noun phrase follows. */
function settingEnd(tokens: readonly Token[], at: number, s: Sentence): number {
  let k = at + 1;
  let head = false;
  while (k < s.lastToken && k - at < 16) {
    const t = tokens[k];
    // (A capital goes on a name or title: "in her biography My Turn".)
    if (head && !upperAt(t.value, 0) && (SUBJECT_PRONOUNS.has(t.lower) || t.pos === 'DET' || PHRASE_DETERMINERS.has(t.lower))) break;
    if (head && upperAt(t.value, 0) && /\p{L}/u.test(tokens[k - 1].value)) {
      k++;
      continue;
    }
    // ("in an even voice": a word after a determiner or an adjective that the tagger read as a verb is the noun.)
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'VERB' && !head && k > at + 1 && !/(?:ed|ing)$/.test(t.lower))) head = true;
    // ("in an op-ed": a word joined by a hyphen, whatever its parts were tagged.)
    else if (t.value === '-' && k + 1 < s.lastToken && tokens[k - 1].end === t.start && tokens[k + 1].start === t.end) {
      head = true;
      k++;
    } else if (isPossessiveS(t)) head = false;
    else if (!head && (t.pos === 'ADJ' || t.pos === 'ADV' || PHRASE_DETERMINERS.has(t.lower) || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower)))) head = false;
    else if (head && PHRASE_LINKS.has(t.lower) && k + 1 < s.lastToken && !['VERB', 'AUX'].includes(tokens[k + 1].pos)) head = false;
    else break;
    k++;
  }
  return head ? k : at + 1;
}

/** The words contentAfter found, as a span: a quotation runs on to its closing mark, over sentences if it must. */
function wordsAfter(text: string, tokens: readonly Token[], body: { first: number; last: number }): { span: Span; quoted: boolean } {
  const quoted = OPEN_QUOTES.has(tokens[body.first].value);
  const end = quoted ? quotationEnd(text, tokens[body.first].start) : -1;
  return { span: end > 0 ? { start: tokens[body.first].start, end } : trimSpan(text, tokenSpan(tokens, body.first, body.last), TRIM), quoted };
}

/** The token after the quote opened at `open` closes (within the sentence, else its end). */
function quoteEnd(tokens: readonly Token[], open: number, s: Sentence): number {
  let inner = 0;
  for (let k = open + 1; k < s.lastToken; k++) {
    const v = tokens[k].value;
    // (A quotation in curly marks inside a straight one closes first, as in quotationEnd.)
    if (v === '“' && tokens[open].value === '"') inner++;
    else if (v === '”' && inner > 0) inner--;
    else if ((CLOSE_QUOTES.has(v) && v !== '"') || (v === '"' && k > open + 1)) return k + 1;
  }
  return s.lastToken;
}

/** Opening quote for a closing quote at token `close`, up to three sentences back. */
function openingQuote(text: string, closeAt: number, floor: number): number {
  for (let i = closeAt - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === '“') return i;
    if (ch === '"' && (i === 0 || /[\s(\[]/.test(text[i - 1]))) return i;
  }
  return -1;
}

// Words that open a condition: what follows is part of what is said ("If Clinton is elected, he said, ...").
const CONDITIONS = new Set(['if', 'unless']);
// Words that only open a clause; "after", "since" and the others in CLAUSE_OPENING may head a prepositional phrase.
const CONJUNCTIONS = new Set(['if', 'when', 'although', 'though', 'because', 'whether', 'once', 'unless', 'while', 'where']);
// Words the tagger reads as prepositions that open a clause with a subject: "as Trump denounced ...".
const CLAUSE_OPENING = new Set(['as', 'after', 'before', 'since', 'until', 'while', 'because', 'if', 'although', 'though', 'once', 'when', 'whether']);
const APPOSITIVE_POS = new Set(['PROPN', 'NOUN', 'NUM', 'ADP', 'DET', 'ADJ', 'PART', 'CCONJ']);
const RELATIVE_SUBJECT = new Set(['who', 'which']);
const RELATIVE_OBJECT = new Set(['whom', 'which', 'what']);
/** Pronouns that take a relative clause with no relative pronoun, as a noun does: "something she opposed". */
const INDEFINITES = new Set(['something', 'anything', 'everything', 'nothing', 'all', 'much']);
/** Words that open a relative clause, not a clause of reported words: "said in a statement, which ...". */
const RELATIVE_WORDS = new Set([...RELATIVE_SUBJECT, ...RELATIVE_OBJECT, 'whose', 'where', 'when', 'that']);
const HEADLINE_ADP = new Set(['to', 'at', 'on', 'in']);
// Verbs of going on, starting and trying: "continued to question whether", "began to argue that", "attempted to portray
// ... as", "moved to emphasize" report the verb after them.
const ASPECT = new Set(['continue', 'begin', 'start', 'keep', 'resume', 'attempt', 'try', 'move', 'pivot', 'rush', 'hasten']);
const RAISING = new Set(['seem', 'appear']);

/** What each rule of a sentence reads: the article, the sentence, the cue lexicon, where dates end, the claims found so
 *  far (some rules end the words of one before), and the sentence's anonymity clauses. */
interface Scan {
  readonly doc: Document;
  readonly s: Sentence;
  readonly tokens: readonly Token[];
  /** The analysis text: same offsets as the original, with ''quotes'' and ``quotes'' written as “quotes”. */
  readonly text: string;
  readonly cues: CueWords;
  readonly dateEnds: ReadonlyMap<number, number>;
  readonly out: Found[];
  readonly anonymity: ReadonlyArray<[number, number]>;
}

// The claims of one sentence, rule by rule, each rule a function of its own. (As one function of 800 lines the rules
// took V8's optimizing compiler most of a second at each compile, and it compiled them again at each rare branch first
// met.)
function findInSentence(doc: Document, s: Sentence, cues: CueWords, dateEnds: ReadonlyMap<number, number>, out: Found[], granted: Span[]): void {
  const tokens = doc.tokens!;
  const anonymity = anonymityClauses(tokens, s, cues);
  const scan: Scan = { doc, s, tokens, text: doc.ingest!.analysisText, cues, dateEnds, out, anonymity };
  headlineSpeaker(scan);
  viewOfSomeone(scan);
  for (const [first, last] of anonymity) granted.push(tokenSpan(tokens, first, last));
  for (let i = s.firstToken; i < s.lastToken; i++) {
    if (anonymity.length > 0 && within(anonymity, i)) continue;
    const t = tokens[i];
    const asWritten = cues.words.get(t.lower);
    const asLemma = t.lemma === t.lower ? asWritten : cues.words.get(t.lemma);
    // (Most words are none of what follows: no cue, no "put it", no "quoted as saying", no verb before "that".)
    if (asWritten === undefined && asLemma === undefined && t.lemma !== 'put' && t.lower !== 'quoted' && !(t.pos === 'VERB' && tokens[i + 1]?.lower === 'that')) continue;
    // ("Additional reporting by Kylie MacLellan": a gerund with its agent names who did the work, no one's words.)
    if (ENDS_ING.test(t.lower) && tokens[i + 1]?.lower === 'by' && tokens[i + 2]?.pos === 'PROPN') continue;
    i = cueAt(scan, i, asWritten, asLemma);
  }
}

/** Whether token i lies in one of the token ranges. (A function of its own: a closure reading the loop's index would
 *  make V8 allocate the index anew for every token.) */
function within(ranges: ReadonlyArray<[number, number]>, i: number): boolean {
  for (const [first, last] of ranges) if (first <= i && i < last) return true;
  return false;
}

/** The speaker before token `at`, with an anonymity clause it ends in: "A diplomat who requested anonymity said". */
function speakerBefore(scan: Scan, at: number): SourceSpan | null {
  const { s, tokens, anonymity } = scan;
  const clause = anonymity.find(([first, last]) => last === at + 1 && first > s.firstToken);
  const head = clause ? sourceSpan(tokens, clause[0] - 1, s, 'left') : null;
  return head ? { span: { start: head.span.start, end: tokens[at].end }, first: head.first, last: at + 1 } : sourceSpan(tokens, at, s, 'left');
}

/** A headline's speaker before a colon: "Issa: Hillary Clinton's 'Honesty Is In Question.'". */
function headlineSpeaker(scan: Scan): void {
  const { doc, s, tokens, text, out } = scan;
  // "Issa: Hillary Clinton's 'Honesty Is In Question.'": a name and a colon open a headline quotation.
  let colon = -1;
  for (let k = s.firstToken; k < Math.min(s.lastToken, s.firstToken + 9); k++) if (tokens[k].value === ':') { colon = k - s.firstToken; break; }
  const at = s.firstToken + colon;
  // "Clinton to Planned Parenthood: ...", "Former AG Mukasey at RNC: ...": the name ends before its hearer or place.
  let nameEnd = at;
  for (let k = s.firstToken + 1; k < at; k++) if (HEADLINE_ADP.has(tokens[k].value) && upperAt(tokens[k + 1]?.value ?? '', 0)) { nameEnd = k; break; }
  if (nameEnd === at && colon > 4) colon = -1;
  // Only a person or body speaks so ("Question:", "A:", labels like "EMAIL:" do not), unless a quotation follows.
  // (Nor a label in capitals, "PAYING AGENT:", nor a place heading a results line, "Tunbridge Wells: Nottinghamshire 214";
  // asked last, of the few lines that pass the rest.)
  const label = () => {
    const named = tokenSpan(tokens, s.firstToken, nameEnd);
    return tokens.slice(s.firstToken, at).every((t) => !/\p{Ll}/u.test(t.value)) ||
      mentionsIn(doc.entities ?? [], named).some(({ entity, mention: m }) => entity.type === 'location' && m.start === named.start && m.end === named.end);
  };
  if (colon > 0 && tokens.slice(s.firstToken, at).every((t) => t.pos === 'PROPN' || upperAt(t.value, 0) || HEADLINE_ADP.has(t.value)) && at + 2 < s.lastToken && tokens[at + 1].value[0] !== '@' &&
      (isAgent(doc, tokenSpan(tokens, s.firstToken, nameEnd), nameEnd) || (nameEnd === at && /^\s*[“"‘']/.test(text.slice(tokens[at].end, tokens[at].end + 3)))) && !label()) {
    out.push({
      source: tokenSpan(tokens, s.firstToken, nameEnd), cue: tokenSpan(tokens, at, at + 1),
      content: trimSpan(text, tokenSpan(tokens, at + 1, s.lastToken), ' \t\r\n'), quoted: false, rule: 'claims:name-colon',
    });
  }
}

/** "To Sexton, who has studied Trump rallies, Tuesday marked a turning point": the view of a person or group set before
 *  the clause. */
function viewOfSomeone(scan: Scan): void {
  const { doc, s, tokens, text, out } = scan;
  if (tokens[s.firstToken].value !== 'To') return;
  let comma = s.firstToken + 1;
  while (comma < s.lastToken && comma - s.firstToken < 25 && tokens[comma].value !== ',') comma++;
  const found = comma < s.lastToken ? sourceSpan(tokens, comma - 1, s, 'left') : null;
  const src = found && found.first <= s.firstToken + 1 ? { span: tokenSpan(tokens, s.firstToken + 1, found.last), first: s.firstToken + 1, last: found.last } : null;
  // ("To Sexton, who has made a study of Trump rallies, Tuesday ...": a relative clause after the name.)
  if (src && tokens[comma + 1]?.lower === 'who') {
    let close = comma + 2;
    while (close < s.lastToken && tokens[close].value !== ',') close++;
    comma = close;
  }
  if (src && isAgent(doc, src.span, src.last) && comma + 1 < s.lastToken && hasVerb(tokens, comma + 1, s.lastToken)) {
    out.push({ source: src.span, cue: tokenSpan(tokens, s.firstToken, s.firstToken + 1), content: trimSpan(text, tokenSpan(tokens, comma + 1, s.lastToken), TRIM), quoted: false, rule: 'claims:to-someone' });
  }
}

/** The claim the cue word at token `i` opens, if any (a claim of its own, or one the rules for a verb find); the token
 *  to go on from. */
function cueAt(scan: Scan, i: number, asWritten: CueWord | undefined, asLemma: CueWord | undefined): number {
  const { doc, s, tokens, text, cues, dateEnds, out } = scan;
  const t = tokens[i];
  const phrasal = !!(asWritten?.starts || asLemma?.starts);
  const phraseEnd = phrasal ? firstMatch(tokens, i, cues.phrases, s.lastToken) : undefined;
  // "according to X, ..." and "..., according to X."
  // ("as reported by Western Journalism, ...", "in the words of one aide, ...": a phrase that names its source after it.)
  if (phraseEnd !== undefined && (tokens[i].lower === 'according' || tokens[phraseEnd - 1].lower === 'by' || tokens[phraseEnd - 1].lower === 'of')) {
    // What follows "according to" is the source, whatever the tagger made of it ("to sources" read as a verb):
    // up to a comma, the end, or a relative clause.
    let e = phraseEnd;
    while (e < s.lastToken && e - phraseEnd < 12 && !END_PUNCT.has(tokens[e].value) && !/^[,;:()—–-]$/.test(tokens[e].value) && !['which', 'who', 'that', 'and', 'but'].includes(tokens[e].lower)) e++;
    let src = sourceSpan(tokens, phraseEnd, s, 'right') ?? (e > phraseEnd && /\w/.test(tokens[e - 1].value) ? { span: { start: tokens[phraseEnd].start, end: tokens[e - 1].end }, first: phraseEnd, last: e } : null);
    if (!src) return i;
    const cue = tokenSpan(tokens, i, phraseEnd);
    let content: Span;
    // ("Over the long term, according to the budget office, the rise in deficits is ...": set inside the clause, with
    // words of it after; the content is all of it, as with "he said" so placed.)
    // ("Trump gave his blessing, according to court documents, becoming a 93 percent owner": or with a participle of
    // that clause after.)
    const participleNext = tokens[src.last + 1]?.pos === 'VERB' && ENDS_ING.test(tokens[src.last + 1].lower);
    if (i > s.firstToken + 1 && tokens[i - 1].value === ',' && tokens[src.last]?.value === ',' && hasVerb(tokens, src.last + 1, s.lastToken) && (participleNext || !hasVerb(tokens, s.firstToken, i - 1))) {
      content = { start: tokens[s.firstToken].start, end: tokens[s.lastToken - 1].end };
    } else if (i > s.firstToken + 1) content = { start: tokens[s.firstToken].start, end: tokens[i - 1].end };
    else if (src.last < s.lastToken) {
      // ("According to a Reuters poll published last week, most economists expect ...": opening the sentence, the
      // source's phrase runs to its comma, and the words after it.)
      if (tokens[e]?.value === ',' && e > src.last && e + 1 < s.lastToken) src = { span: { start: src.span.start, end: tokens[e - 1].end }, first: src.first, last: e };
      content = { start: tokens[tokens[src.last]?.value === ',' ? src.last + 1 : src.last].start, end: tokens[s.lastToken - 1].end };
    } else return i;
    out.push({ source: src.span, cue, content: trimSpan(text, content, TRIM), quoted: false, rule: 'claims:according-to' });
    return i;
  }
  // Attributions that name a poll or no one ("in the latest poll", "is expected to", "reportedly", "when asked about"),
  // and views owned ("Beck's contention was that ...").
  const other = asWritten?.unnamed ? unnamedOrPoll(doc, s, i, cues, dateEnds) : asWritten?.view ? ownedView(tokens, text, s, i, dateEnds) : null;
  if (other) {
    out.push(other);
    return i;
  }
  // "as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians are ...''".
  if (t.lemma === 'put' && tokens[i + 1]?.lower === 'it' && (tokens[i + 2]?.value === ':' || tokens[i + 2]?.value === ',')) {
    const src = sourceSpan(tokens, i - 1, s, 'left');
    const body = src && tokens[src.first - 1]?.lower === 'as' ? contentAfter(tokens, i + 2, s, 'put', dateEnds) : null;
    if (src && body) {
      const words = wordsAfter(text, tokens, body);
      out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 2), content: words.span, quoted: words.quoted, rule: 'claims:as-put-it' });
    }
    return i;
  }
  // "The minister was quoted by state media as saying the border would reopen": the one quoted speaks.
  if (t.lower === 'quoted' && tokens[i - 1]?.pos === 'AUX') {
    let k = i + 1;
    while (k < Math.min(s.lastToken, i + 10) && tokens[k].lower !== 'as' && !END_PUNCT.has(tokens[k].value)) k++;
    const saying = tokens[k]?.lower === 'as' && k + 1 < s.lastToken && /ing$/.test(tokens[k + 1].lower) && cues.words.has(tokens[k + 1].lemma) ? k + 1 : -1;
    const src = saying > 0 ? sourceSpan(tokens, i - 2, s, 'left') : null;
    // ('“...,” Yeltsin was quoted as saying by the ITAR-Tass news agency.': the words came before.)
    const body = src && tokens[saying + 1]?.lower !== 'by' ? contentAfter(tokens, saying + 1, s, tokens[saying].lemma, dateEnds) : null;
    const words = !src ? null : body ? wordsAfter(text, tokens, body) : src.first > s.firstToken ? contentBefore(doc, s, src.first - 1) : null;
    if (src && words) {
      out.push({ source: src.span, cue: tokenSpan(tokens, i, saying + 1), content: words.span, quoted: words.quoted, rule: 'claims:quoted-as-saying' });
      return saying;
    }
  }
  // "Sen. Bernie Sanders, a self-described Democratic socialist": what follows "self-described" is what its bearer
  // says of themself (PolNeAR marks "self" as the source); a verb of speech: not "self-published".
  if (i >= s.firstToken + 2 && (asLemma ?? asWritten)?.kind === 'speech' && tokens[i - 1].value === '-' && tokens[i - 2].lower === 'self' && tokens[i - 2].end === tokens[i - 1].start && tokens[i - 1].end === t.start) {
    const quote = i + 1 < s.lastToken && OPEN_QUOTES.has(tokens[i + 1].value);
    let e = quote ? quoteEnd(tokens, i + 1, s) : i + 1;
    while (!quote && e < s.lastToken && e - i <= 6 && (tokens[e].pos === 'ADJ' || tokens[e].pos === 'NOUN' || tokens[e].pos === 'PROPN')) e++;
    if (e > i + 1) out.push({ source: tokenSpan(tokens, i - 2, i - 1), cue: tokenSpan(tokens, i, i + 1), content: tokenSpan(tokens, i + 1, e), quoted: quote, rule: 'claims:self-described' });
    return i;
  }
  // Reported states: "expressed concerns the measures would hurt", "is open to the idea".
  const stateEnd = phrasal ? firstMatch(tokens, i, cues.states, s.lastToken) : undefined;
  if (stateEnd !== undefined) {
    const found = sourceSpan(tokens, beforeAuxiliaries(tokens, i, s), s, 'left');
    // ("The leading Republican candidates Thursday lashed out at ...": a date ending the subject is when.)
    const src = found && withoutTrailingDate(doc, found);
    const body = contentAfter(tokens, stateEnd, s, 'state', dateEnds);
    if (src && body) {
      out.push({ source: src.span, cue: tokenSpan(tokens, i, stateEnd), content: trimSpan(text, tokenSpan(tokens, body.first, body.last), TRIM), quoted: false, rule: 'claims:reported-state' });
    } else if (src && src.first > s.firstToken && (tokens[src.first - 1].value === ',' || CLOSE_QUOTES.has(tokens[src.first - 1].value)) &&
      (stateEnd >= s.lastToken || END_PUNCT.has(tokens[stateEnd].value))) {
      // '"Jeb wants to be a tough guy tonight," Trump shot back.': the words before.
      const content = contentBefore(doc, s, src.first - 1, true);
      if (content) out.push({ source: src.span, cue: tokenSpan(tokens, i, stateEnd), content: content.span, quoted: content.quoted, rule: 'claims:content-source-cue' });
    }
    return stateEnd - 1;
  }
  // "Trump launched a pre-emptive attack against Obama", "Pence has thrown his support behind Ryan": a verb that gives
  // its subject's stance through a noun.
  if ((asLemma?.light || asWritten?.light) && t.pos === 'VERB') {
    const end = stanceNounEnd(tokens, i, s, cues);
    const found = end > 0 ? speakerBefore(scan, beforeAuxiliaries(tokens, i, s)) : null;
    const src = found && withoutTrailingDate(doc, found);
    const content = src && isAgent(doc, src.span, src.last) ? stanceContent(tokens, text, s, end, dateEnds) : null;
    if (src && content) {
      out.push({ source: src.span, cue: tokenSpan(tokens, i, end), content, quoted: false, rule: 'claims:stance-noun' });
      return end - 1;
    }
  }
  // "Much of the security establishment is hostile to Donald Trump", "They're supportive of same-sex marriage": an
  // adjective after a form of "be" that gives its subject's stance (cues.json stanceAdjectives).
  const opens = asWritten?.opens;
  if (opens && opens.has(tokens[i + 1]?.lower ?? '') && i > s.firstToken) {
    const subjectEnd = beforeAuxiliaries(tokens, i, s);
    const copula = tokens.slice(subjectEnd + 1, i).some((x) => COPULAS.has(x.lower));
    const found = copula ? speakerBefore(scan, subjectEnd) : null;
    const src = found && withoutTrailingDate(doc, found);
    const end = tokens[i + 1].lower === 'that' ? i + 1 : i + 2;
    const content = src && isAgent(doc, src.span, src.last) ? stanceContent(tokens, text, s, end, dateEnds) : null;
    if (src && content) {
      out.push({ source: src.span, cue: tokenSpan(tokens, subjectEnd + 1, end), content, quoted: false, rule: 'claims:stance-adjective' });
      return end - 1;
    }
  }
  // Any verb that takes a "that" clause with a subject reports one: "X maintains that the plan works".
  // (Not "that" before a noun with no verb after it, a determiner: "would perform that task energetically", "have
  // lifted that prohibition.")
  const thatClause = t.pos === 'VERB' && tokens[i + 1]?.lower === 'that' && CLAUSE_SUBJECT.has(tokens[i + 2]?.pos ?? '') && (tokens[i + 2].pos !== 'NOUN' || verbAfterNoun(tokens, i + 2, s));
  const kind = asLemma?.kind ?? asWritten?.kind ?? (thatClause ? 'belief' : undefined);
  // "Polls show that ...", "Critics question the timing", "..., records show.": a cue after a plural subject that the
  // tagger read as a noun.
  // ("Both think Obama advanced this agenda", "she plans to narrow", "Obama plans to send", "Frank notes": a subject
  // and a verb that agree, the verb's object after.)
  // ("Trump cast himself as a change agent": or a verb of presenting with its object and "as", whatever the form.)
  const misread = kind !== undefined && t.pos === 'NOUN' && i > s.firstToken && (cues.viewAs.has(t.lemma) && HEAD_POS.has(tokens[i - 1].pos) && ['PRON', 'DET', 'PROPN'].includes(tokens[i + 1]?.pos ?? '') && viewedAs(tokens, i, s) || agrees(doc, i)) &&
    (tokens[i + 1]?.lower === 'that' || ['DET', 'PROPN', 'PRON', 'NUM'].includes(tokens[i + 1]?.pos ?? '') || END_PUNCT.has(tokens[i + 1]?.value ?? '') ||
      ['to', 'about', 'out', ','].includes(tokens[i + 1]?.lower ?? '') || ['ADJ', 'NOUN'].includes(tokens[i + 1]?.pos ?? ''));
  if (!kind || (t.pos !== 'VERB' && t.pos !== 'AUX' && !misread && !(t.pos === 'NOUN' && t.lower === 'says'))) return i;
  // ("block grants to states, letting them ...": after "to" a verb takes its plain form; a form in -s is a noun.)
  if (i > s.firstToken && tokens[i - 1].lower === 'to' && t.lower !== t.lemma && /[^s]s$/.test(t.lower)) return i;
  // "from pitch to pitch", "a call for": a word right after a preposition is its noun, whatever the tagger read
  // (not a participle: "after saying that ...", "by arguing"); so is the same word after "to" in "from state to state".
  if (i > s.firstToken && ((NOUN_PREPOSITIONS.has(tokens[i - 1].lower) && !/ing$/.test(t.lower)) || (tokens[i - 1].lower === 'to' && tokens[i - 2]?.lower === t.lower && tokens[i - 3]?.lower === 'from'))) return i;
  // ("This isn't just talk:": a bare form after a form of "be" is a noun.)
  let copula = i - 1;
  while (copula > s.firstToken && (tokens[copula].pos === 'ADV' || tokens[copula].pos === 'PART') && tokens[copula].lower !== 'to') copula--;
  if (t.lower === t.lemma && copula >= s.firstToken && (PASSIVE_AUX.has(tokens[copula].lower) || isPossessiveS(tokens[copula]))) return i;
  // ("make phone calls over the internet": and a plural after a bare noun that a verb takes.)
  if (i > s.firstToken + 1 && /s$/.test(t.lower) && tokens[i - 1].pos === 'NOUN' && !/s$/.test(tokens[i - 1].lower) && tokens[i - 2].pos === 'VERB') return i;
  // "showed up at the caucuses", "called off the talks", "wrote off $3 million": a particle that makes another verb of
  // the cue (not "offered up to", "said out loud", "said back in 2015").
  const particle = tokens[i + 1];
  if (particle && PARTICLES.has(particle.lower) && particle.pos !== 'NOUN' && !cues.particles.get(t.lemma)?.has(particle.lower) && !PARTICLE_ADVERBIALS.has(`${particle.lower} ${tokens[i + 2]?.lower}`)) return i;
  // "in an emailed statement": right after an article inside a prepositional phrase the word is a noun's (after a
  // possessive it may be a noun cue PolNeAR marks: "his calls for", "his proposed legislation").
  if (t.pos === 'VERB' && ARTICLES.has(tokens[i - 1]?.lower ?? '') && inPrepositionalPhrase(tokens, i, s.firstToken)) return i;
  // "has spoken about the need for a wall", "seldom speaks of his brother", "spoke out for" report; "spoke at the
  // conference", "had spoken out at hearings" do not.
  const topics = cues.topicWith.get(t.lemma);
  if (topics) {
    let k = i + 1;
    while (k < s.lastToken && (tokens[k].pos === 'ADV' || cues.particles.get(t.lemma)?.has(tokens[k].lower)) && !topics.has(tokens[k].lower)) k++;
    if (!topics.has(tokens[k]?.lower ?? '')) return i;
  }
  // "Clinton sought to reassure voters" tells an intention; "migrants seeking asylum" does not.
  if (cues.infinitive.has(t.lemma) && tokens[i + 1]?.lower !== 'to') return i;
  // "He pushed China and India to control ..." asks; "pushing a mail cart", "push for a vote" do not.
  if (cues.objectInfinitive.has(t.lemma) && !objectThenInfinitive(tokens, i + 1, s)) return i;
  // "Heer sees the piece as a return to ..." tells a view; "saw a guy careening down the hallway" does not.
  // (Unless a cue phrase opens there: "cast their votes for".)
  if (cues.viewAs.has(t.lemma) && phraseEnd === undefined && !viewedAs(tokens, i, s)) return i;
  // "The plan appears to work", "he seemed confident" tell a view; "he appeared in court", "appears before the
  // delegates", "has not appeared publicly since" tell where one was seen.
  if (RAISING.has(t.lemma) && !raisingComplement(tokens, i + 1, s)) return i;
  // "declined to comment", "declined further comment" refuse; "Revenue declined 8% to $85.7 million", "declined to
  // 3.8 percent", "declined between 1982 and 1992", "declining interest rates" fall.
  if (t.lemma === 'decline' && !declines(tokens, i)) return i;
  // "claimed that ...", "claims they were persecuted", "claimed responsibility" say; "claimed at least 217 lives",
  // "claimed the nomination", "claimed political asylum" take.
  if (t.lemma === 'claim' && takes(tokens, i + 1, s)) return i;
  // "Do you support Donald Trump?", "Did he say that?": a question asks whether one holds or said it. ("You know, the
  // ones who went to college": "you know" before a comma is a filler.)
  if (asksWhether(tokens, s, i) || (t.lemma === 'know' && tokens[i - 1]?.lower === 'you' && tokens[i + 1]?.value === ',')) return i;
  // ("Judicial Watch, charged", "Judicial Watch said": a capitalized verb after a name and before a comma or a verb
  // is part of the name; not in a headline, "Cruz Refuses to Disavow ...".)
  const next0 = tokens[i + 1];
  if (capitalVerb(t) && tokens[i - 1]?.pos === 'PROPN' && next0 && ([',', ')', ';', '.'].includes(next0.value) || ((next0.pos === 'VERB' || next0.pos === 'AUX') && lowerAt(next0.value, 0)))) return i;
  // Passive cues ("It is also being criticized because ...") name no speaker.
  // ("is widely expected", "had been soundly rejected": adverbs may stand between.)
  let aux = i - 1;
  // ("was not challenged", "were both attacked": a negation or a quantifier too.)
  while (aux > s.firstToken && (tokens[aux].pos === 'ADV' || tokens[aux].pos === 'PART' || ['both', 'all', 'each'].includes(tokens[aux].lower))) aux--;
  // ("He is best known for ...", "Freddy, as he was known, ...", "was seen as an act of disloyalty": an irregular
  // participle of a passive cue too; "seen" only before "as".)
  const irregular = t.lower === 'known' || (t.lower === 'seen' && next0?.lower === 'as');
  // ("He was told that the plant would close", "customers who were told they would learn": another irregular
  // participle after a form of "be" is a passive too, whose subject heard the words; "seen" only as above.)
  const participle = isParticiple(t) && t.lower !== 'known' && t.lower !== 'seen';
  if (aux >= s.firstToken && PASSIVE_AUX.has(tokens[aux].lower) && (t.value.endsWith('ed') || (irregular && cues.passive.has(t.lemma)) || participle)) {
    passiveCue(scan, i, aux, kind);
    return i;
  }
  activeCue(scan, i, kind);
  return i;
}

/** A cue in the passive at token `i`, its auxiliary at `aux`: "Her death was confirmed by the Eagle Forum", "Sanders has
 *  been criticized for ...". */
function passiveCue(scan: Scan, i: number, aux: number, kind: string): void {
  const { doc, s, tokens, text, cues, dateEnds, out } = scan;
  const t = tokens[i];
  const next0 = tokens[i + 1];
  // "Her death was confirmed by the Eagle Forum", "Trump was attacked by Clinton": the agent after "by" speaks,
  // of the subject.
  // (Not a negated one: "was not challenged by CNN moderators" reports nothing they said.)
  const negated = tokens.slice(aux, i).some((x) => x.lower === 'not' || x.lower === "n't" || x.lower === 'n’t' || x.lower === 'never');
  // ("was supported Friday by Sen. Feinstein": a date may stand before "by".)
  const byAt = pastDate(tokens, i + 1, dateEnds, s);
  const by = tokens[byAt]?.lower === 'by' && !negated ? sourceSpan(tokens, byAt + 1, s, 'right') : null;
  // The subject before the auxiliaries ("Her death has been confirmed").
  let subjectEnd = aux - 1;
  while (subjectEnd > s.firstToken && (PASSIVE_AUX.has(tokens[subjectEnd].lower) || tokens[subjectEnd].pos === 'AUX')) subjectEnd--;
  // "Mr. Ackman is convinced that Valeant will recover", "Republicans were worried about the economy": a belief or
  // feeling held by the subject.
  const held = !by && ((kind === 'belief' || kind === 'stance') && (next0?.lower === 'that' || next0?.lower === 'about') || (kind === 'request' && next0?.lower === 'that')) ? sourceSpan(tokens, subjectEnd, s, 'left') : null;
  if (held && isAgent(doc, held.span, held.last)) {
    const body = contentAfter(tokens, i + 1, s, t.lemma, dateEnds);
    if (body) out.push({ source: held.span, cue: tokenSpan(tokens, aux, i + 1), content: trimSpan(text, tokenSpan(tokens, body.first, body.last), TRIM), quoted: false, rule: 'claims:reported-state' });
    return;
  }
  // "Sanders has been criticized for offering vague responses", "Clinton was declared the winner": said or held by
  // someone the text does not name; the content is the clause from its subject on, as with an agent.
  // (Naming is not saying: "This feature is called FaceTime"; nor is a death or an emergency declared: "was declared
  // dead", "counties that have been declared under a state of emergency".)
  const naming = (t.lemma === 'call' && next0?.pos === 'PROPN') || (t.lemma === 'declare' && (next0?.lower === 'dead' || next0?.pos === 'ADP'));
  if (!by && !negated && !naming && cues.passive.has(t.lemma)) {
    const subject = sourceSpan(tokens, subjectEnd, s, 'left');
    const body = subject ? contentAfter(tokens, i + 1, s, t.lemma, dateEnds) : null;
    // (Up to a clause joined after a comma, or the verb after a relative clause: "the FBI was warned about Mateen,
    // but ...", "Dick Morris, who is credited with resurrecting Clinton's fortunes, quit after ...".)
    let last = body ? body.last : -1;
    for (let k = i + 1; k < last; k++) if (tokens[k].value === ',' && (CLAUSE_JOINS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX')) last = k;
    // ("are viewed with suspicion by the Republican establishment", "was declared the winner in Maryland by news
    // organizations": an agent further on, before another verb, speaks.)
    let agent: SourceSpan | null = null;
    for (let k = i + 1; k < last && !agent && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX'; k++) {
      if (tokens[k].lower !== 'by') continue;
      // (A noun, not a date: "by news organizations early Tuesday night", not "by Tuesday".)
      const found = sourceSpan(tokens, k + 1, s, 'right');
      const date = found ? overlapping(doc.dates ?? [], found.span)[0] : undefined;
      let end = found ? found.last : -1;
      while (date && end > k + 1 && tokens[end - 1].end > date.start) end--;
      if (found && end > k + 1 && HEAD_POS.has(tokens[end - 1].pos)) agent = { span: tokenSpan(tokens, k + 1, end), first: k + 1, last: end };
    }
    // (The cue with all its auxiliaries: "has been criticized".)
    if (subject && body) out.push({ source: agent?.span ?? null, cue: tokenSpan(tokens, Math.min(aux, subjectEnd + 1), i + 1), content: trimSpan(text, { start: subject.span.start, end: tokens[last - 1].end }, TRIM), quoted: false, rule: 'claims:passive' });
    return;
  }
  // (Not a date: "A decision is expected by mid-September".)
  if (!by || !isAgent(doc, by.span, by.last) || dateCovering(doc, by.span)) return;
  // ("after being warned by the Russian government that he was a threat": what the agent said follows it.)
  if (tokens[by.last]?.lower === 'that') {
    const said = contentAfter(tokens, by.last, s, t.lemma, dateEnds);
    if (said) out.push({ source: by.span, cue: tokenSpan(tokens, i, byAt + 1), content: trimSpan(text, tokenSpan(tokens, said.first, said.last), TRIM), quoted: false, rule: 'claims:passive-agent' });
    return;
  }
  const subject = sourceSpan(tokens, subjectEnd, s, 'left');
  // The content is the clause from its subject on: "Trump has been rebuked by opponents for his proposal to ...".
  if (subject) out.push({ source: by.span, cue: tokenSpan(tokens, i, byAt + 1), content: trimSpan(text, { start: subject.span.start, end: tokens[s.lastToken - 1].end }, TRIM), quoted: false, rule: 'claims:passive-agent' });
  return;
}

/** A cue in the active at token `i`: its speaker before or after it, and its words. */
function activeCue(scan: Scan, i: number, kind: string): void {
  const { s, tokens, text } = scan;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (speakerAfterCue(scan, i, kind)) return;
  if (cueOpensSentence(scan, i)) return;
  // "X issued a statement, saying that ...", "..., adding that ...": the subject of the sentence speaks.
  // (", adding that", "''Morning Joe,'' adding that": the comma may sit inside the closing quote.)
  // ("Trump, later alleging that ...": an adverb may stand between.)
  const adverbed = prev?.pos === 'ADV' && tokens[i - 2]?.value === ',' && i >= s.firstToken + 3;
  const participle = (prev?.value === ',' || adverbed || (CLOSE_QUOTES.has(prev?.value ?? '') && tokens[i - 2]?.value === ',')) && /ing$/.test(t.lower) && i >= s.firstToken + 2;
  // "While saying that he respects her, he ...", "Mr. Sanders, after initially saying he would not ...": the
  // subject of the clause the participle hangs on speaks.
  const sub = /ing$/.test(t.lower) ? (SUBORDINATE.has(prev?.lower ?? '') ? i - 1 : prev?.pos === 'ADV' && SUBORDINATE.has(tokens[i - 2]?.lower ?? '') ? i - 2 : i === s.firstToken ? i : -1) : -1;
  // (Not in a headline in title case: "Trump Booed After Telling Jeb Bush To Pipe Down", read from the cue on, as
  // live-blog chrome may run into it.)
  if (sub >= s.firstToken && isTitleCase(tokens, { ...s, firstToken: i, start: t.start }, text.slice(t.start, s.end))) return;
  if (sub >= s.firstToken) {
    participleClause(scan, i, kind, sub);
    return;
  }
  const subject = subjectOfCue(scan, i, participle, adverbed);
  if (subject) cueWithSubject(scan, i, kind, subject);
}

/** Whether a verb stands in tokens [from, to) outside the relative clauses set off by commas (", which was reviewed
 *  by Reuters,"; the closing comma may be token `to`). */
function verbOutsideRelatives(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].value === ',' && k + 1 < to && RELATIVE_WORDS.has(tokens[k + 1].lower)) {
      let close = k + 2;
      while (close < to && tokens[close].value !== ',') close++;
      if (tokens[close]?.value === ',') { k = close; continue; }
    }
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  }
  return false;
}

/** "..., said X.": the cue right after a comma or a closing quotation mark, its speaker after it. */
function speakerAfterCue(scan: Scan, i: number, kind: string): boolean {
  const { doc, s, tokens, text, cues, out } = scan;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "..., said X." : cue right after a comma or a closing quote, speaker after it.
  // (Only a verb that allows it: not "..., told CBS News", whose noun is the hearer, nor "Mukasey, the attorney
  // general, criticized X".)
  // (Not a participle: '"...," Trump said, repeating a common line' names what he repeated.)
  if (prev && (prev.value === ',' || CLOSE_QUOTES.has(prev.value)) && next && i > s.firstToken + 1 && (cues.inverted.has(t.lemma) || cues.inverted.has(t.lower)) && !ENDS_ING.test(t.lower)) {
    // (Not an object pronoun: "..., believe me.")
    const src = OBJECT_PRONOUNS.has(tokens[i + 1].lower) ? null : sourceSpan(tokens, i + 1, s, 'right');
    // (Or a comma inside the closing mark of a title that ends it: 'the authors of the “Growth Project,” giving'.)
    const ends = src && (src.last >= s.lastToken || END_PUNCT.has(tokens[src.last].value) || tokens[src.last].value === ',' ||
      (CLOSE_QUOTES.has(tokens[src.last - 1].value) && tokens[src.last - 2]?.value === ','));
    if (src && (ends || TRAILING.has(tokens[src.last].lower))) {
      const content = contentBefore(doc, s, i - 1);
      // Without quotation marks only "..., said X." at the end of the sentence counts.
      // (Or the speaker's relative clause runs to the end: "..., said an American official who was briefed on it.")
      // (Not a subject set off by commas: "HEALTHDYNE Inc., Atlanta, said its subsidiary ... registered": words
      // without a verb of their own say nothing. But "The advertisement, said Kelli Conlin, the director of ..., is
      // intended to ...": a noun phrase whose verb follows the attribution; the sentence is what is said.)
      // ("The memo, which was reviewed by Reuters, says the firm plans layoffs": a relative clause set off by commas is
      // the subject's, no verb of words said.)
      const verbBefore = verbOutsideRelatives(tokens, s.firstToken, i - 1);
      if (content && !content.quoted && ends && !verbBefore && tokens[s.firstToken].pos === 'DET' && tokens[src.last]?.value === ',' && hasVerb(tokens, src.last + 1, s.lastToken)) {
        out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, tokenSpan(tokens, s.firstToken, s.lastToken), TRIM), quoted: false, rule: 'claims:parenthetical' });
        return true;
      }
      // (A verb of quoting only after a quotation: not "Acme Health Inc., posted a loss".)
      if (content && (content.quoted || (kind !== 'quote' && ((ends && verbBefore) || (tokens[src.last]?.lower === 'who' && verbBefore))))) {
        const words = resumed(doc, s, content, src.last) ?? continued(doc, s, content, src.span.end, src.span);
        // (The words may go on after the speaker: then the speaker's phrase ends at its name.)
        const speaker = words.end > src.span.end ? src : withDescription(tokens, src, s, (x) => x.pos === 'VERB' && cues.words.has(x.lemma));
        out.push({ source: speaker.span, cue: tokenSpan(tokens, i, i + 1), content: words, quoted: content.quoted, rule: 'claims:content-cue-source' });
        return true;
      }
    }
  }
  return false;
}

/** "Said Comey, “The thought that ...”": a sentence that opens with the cue, its speaker and then the quotation. */
function cueOpensSentence(scan: Scan, i: number): boolean {
  const { s, tokens, text, cues, out } = scan;
  const t = tokens[i];
  if (i === s.firstToken && upperAt(t.value, 0) && (cues.inverted.has(t.lemma) || cues.inverted.has(t.lower))) {
    const src = sourceSpan(tokens, i + 1, s, 'right');
    const mark = src ? src.last + (tokens[src.last]?.value === ',' || tokens[src.last]?.value === ':' ? 1 : 0) : -1;
    if (src && mark > src.last && OPEN_QUOTES.has(tokens[mark]?.value ?? '')) {
      const end = quotationEnd(text, tokens[mark].start);
      if (end > 0) { out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: { start: tokens[mark].start, end }, quoted: true, rule: 'claims:cue-source-content' }); return true; }
    }
  }
  return false;
}

/** A participle after a conjunction of time or manner, or opening the sentence, at token `i` ("While saying that he
 *  respects her, he ...", "Mr. Sanders, after initially saying he would not ..."): the subject of the clause it hangs
 *  on speaks. `sub`: the conjunction's token (`i` when none). */
function participleClause(scan: Scan, i: number, kind: string, sub: number): void {
  const { doc, s, tokens, text, dateEnds, out } = scan;
  const t = tokens[i];
  let comma = i + 1;
  while (comma < s.lastToken && tokens[comma].value !== ',') comma++;
  // ("Yet by calling out Clinton ..., Axelrod occupied": a conjunction or an adverb may open the sentence before.)
  const leads = afterOpeningAdverbs(tokens, s, sub) === sub;
  const speaker = leads ? (comma + 1 < s.lastToken ? sourceSpan(tokens, comma + 1, s, 'right') : null)
    : tokens[sub - 1]?.value === ',' && sub - 2 >= s.firstToken ? sourceSpan(tokens, sub - 2, s, 'left') : subjectBefore(tokens, s, sub);
  const body = contentAfter(tokens, i + 1, s, t.lemma, dateEnds);
  // ("Recognizing this, Mr. Rubio joined ...", "Declaring that ..., the mogul": a participle opening the sentence
  // goes with the subject after its comma, whatever its kind, when it has an object: not "Responding to ...",
  // "Appearing more subdued ...".)
  const opening = sub === i;
  if (speaker && body && (opening ? hasObject(tokens, body.first) && (kind !== 'stance' || isAgent(doc, speaker.span, speaker.last)) : kind === 'speech' || kind === 'request' || tokens[body.first].lower === 'that')) {
    // The clause ends at its comma: "While saying ..., he", "Mr. Sanders, after saying ..., is".
    const last = leads || tokens[sub - 1]?.value === ',' ? Math.min(body.last, comma) : body.last;
    if (last - body.first >= (opening ? 1 : 2)) out.push({ source: speaker.span, cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, tokenSpan(tokens, body.first, last), TRIM), quoted: false, rule: 'claims:participle' });
  }
  return;
}

/** A verb cue's subject, and how the cue stands to the sentence. */
interface CueSubject {
  src: SourceSpan;
  /** The token of "and" or "but" before a second verb of the subject ("runs an oil field and says"). */
  conj: number;
  /** The cue is the verb of an infinitive: "was reluctant to endorse". */
  infinitive: boolean;
  /** The cue is a second verb after "and" or "but". */
  coordinated: boolean;
  /** The cue is a participle after a comma: "..., adding that". */
  participle: boolean;
  /** The attribution before in the sentence whose speaker the cue shares. */
  earlier: SourceSpan | null;
  /** A participle between the subject and its verb: "Salceda, citing data from the State Department, said". */
  between: boolean;
}

/** The subject that speaks through the verb cue at token `i`: before it, shared with an attribution before it, the
 *  object of a verb before "to", or after a date. */
function subjectOfCue(scan: Scan, i: number, participle: boolean, adverbed: boolean): CueSubject | null {
  const { doc, s, tokens, text, out } = scan;
  const t = tokens[i];
  const prev = tokens[i - 1];
  // "China's CITIC runs an oil field and says it has ...": a second verb of the sentence's subject.
  // ("and specifically mentioned": adverbs may stand between.)
  let conj = i - 1;
  while (conj > s.firstToken && tokens[conj].pos === 'ADV') conj--;
  // ("believe debt relief is possible only in bankruptcy and have been calling on Congress", "concluded that ... but
  // did not recommend": auxiliaries and a negation too, after an attribution of the sentence that the verb shares a
  // speaker with.)
  let auxiliaries = conj;
  while (auxiliaries > s.firstToken && (tokens[auxiliaries].pos === 'ADV' || tokens[auxiliaries].pos === 'AUX' || tokens[auxiliaries].pos === 'PART')) auxiliaries--;
  // (Not inside a relative clause after it: 'said Rick Wilson, a strategist who once worked for Bush and has advised'.)
  const shared = auxiliaries < conj && (tokens[auxiliaries].lower === 'and' || tokens[auxiliaries].lower === 'but') ? attributionBefore(out, tokens, text, s, auxiliaries) : null;
  if (shared && !tokens.slice(shared.last, auxiliaries).some((x) => RELATIVE_SUBJECT.has(x.lower))) conj = auxiliaries;
  // ("and for the first time said", "and on Friday said": or a phrase opened by a preposition, after the end of a
  // verb's phrase; not "officials in and around Miami warned", "and as Comey noted", "and by a group that opposed".)
  if (tokens[conj]?.lower !== 'and' && tokens[conj]?.lower !== 'but' && tokens[conj]?.pos !== 'DET') {
    let k = conj;
    while (k > s.firstToken && conj - k < 6 && PHRASE_POS.has(tokens[k].pos)) k--;
    if ((tokens[k]?.lower === 'and' || tokens[k]?.lower === 'but') && tokens[k + 1]?.pos === 'ADP' && tokens[k + 1].lower !== 'as' && k + 1 < conj &&
        (['NOUN', 'PROPN', 'NUM'].includes(tokens[k - 1]?.pos ?? '') || tokens[k - 1]?.value === ',')) conj = k;
  }
  // "Ryan was reluctant to endorse Mr. Trump", "Trump has yet to endorse Ryan": the subject of the clause's verb.
  // ("to explicitly and implicitly question": adverbs may stand between.)
  let to = i - 1;
  while (to > s.firstToken && (tokens[to].pos === 'ADV' || (tokens[to].lower === 'and' && tokens[to - 1].pos === 'ADV' && tokens[to + 1].pos === 'ADV'))) to--;
  const infinitive = tokens[to]?.lower === 'to' && to > s.firstToken + 1 && (tokens[to - 1].pos !== 'VERB' || ASPECT.has(tokens[to - 1].lemma)) && hasVerb(tokens, s.firstToken, to);
  const coordinated = !infinitive && (tokens[conj]?.lower === 'and' || tokens[conj]?.lower === 'but') && conj > s.firstToken + 1 && hasVerb(tokens, s.firstToken, conj);
  // ("Trump joked about Jewish stereotypes, declined to affirm ...": a verb in a series after a comma or semicolon, in
  // the form of the cue before, right where that cue's words end; not after a relative clause's, "McConnell, who has
  // endorsed Mr. Trump and criticized his campaign, offered".)
  const latest = out[out.length - 1];
  const series = !infinitive && !coordinated && (prev?.value === ',' || prev?.value === ';') && latest !== undefined && latest.cue.start >= s.start &&
    tokenAt(tokens, latest.content.end - 1) === i - 2 && sameForm(text.slice(latest.cue.start, latest.cue.end).split(' ')[0].toLowerCase(), t) &&
    !PARTICIPLE_NEXT.has(tokens[i + 1]?.lower ?? ',') && !tokens.slice(s.firstToken, tokenAt(tokens, latest.cue.start)).some((x, k, all) => RELATIVE_SUBJECT.has(x.lower) && all[k - 1]?.pos !== 'ADP');
  // "encouraged the State Department to release", "gave Beck new impetus to oppose": an object before "to" does it.
  const controller = infinitive ? sourceSpan(tokens, to - 1, s, 'left') : null;
  // ("“...,” Mr. Trump told the hosts, adding that ...": a participle or second verb after an attribution in the
  // sentence goes with its speaker.)
  const earlier = participle || coordinated || series ? attributionBefore(out, tokens, text, s, i) : null;
  // ("Salceda, citing data from the State Department, said ...": a participle between the subject and its verb.)
  const between = participle && !earlier && (tokens[i - 1].value === ',' || adverbed) && !hasVerb(tokens, s.firstToken, i);
  let src = infinitive && controller && tokens[controller.first - 1]?.pos === 'VERB' ? controller
    : earlier ?? (between ? sourceSpan(tokens, adverbed ? i - 3 : i - 2, s, 'left')
      : participle || coordinated ? subjectOf(tokens, s, i) : infinitive ? relativeSubject(tokens, s, to) ?? subjectOf(tokens, s, i) : speakerBefore(scan, i - 1));
  // ("An executive at the foundation in 2009 sought", "The agency earlier this year warned": a date between the
  // subject and the verb, which no phrase of the speaker ends in, or which is all of it.)
  if (!participle && !coordinated && !infinitive && !earlier && !/ing$/.test(t.lower) && (!src || dateCovering(doc, src.span))) src = subjectBeforeDate(doc, s, i) ?? src;
  if (infinitive && src && !isAgent(doc, src.span, src.last)) return null;
  // ("Candidates have until Jan. 31, the eve of the caucuses, to disclose fundraising details", "new powers: to advise
  // the government": an infinitive set off by a comma, colon or dash tells a purpose or a power, no one's words.)
  if (infinitive && (tokens[to - 1].value === ',' || tokens[to - 1].value === ':' || DASHES.has(tokens[to - 1].value))) return null;
  // ("Lichtman said about McCain's effort to downplay his ties": after an owned noun the infinitive is the owner's.)
  if (infinitive && src !== controller && tokens[to - 1].pos === 'NOUN' && isPossessiveS(tokens[to - 2])) {
    const owner = sourceSpan(tokens, to - 3, s, 'left');
    // (Not a negation before it: "it was not the organisation's policy to challenge".)
    let first = owner ? owner.first : -1;
    while (owner && first < owner.last - 1 && (tokens[first].pos === 'PART' || tokens[first].pos === 'ADV')) first++;
    if (owner) src = { span: { start: tokens[first].start, end: owner.span.end }, first, last: owner.last };
  }
  if (!src) return null;
  return { src, conj, infinitive, coordinated, participle, earlier, between };
}

/** Where a citation set off by commas right at token `k` ends (", citing two sources, that ..."): the token of its
 *  closing comma, when "that" follows it; else -1. */
function citationEnd(tokens: readonly Token[], k: number, s: Sentence): number {
  if (tokens[k]?.value !== ',' || !CITING.has(tokens[k + 1]?.lemma ?? '') || tokens[k + 1].pos !== 'VERB') return -1;
  for (let c = k + 2; c + 1 < s.lastToken && c - k <= 15; c++) {
    if (tokens[c].value === ',') return tokens[c + 1].lower === 'that' ? c : -1;
  }
  return -1;
}
const CITING = new Set(['cite', 'quote']);

/** The claim of the verb cue at token `i` whose subject is found: the words before it, a quotation it announces, or
 *  the words after it. */
function cueWithSubject(scan: Scan, i: number, kind: string, subject: CueSubject): void {
  const { doc, s, tokens, text, cues, dateEnds, out } = scan;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const { infinitive, coordinated, participle, earlier } = subject;
  let src = subject.src;
  // The token after a date right after the cue ("said Saturday night at", "released Friday said").
  const pastCueDate = pastDate(tokens, i + 1, dateEnds, s);
  // ("The U.S. requested China clarify the term", "demanded that Beijing explain": a base form after the object of a
  // request is what is requested, no claim of the object's.)
  const asker = tokens[src.first - 1]?.lower === 'that' ? tokens[src.first - 2] : tokens[src.first - 1];
  if (!infinitive && t.lower === t.lemma && asker?.pos === 'VERB' && cues.words.get(asker.lemma)?.kind === 'request') return;
  // "the Brookings Institution last year estimated": a date ending the speaker is an adverbial.
  // (Not inside an appositive or relative clause: "Lofgren, who introduced a bill this month, said".)
  // ("A poll from Marquette Law School released Wednesday found ...": a date after a participle that describes the
  // speaker belongs to the speaker's phrase.)
  // (The speaker's dates, looked up once: the speaker changes below only when a date is all of it.)
  const speakerDates = overlapping(doc.dates ?? [], src.span);
  const dateOnly = dateCovering(doc, src.span, speakerDates);
  if (dateOnly && /ed$/.test(tokens[src.first - 1]?.lower ?? '') && tokens[src.first - 1].pos === 'VERB' && ['NOUN', 'PROPN'].includes(tokens[src.first - 2]?.pos ?? '')) {
    const head = sourceSpan(tokens, src.first - 2, s, 'left');
    if (head) src = { span: { start: head.span.start, end: src.span.end }, first: head.first, last: src.last };
  } else if (dateOnly) {
    // "Trump, whose views have upset his party, last year proposed a ban", "Trump, the nominee, on Monday proposed":
    // a date after the subject's appositive is when; the subject before the comma speaks.
    const comma = tokens[src.first - 1]?.pos === 'ADP' ? src.first - 2 : src.first - 1;
    const head = tokens[comma]?.value === ',' ? sourceSpan(tokens, comma, s, 'left') : null;
    if (head) src = head;
  }
  if (!dateOnly) src = withoutTrailingDate(doc, src, speakerDates);
  // "a report released by the Brookings Institution estimated ...": a participle with its agent describes a noun.
  // ("the order released Friday said": with a date and the sentence's verb after it too.)
  // ("Refugees admitted to the United States have been Christian": and with a place or time after it and the sentence's
  // verb after that.)
  // ("In a national CNN/ORC poll released Monday, 31% said ...": or with a date and a comma after it, the noun it
  // describes after a preposition.)
  // ("court documents reported previously by The Post": adverbs may stand before "by".)
  let adverbs = i + 1;
  while (adverbs < s.lastToken && tokens[adverbs].pos === 'ADV') adverbs++;
  if (/ed$/.test(t.lower) && ['NOUN', 'PROPN'].includes(prev?.pos ?? '') && (tokens[adverbs]?.lower === 'by' || (pastCueDate > i + 1 && tokens[pastCueDate]?.pos === 'VERB') ||
    (pastCueDate > i + 1 && tokens[pastCueDate]?.value === ',' && afterPreposition(tokens, i, s)) || reducedRelative(tokens, i, s))) return;
  // ("for its reporting more than", "his 22 percent showing in Miami-Dade": a form in -ing after a possessive, or after
  // a share owned, is a noun; not after "her", which may be an object, "a video of her slamming his remarks".)
  const ownerWord = prev?.lower === 'percent' && tokens[i - 2]?.pos === 'NUM' ? tokens[i - 3] : prev;
  if (ENDS_ING.test(t.lower) && ownerWord && ownerWord.lower !== 'her' && POSSESSIVE.has(ownerWord.lower) && next?.lower !== 'that') return;
  // "the highest-ranking official ever accused of improprieties": the accused, not the accuser.
  if (t.lemma === 'accuse' && next?.lower === 'of') return;
  // "The economy added 255,000 jobs", "a judgeship was added to it": adding a thing, not words.
  if (t.lemma === 'add' && next && (next.pos === 'NUM' || /^[\d$]/.test(next.value) || ['to', 'over', 'up', 'more', 'another'].includes(next.lower))) return;
  // "a party called Anti-Prom", "a play called “Los Hijos de Trump”": naming, not saying.
  // ("a nutritional-supplement maker called Mannatech": a noun and a name after "called" too.)
  // (Not "A group of rabbis called for a boycott": calling for or on someone is asking.)
  if (t.lower === 'called' && !participle && !['for', 'on', 'upon'].includes(next?.lower ?? '') && (tokens[src.first].lower === 'a' || tokens[src.first].lower === 'an' || (tokens[i + 1]?.pos === 'PROPN' && (i + 2 >= s.lastToken || END_PUNCT.has(tokens[i + 2].value)))) && tokens[i - 1].pos === 'NOUN') return;
  // Judging, backing, presenting, feeling ("denounced the plan", "seemed unsure"): only a person or body does that.
  // "In a document published Thursday": a noun after a preposition is no subject.
  // ("as Mrs. Clinton echoed the criticism", "hours after Trump retweeted it": a conjunction opens a clause.)
  // (Anything can seem or appear; a plural noun is a group or documents: "newspaper editorials railed against it",
  // "Demographics favor Clinton".)
  // (Not inside a noun's "that" clause: "optimism that the two nations agree on a deal" tells of no stance.)
  const nounClause = tokens[src.first - 1]?.lower === 'that' && tokens[src.first - 2]?.pos === 'NOUN';
  const plural = !nounClause && tokens[src.last - 1].pos === 'NOUN' && oneS(tokens[src.last - 1].lower);
  if (kind === 'stance' && ((!RAISING.has(t.lemma) && !plural && !isAgent(doc, src.span, src.last)) || (tokens[src.first - 1]?.pos === 'ADP' && !CLAUSE_OPENING.has(tokens[src.first - 1].lower)))) return;
  // "..., X said." : speaker between a comma/closing quote and the cue, nothing but an adverbial after it.
  const before = tokens[src.first - 1];
  // ("Bloomberg reported, citing people familiar with the matter, that ...": the words follow the citation.)
  // ("Reuters reported on Monday, citing two sources, that": a date may stand before it.)
  const dateAfter = tokens[i + 1]?.lower === 'on' ? pastDate(tokens, i + 2, dateEnds, s) : pastCueDate;
  const cited = citationEnd(tokens, dateAfter, s);
  const after = contentAfter(tokens, cited > 0 ? cited + 1 : i + 1, s, t.lemma, dateEnds, cues.hearers);
  // (The citation's own words end at its comma: "citing people familiar with the matter".)
  const citation = prev?.value === ',' ? citationEnd(tokens, i - 1, s) : -1;
  if (after && citation > 0) after.last = Math.min(after.last, citation);
  const quoteFollows = after !== null && OPEN_QUOTES.has(tokens[after.first].value);
  // After "..., X told CNBC on Saturday." nothing but a hearer and adverbials: no verb, no "that".
  let verbless = true;
  // ("told The Associated Press": a capitalized word before a name is part of it, whatever the tagger thought.)
  for (let k = i + 1; k < s.lastToken && verbless; k++) if ((tokens[k].pos === 'VERB' && !(capitalVerb(tokens[k]) && tokens[k + 1]?.pos === 'PROPN')) || tokens[k].pos === 'AUX' || tokens[k].lower === 'that' || OPEN_QUOTES.has(tokens[k].value)) verbless = false;
  // "..., Rubio said Saturday night at the debate, which ...": a date after the cue is an adverbial too.
  let n = pastCueDate;
  // "..., spokesman Alex Conant said happily on MSNBC": a manner adverb before the adverbial.
  while (n + 1 < s.lastToken && tokens[n].pos === 'ADV' && /ly$/.test(tokens[n].lower)) n++;
  // ('Jeb Bush and Hillary Clinton, among others, reject the term containment.': an object of the cue's own that
  // names no one is what the cue is about, not the words before; "..., she told Politico", "..., he warned voters" name
  // a hearer.)
  const object = verbless && t.lemma !== 'tell' && n < s.lastToken && NP_WORDS.has(tokens[n].pos) ? sourceSpan(tokens, n, s, 'right') : null;
  // (Not a date: "..., Tanjug reported late on Friday.")
  const ownObject = !!object && !isAgent(doc, object.span, object.last) && overlapping(doc.dates ?? [], object.span).length === 0;
  // ('... unserious - "Again, we need the details," she said - and charged that ...', '... the convention — that
  // won't happen, they believe — but ...': a dash closes the attribution a dash opened before it.)
  let dash = n < s.lastToken && DASHES.has(tokens[n].value) ? src.first - 1 : -1;
  while (dash >= s.firstToken && tokens[dash].value !== tokens[n].value) dash--;
  const dashed = dash >= s.firstToken;
  // ("..., he said of the possibility": what the words were about.)
  const rest = !quoteFollows && ((verbless && !ownObject) || (t.lemma === 'tell' && after === null) || n >= s.lastToken || END_PUNCT.has(tokens[n].value) || tokens[n].value === ',' || (t.lemma === 'say' && (tokens[n].lower === 'of' || (tokens[n].lower === 'about' && aboutTopic(tokens, n, s)))) ||
    // ("“...,” Sanders insisted to the gathered cameras": whom the words were for.)
    (tokens[n].lower === 'to' && cues.inverted.has(t.lemma) && hearer(tokens, n + 1, s, dateEnds)) || (ADVERBIAL_OPENERS.has(tokens[n].lower) && !infinitiveAfter(tokens, n + 1, s)) || ['told', 'when', 'after', 'before', 'while', 'as'].includes(tokens[n].lower) ||
    dashed);
  // (Not when a "that" clause or a colon gives the sentence its own content: '..." The ministry said in a post that
  // two drones were shot down.')
  const ownContent = after !== null && (tokens[after.first].lower === 'that' || tokens[after.first - 1]?.value === ':');
  const atStart = src.first === s.firstToken && rest && !ownContent && /[”"]\s*$/.test(text.slice(Math.max(0, s.start - 3), s.start));
  // “A,” Bush said, “B.”: one quotation broken by its attribution.
  const split = quoteFollows && before !== undefined && CLOSE_QUOTES.has(before.value) && src.first > s.firstToken;
  // "..., as Clinton supporters point out.": the clause before "as" is what the speaker says; nothing may follow the
  // cue ("The market fell, as investors worried about rates" tells of no words).
  // ("as the minister said on Tuesday, ...": a date after a preposition is an adverbial.)
  const dated = n < s.lastToken && SETTING_PREPOSITIONS.has(tokens[n].lower) ? pastDate(tokens, n + 1, dateEnds, s) : n;
  const afterDate = dated > n + 1 ? dated : n;
  const asClause = before?.lower === 'as' && tokens[src.first - 2]?.value === ',' && src.first - 2 > s.firstToken && !coordinated && !earlier;
  const asSaid = asClause && (afterDate >= s.lastToken || END_PUNCT.has(tokens[afterDate].value) || (verbless && ADVERBIAL_OPENERS.has(tokens[n].lower)) ||
    (n === i + 1 && tokens[n].lower === 'out' && (n + 1 >= s.lastToken || END_PUNCT.has(tokens[n + 1].value))));
  if (asSaid) {
    const content = contentBefore(doc, s, src.first - 2, true);
    // (The particle is the cue's: "point out".)
    const particle = cues.particles.get(t.lemma)?.has(tokens[i + 1]?.lower ?? '') ? 2 : 1;
    if (content) out.push({ source: src.span, cue: tokenSpan(tokens, i, i + particle), content: content.span, quoted: content.quoted, rule: 'claims:content-source-cue' });
    return;
  }
  // "Republicans, as Joel Pollak observed, control both chambers.": set inside the clause, as "he said" is below (not
  // after an adverbial: "Of course, as Pollak observed, the biggest victor was ..." has its words after).
  if (asClause && tokens[afterDate]?.value === ',' && n === pastCueDate && !['ADP', 'ADV', 'SCONJ', 'CCONJ'].includes(tokens[s.firstToken].pos) &&
      hasVerb(tokens, afterDate + 1, s.lastToken) && !hasVerb(tokens, s.firstToken, src.first - 2)) {
    out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, tokenSpan(tokens, s.firstToken, s.lastToken), TRIM), quoted: false, rule: 'claims:parenthetical' });
    return;
  }
  // ("Carson, who claimed that ...": a relative pronoun's words follow it; "..., Smith said, adding: “...”": a participle
  // that speaks for an attribution before it has its words after it.)
  if (!coordinated && !earlier && (!RELATIVE_SUBJECT.has(tokens[src.first].lower) || src.last - src.first > 1) && ((before && src.first > s.firstToken && (before.value === ',' || CLOSE_QUOTES.has(before.value)) && (rest || split)) || atStart)) {
    // "The bigger risk, he said, is a clash ...": an attribution set inside the sentence; the content is all of it.
    // ("The documents indicate, he said in a telephone interview, that ...": a short phrase of where or when may follow
    // the cue; not "Mr. Rubio said in his 2012 book, ''An American Son.''", no clause after it.)
    let comma = i + 1;
    if (SETTINGS.has(tokens[comma]?.lower ?? '')) {
      while (comma < s.lastToken && comma - i <= 8 && tokens[comma].value !== ',' && (NP_WORDS.has(tokens[comma].pos) || tokens[comma].pos === 'ADP') && tokens[comma].lower !== 'that') comma++;
    }
    // (Not a participle of saying after it, another attribution: ", Bloomberg reported, citing people familiar with the
    // matter", ", Cruz explained, recalling the time ..."; a gerund may open the rest: ", she added, revoking clearances
    // would be ...".)
    if (tokens[comma]?.value === ',' && !(before && (OPEN_QUOTES.has(before.value) || CLOSE_QUOTES.has(before.value))) && hasVerb(tokens, comma + 1, s.lastToken) &&
      !(tokens[comma + 1]?.pos === 'VERB' && ENDS_ING.test(tokens[comma + 1].lower) && cues.words.has(tokens[comma + 1].lemma))) {
      out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, tokenSpan(tokens, s.firstToken, s.lastToken), TRIM), quoted: false, rule: 'claims:parenthetical' });
      return;
    }
    // Words after the cue ("..., Mr. Bush questioned Mr. Trump's tactics"): only a clause before the speaker reports.
    let content = contentBefore(doc, s, src.first - 1, n < s.lastToken && !END_PUNCT.has(tokens[n].value) && !CLOSE_QUOTES.has(tokens[n].value));
    // (Between dashes the words start after the first.)
    if (content && dashed && !content.quoted && tokens[dash + 1].start > content.span.start) content.span = { start: tokens[dash + 1].start, end: content.span.end };
    // (And the words of an attribution before the dashes end at the first: 'Clinton suggested that the plan was unserious
    // - "...," she said - and ...'.)
    if (content && dashed) endContentAt(out, text, s, tokens[dash].start, true);
    // ('"...," Christie said. ... "A leader must fight." Rubio disagreed.': a stance opening its sentence takes no
    // quotation before it that another attribution's words already hold; its own words after it, if any, are its.)
    const held = content?.span;
    if (held && atStart && kind === 'stance' && out.some((c) => c.content.start <= held.start && held.end <= c.content.end)) content = null;
    if (content) { out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: resumed(doc, s, content, i + 1) ?? continued(doc, s, content, tokens[i].end, src.span), quoted: content.quoted, rule: 'claims:content-source-cue' }); return; }
  }
  // "Cruz continued:" at the end of a paragraph, the quotation in the next one; "In a speech, he said:" and the
  // next line set off without quotation marks.
  // ("Trump issued the following statement:" and the quotation in the next paragraph: an object may come between, a
  // quotation or "the following" after it.)
  let colon = i + 1;
  while (colon + 1 < s.lastToken && colon - i <= 6 && NP_WORDS.has(tokens[colon].pos)) colon++;
  const announced = colon > i + 1 && colon + 1 === s.lastToken && tokens[colon].value === ':' && !!tokens[colon + 1] &&
    (OPEN_QUOTES.has(tokens[colon + 1].value) || (tokens[i + 1].lower === 'the' && tokens[i + 2].lower === 'following'));
  if ((!after && i + 2 === s.lastToken && tokens[i + 1].value === ':' && tokens[i + 2]) || announced) {
    const firstWord = tokens[colon + 1];
    const open = OPEN_QUOTES.has(firstWord.value);
    const paragraphEnd = text.indexOf('\n\n', firstWord.start);
    const end = open ? quotationEnd(text, firstWord.start) : !text.slice(tokens[colon].end, firstWord.start).includes('\n') ? -1 : paragraphEnd < 0 ? text.length : paragraphEnd;
    if (end > 0) out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, { start: firstWord.start, end }, ' \t\r\n'), quoted: open, rule: 'claims:source-cue-content' });
    return;
  }
  reportedWords(scan, i, kind, subject, src, after, pastCueDate);
}

/** "X said (that) ...": the words after the cue at token `i`, `body` its tokens, of speaker `src`; `pastCueDate` is the
 *  token after a date right after the cue (cueWithSubject's). */
function reportedWords(scan: Scan, i: number, kind: string, subject: CueSubject, src: SourceSpan, body: { first: number; last: number } | null, pastCueDate: number): void {
  const { doc, s, tokens, text, cues, dateEnds, out } = scan;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const { conj, infinitive, coordinated, participle, earlier, between } = subject;
  // "(which his colleague David French defended)", "which no candidate has championed.": the relative pronoun
  // stands for what is judged or said. ("a point that intelligence officials have disputed.": "that" after a noun;
  // "a carbon tax, which he favors but says would never pass": a second verb may follow; "the alt-right — which
  // Clinton denounced Thursday —": a date.)
  const before2 = tokens[src.first - 2];
  const objectRelative = RELATIVE_OBJECT.has(tokens[src.first - 1]?.lower ?? '') || (tokens[src.first - 1]?.lower === 'that' && before2?.pos === 'NOUN');
  const gap = objectRelative ? pastCueDate : -1;
  if (objectRelative && before2?.pos !== 'ADP' && (gap >= s.lastToken || /^[.,;:)!?—–-]$/.test(tokens[gap].value) ||
      (tokens[gap].pos === 'CCONJ' && tokens[gap + 1]?.pos === 'VERB'))) {
    out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: tokenSpan(tokens, src.first - 1, src.first), quoted: false, rule: 'claims:relative-object' });
    return;
  }
  // "Clinton has since opposed the deal she supported in the primary", "something she opposed as a senator": a
  // relative clause with no pronoun, its cue followed by no object; what is backed or said is the noun before it.
  // (After a verb of the sentence, not "In the speech he said in Ohio"; no clause after the cue; no date before it.)
  // ("the establishment he rails against.", "the only country they know.": nothing after the cue but its preposition.)
  const noun = tokens[src.first - 1];
  // (A preposition stranded before a comma ends the clause too: "this is all they talked about, ..."; with no noun
  // before the speaker there are no words at all: "The editor I was talking to, Tim Grieve, interrupted me". Not the
  // cue's own particle: "but, they point out, Longhorn is ...".)
  const stranded = !!body && body.first === i + 1 && tokens[i + 1].pos === 'ADP' && !cues.particles.get(t.lemma)?.has(tokens[i + 1].lower) && (i + 2 >= s.lastToken || tokens[i + 2].value === ',');
  let gapEnd = i + 1;
  if ((!body || stranded) && gapEnd < s.lastToken && tokens[gapEnd].pos === 'ADP') gapEnd++;
  const bare = (!body || stranded) && (gapEnd >= s.lastToken || /^[.,;:)!?—–-]$/.test(tokens[gapEnd].value));
  if (noun && (noun.pos === 'NOUN' || INDEFINITES.has(noun.lower)) && (bare || (body && tokens[body.first].pos === 'ADP' && tokens[body.first].lower !== 'that')) &&
      !hasVerb(tokens, i + 1, bare ? gapEnd : s.lastToken) && overlapping(doc.dates ?? [], tokenSpan(tokens, src.first - 1, src.first)).length === 0) {
    const np = sourceSpan(tokens, src.first - 1, s, 'left');
    if (np && hasVerb(tokens, s.firstToken, np.first)) {
      out.push({ source: src.span, cue: tokenSpan(tokens, i, body && !stranded ? body.first : gapEnd), content: np.span, quoted: false, rule: 'claims:relative-object' });
      return;
    }
  }
  if (!body || stranded) return;
  // "He denounced the United Nations and rejected rumors that ...": a second verb of the same subject, in the same
  // form as the cue, ends an object content.
  if (body.first === i + 1 && t.lower !== t.lemma) {
    for (let k = body.first + 1; k + 1 < body.last; k++) {
      const v = tokens[k + 1];
      // ("joked about stereotypes, declined to affirm ...": after a comma, in the very same form.)
      // (Not a participle describing what comes before: ", compared with ...", ", covered by ...", "entitled, ...".)
      // (The very same word after a clause too, "thought I couldn't, thought that no one could ..."; not after a name
      // set off by commas, "said there is no evidence, and the father's lawyer, Gregory Craig, said".)
      let phrase = k - 1;
      while (phrase > body.first && tokens[phrase - 1].value !== ',') phrase--;
      const again = v.lower === t.lower && hasVerb(tokens, phrase, k);
      if (tokens[k].value === ',' && v.pos === 'VERB' && (again || (/ed$/.test(v.lower) && /ed$/.test(t.lower) && !hasVerb(tokens, body.first, k))) && !PARTICIPLE_NEXT.has(tokens[k + 2]?.lower ?? ',')) {
        body.last = k;
        break;
      }
      if (tokens[k].pos !== 'CCONJ') continue;
      // ("and virulently opposed Trump": adverbs in -ly may stand between.)
      let at = k + 1;
      while (at + 1 < body.last && tokens[at].pos === 'ADV' && /ly$/.test(tokens[at].lower)) at++;
      const verb = tokens[at];
      if (verb.pos !== 'VERB' || verb.lower === verb.lemma) continue;
      // ("confirmed the layoffs but gave no figures": any past form after an object with no verb of its own; not a
      // participle before its noun, "found broken glass and smashed furniture".)
      if (inflection(verb.lower) === inflection(t.lower) || (pastForm(t) && pastForm(verb) && !hasVerb(tokens, body.first, k) && !['NOUN', 'ADJ', 'PROPN'].includes(tokens[at + 1]?.pos ?? ''))) {
        body.last = tokens[k - 1].value === ',' ? k - 1 : k;
        break;
      }
    }
  }
  // "Collins, who had endorsed Jeb Bush, represents a district": the relative clause ends where the main verb follows.
  // ("The company, which declined to comment, said ...": "which" too.)
  if (RELATIVE_SUBJECT.has(tokens[src.last - 1].lower) && tokens[src.first - 1]?.value === ',' && tokens[body.first].lower !== 'that') {
    for (let k = body.first + 1; k + 1 < body.last; k++) {
      if (tokens[k].value === ',' && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX')) { body.last = k; break; }
    }
  }
  // "Although the ministry denied the report, officials said ...", "When reporters asked about the budget, the senator
  // declined": a clause opened by a conjunction ends where the main clause's subject and verb follow its comma.
  // ("As Smith noted, the plan failed": after "as" the main clause is what is said.)
  // ("With his campaign buffeted by criticism and denying claims of plagiarism, 721 delegates cast ...": "with" opening
  // the sentence too.)
  // ("As Donald Trump and Ted Cruz lamented illegal immigration, Clinton took ...", "Even as he accused ..., Giuliani
  // wouldn't": or opening the sentence, after a conjunction or an adverb, no comma before the speaker.)
  const lead = afterOpeningAdverbs(tokens, s, src.first);
  const opener = CLAUSE_OPENING.has(tokens[lead].lower) && lead < src.first - 1 && !tokens.slice(lead, src.first).some((x) => x.value === ',') ? tokens[lead] : tokens[src.first - 1];
  if (opener && (CLAUSE_OPENING.has(opener.lower) || opener.lower === 'where' || (opener.lower === 'with' && src.first - 1 === s.firstToken)) && (opener.lower !== 'as' || (opener === tokens[lead] && tokens[body.first].value !== ',')) && !OPEN_QUOTES.has(tokens[body.first].value)) {
    // (Not the comma that closes a clause opened inside the content: "warned that if he is indicted, the government
    // may ...".)
    let inner = false;
    for (let k = body.first; k + 1 < body.last; k++) {
      if (OPEN_QUOTES.has(tokens[k].value)) k = quoteEnd(tokens, k, s) - 1;
      else if (CONJUNCTIONS.has(tokens[k].lower) || (CLAUSE_OPENING.has(tokens[k].lower) && clauseAfter(tokens, k + 1, body.last))) inner = true;
      else if (k > body.first && tokens[k].value === ',' && clauseAfter(tokens, k + 1, body.last)) {
        if (!inner) { body.last = k; break; }
        inner = false;
      }
    }
  }
  // (The participle's phrase ends at its comma: "Salceda, citing data from the State Department, said ...".)
  // (With an object: not "Clinton, responding to a surging Sanders, dropped ...".)
  if (between && !OPEN_QUOTES.has(tokens[body.first].value)) {
    if (!hasObject(tokens, body.first)) return;
    for (let k = body.first + 1; k < body.last; k++) if (tokens[k].value === ',') { body.last = k; break; }
  }
  // "found itself at the center", "found himself embroiled": a reflexive object reports nothing.
  if (t.lemma === 'find' && REFLEXIVE.has(tokens[body.first].lower)) return;
  // ("his GOP backing, sources said": only a verb of speech has its words after a comma, unquoted, or one after "as":
  // "As POLITICO revealed, the RNC agreed ...".)
  if (tokens[body.first].value === ',' && kind !== 'speech' && tokens[src.first - 1]?.lower !== 'as' && !OPEN_QUOTES.has(tokens[body.first + 1]?.value ?? '')) return;
  // ("cables snapped, she said.": an attribution of its own after a comma is no content; "said he agreed" is one.)
  const words = tokens[body.first].value === ',' ? tokens.slice(body.first, body.last).filter((x) => x.pos !== 'PUNCT') : [];
  // (Not "recalled him saying".)
  if (words.length === 2 && (SUBJECT_PRONOUNS.has(words[0].lower) || ['PROPN', 'NOUN'].includes(words[0].pos)) && cues.inverted.has(words[1].lemma) && !/ing$/.test(words[1].lower)) return;
  // Beliefs, findings and requests take a clause or an object of any length: "Trump wants a wall", "polls show
  // Clinton ahead" (a 25-token cap on objects dropped more right claims than wrong ones: PolNeAR 65.8 -> 67.0 without).
  let content = tokenSpan(tokens, body.first, body.last);
  // (Or after a phrase and a comma or colon, when the quotation ends the sentence: 'said in a statement, "Never have
  // we ..."'; not "asked in a dissent, ``what sense does it make'' to apply ...".)
  const quoted = OPEN_QUOTES.has(tokens[body.first].value) && (body.first <= i + 3 ||
    ([',', ':'].includes(tokens[body.first - 1].value) && !hasVerb(tokens, i + 1, body.first) && quoteEnd(tokens, body.first, s) >= body.last));
  if (quoted) {
    // A quote may run over several sentences: up to its closing mark.
    const end = quotationEnd(text, tokens[body.first].start);
    if (end > 0) content = { start: content.start, end };
  }
  // "She continued: “...”" reports words; "the foundation continued to raise money" does not ("posted on X that ...":
  // a clause with "that" does).
  if (kind === 'quote' && !quoted && tokens[body.first - 1]?.value !== ':' && !(tokens[body.first].lower === 'that' && tokens[i + 1].pos === 'ADP' && !dateEnds.has(tokens[body.first].start))) return;
  // (Content run on to a quotation's close keeps its closing mark.)
  const whole = quoted ? content : balanced(text, content);
  const own = quoted || whole.end !== content.end ? whole : trimSpan(text, whole, TRIM);
  // "what officials called a hate crime", "the emails, which she said represented all her work": the relative
  // pronoun stands for what is said, and the content runs from it ("in which he says ...": not after a preposition).
  // ("in what officials called a hate crime": "what" after one too; "one which Baick calls “a foundation ...”": a
  // quotation too.)
  const pronoun = tokens[src.first - 1]?.lower ?? '';
  // ("a class that he argued was thrusting the country into decline": "that" too, when the words go on with a verb.)
  const thatSubject = pronoun === 'that' && (tokens[src.first - 2]?.pos === 'NOUN' || tokens[src.first - 2]?.pos === 'PROPN') &&
    (tokens[body.first].pos === 'AUX' || (tokens[body.first].pos === 'VERB' && !capitalVerb(tokens[body.first])));
  // (Not for a second verb, "which he favors but says would never pass": the pronoun is the first verb's.)
  let relative = !earlier && ((RELATIVE_OBJECT.has(pronoun) && (tokens[src.first - 2]?.pos !== 'ADP' || pronoun === 'what')) || thatSubject) ? tokens[src.first - 1].start : -1;
  // ("a deal she once supported makes sense", "a dynamic Greenberg said could drive ...": a relative clause without
  // its pronoun; the speaker is the pronoun or name after the noun, and the noun's phrase is what is said.)
  const gappedSubject = !quoted && (tokens[body.first].pos === 'AUX' || (tokens[body.first].pos === 'VERB' && !capitalVerb(tokens[body.first])));
  // (A pronoun speaks alone, "a gift he knew would lift me": the noun's phrase before it is what is said.)
  if (relative < 0 && gappedSubject && src.last - src.first === 1 && SUBJECT_PRONOUNS.has(tokens[src.first].lower) && tokens[src.first - 1]?.pos === 'NOUN') {
    const np = sourceSpan(tokens, src.first - 1, s, 'left');
    if (np && tokens[np.first].pos === 'DET') relative = np.span.start;
  }
  if (relative < 0 && gappedSubject && tokens[src.first].pos === 'DET') {
    for (let k = src.first + 1; k < src.last; k++) {
      const head = tokens[k];
      // (Not a title before a name: "FBI director James Comey", "spokeswoman Nicole A. Navas".)
      if (tokens[k - 1].pos === 'NOUN' && head.pos === 'PROPN' && upperAt(head.value, 0) && !isAgent(doc, tokenSpan(tokens, src.first, k), k)) {
        relative = src.span.start;
        src = { span: { start: head.start, end: src.span.end }, first: k, last: src.last };
        break;
      }
    }
  }
  // (A verb of judging or backing takes no clause, "The account Trump retweeted was set up as a trap": the noun's
  // phrase is its object, and all it is about; the verb after it is the main clause's.)
  if (relative >= 0 && gappedSubject && kind === 'stance' && tokens[src.first - 1]?.pos === 'NOUN') {
    out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 1), content: { start: relative, end: tokens[src.first - 1].end }, quoted: false, rule: 'claims:relative-object' });
    return;
  }
  const reported = quoted ? own : followedByQuote(doc, s, own, body.last);
  // ("Trump sometimes seems fixated on China": what seems is said of the subject, which belongs to it.)
  // (The cue right after the speaker, past adverbs and auxiliaries: the speaker's own verb.)
  const adjacent = tokens.slice(src.last, i).every((x) => ['ADV', 'AUX', 'PART'].includes(x.pos));
  // (Not "it" standing for the clause after, which no one speaks: "It appears that ...", "It seems Clinton ..."; "it
  // seems to work" is it.)
  // (A clause must follow, "that" or a subject: "It also appears certain to become ..." is said of it.)
  const expletive = RAISING.has(t.lemma) && src.last - src.first === 1 && tokens[src.first].lower === 'it' && (next?.lower === 'that' || next?.value === ',' || CLAUSE_SUBJECT.has(next?.pos ?? ''));
  const raised = RAISING.has(t.lemma) && adjacent && !expletive ? src.span.start : -1;
  // ("If Clinton is elected, he said, ...", "If China can build a Great Wall, Trump said we can build a wall": a
  // condition opening the sentence before the speaker is part of what is said, as PolNeAR marks it.)
  // (The speaker's own verb only: not "..., the administration knows ... and accept some deal".)
  const ownVerb = !coordinated && !earlier && !infinitive && adjacent;
  const condition = CONDITIONS.has(tokens[s.firstToken].lower) && ownVerb && src.first > s.firstToken + 2 && tokens[src.first - 1].value === ',' && !quoted ? tokens[s.firstToken].start : -1;
  // ("It is time for the country to be led, he said, ''not only by a strong leader ...''", "and Ms. Warren, she said,
  // ''exposes him''": a quotation that opens in lower case goes on with the words before the speaker, which are said
  // too; not after a conjunction alone, "But, Mr. Ryan said, ''democracy is ...''".)
  // (From the conjunction that opens that clause: "... in it for the American people'' and Ms. Warren, she said,
  // ''exposes him ...''" says "Ms. Warren exposes him".)
  const goesOn = quoted && ownVerb && tokens[src.first - 1]?.value === ',' && src.first - 2 > s.firstToken && lowerAt(tokens[body.first + 1]?.value ?? '', 0) ? clauseBefore(tokens, s, src.first - 2) : -1;
  // ("it would seem the chances are slim that ...": the clause after "it seems" from its subject, not from a "that"
  // further on.)
  const seeming = expletive && CLAUSE_SUBJECT.has(next?.pos ?? '') ? next!.start : -1;
  const from = relative >= 0 ? relative : raised >= 0 ? raised : condition >= 0 ? condition : goesOn >= 0 ? goesOn : seeming;
  // "Pence said in politics it takes time ... but added, “...”", "He said the plan was good and warned that ...": the
  // second verb's words are its own, and the first content ends before the conjunction.
  // (A verb of speech or request only, "and requested another month": in "The actress said she was tired ... and wanted
  // a candidate" the second verb is the content's own.)
  // ("Sanders took issue with recent criticism ... and assailed Mrs. Clinton": any verb after words with no verb of
  // their own, a noun phrase, is the speaker's.)
  if (earlier && coordinated && (kind === 'speech' || kind === 'request' || nounPhraseContent(out, tokens, conj, i))) endContentAt(out, text, s, tokens[conj].start, false);
  // ("Clinton attacked Trump, saying he would appoint ...": a participle's words end those of the attribution before.)
  // (After a clause too, as PolNeAR marks it: 'said the financial system was "corrupt," noting that ...'; not inside a
  // quotation the words open, 'said that “they are going to people, showing videos ...”'. Each attribution of the
  // sentence whose words run on: "blamed the media for ... Trump's claim that ..., saying".)
  // (Not after an appositive set off by commas: "an email chain that showed Douglas J. Band, an adviser to Mr.
  // Clinton, seeking to arrange a meeting" tells what the chain showed.)
  const last = out[out.length - 1];
  if (earlier && participle && last && !quoteOpen(text.slice(last.content.start, t.start))) {
    const comma = prev.value === ',' ? i - 1 : i - 2;
    let opened = comma - 1;
    while (opened > s.firstToken && tokens[opened].value !== ',' && tokens[opened].pos !== 'VERB' && tokens[opened].pos !== 'AUX') opened--;
    if (tokens[opened].value !== ',' || tokens[opened].start < last.content.start) endContentAt(out, text, s, tokens[comma].start, true);
  }
  // "Rubio said the real extremist is Clinton, and he railed against ...": a clause of its own after a comma and a
  // conjunction ("..., while other voters said", "..., but her allies fear"), its subject a person or body right before
  // its cue, ends the words of the attribution before it in the sentence.
  const joined = tokens[src.first - 1];
  if (!earlier && adjacent && CLAUSE_JOINS.has(joined?.lower ?? '') && tokens[src.first - 2]?.value === ',' && isAgent(doc, src.span, src.last)) endContentAt(out, text, s, tokens[src.first - 2].start, true);
  // ("I felt just really helpless and I just felt like my life is ruined", "..., so I felt like I was not worth it":
  // the same speaker again after a conjunction says something else; the words before end at the conjunction.)
  else if (!earlier && adjacent && SAME_SPEAKER_JOINS.has(joined?.lower ?? '') && out.length > 0) {
    const before = out[out.length - 1];
    if (before.source && text.slice(before.source.start, before.source.end).toLowerCase() === text.slice(src.span.start, src.span.end).toLowerCase()) {
      endContentAt(out, text, s, (tokens[src.first - 2]?.value === ',' ? tokens[src.first - 2] : joined).start, false);
    }
  }
  // "She appeared to imply that Trump ...", "Messages seem to show overlapping interests": a verb of thinking or
  // showing after "seem to" is the cue with it, and its own words the content, not the subject's clause.
  const inner = raised >= 0 && next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB' ? cues.words.get(tokens[i + 2].lemma)?.kind : undefined;
  // (Not a verb of speech, whose act is what seems: "Sanders appeared to dismiss the email issue".)
  const innerWords = inner === 'belief' || inner === 'report' ? contentAfter(tokens, i + 3, s, tokens[i + 2].lemma, dateEnds, cues.hearers) : null;
  if (innerWords) {
    out.push({ source: src.span, cue: tokenSpan(tokens, i, i + 3), content: trimSpan(text, tokenSpan(tokens, innerWords.first, innerWords.last), TRIM), quoted: false, rule: 'claims:source-cue-content' });
    return;
  }
  // (What seems to no one named has no speaker: "It appears that ...".)
  out.push({ source: expletive ? null : src.span, cue: tokenSpan(tokens, i, i + 1), content: from >= 0 ? { start: from, end: reported.end } : reported, quoted, rule: 'claims:source-cue-content' });
}

/** The first token of sentence `s`, before `limit`, past the conjunctions and adverbs that open it ("Yet by calling
 *  ...", "Even as he accused ..."); a word that opens a clause ("when", "once") ends them. */
function afterOpeningAdverbs(tokens: readonly Token[], s: Sentence, limit: number): number {
  let k = s.firstToken;
  while (k < limit && (tokens[k].pos === 'CCONJ' || tokens[k].pos === 'ADV') && !CLAUSE_OPENING.has(tokens[k].lower)) k++;
  return k;
}

/** Whether a verb follows the noun phrase at token `at` (adverbs between): "that the plan works", "that voters
 *  increasingly want"; not "that task energetically.", "that sacrifice, and". */
function verbAfterNoun(tokens: readonly Token[], at: number, s: Sentence): boolean {
  let k = at;
  while (k < s.lastToken && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ')) k++;
  while (k < s.lastToken && tokens[k].pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/** Whether a cue word and a verb are the same past or present form ("joked", "declined"; "says", "warns"), or the very
 *  same word ("felt like ..., felt like ..."). */
function sameForm(cue: string, verb: Token): boolean {
  if (verb.pos !== 'VERB' || verb.lower === verb.lemma) return false;
  return cue === verb.lower || (ENDS_ED.test(cue) && ENDS_ED.test(verb.lower)) || (/[a-z]s$/.test(cue) && /[a-z]s$/.test(verb.lower) && !/ss$/.test(verb.lower));
}

/** The token after the date that starts at token `at` ("said Saturday night at", "supported Friday by"); `at` when
 *  no date starts there. */
function pastDate(tokens: readonly Token[], at: number, dateEnds: ReadonlyMap<number, number>, s: Sentence): number {
  const end = at < s.lastToken ? dateEnds.get(tokens[at].start) : undefined;
  let k = at;
  if (end !== undefined) while (k < s.lastToken && tokens[k].start < end) k++;
  return k;
}

/** An infinitive after token `from` before the next comma or clause: "agreed in principle to form a company" goes on
 *  after its adverbial; "said at the debate, which was loud", "said on MSNBC as returns came in", "said in posing the
 *  question", "wrote in a letter dated Tuesday", "said in an address to fired-up delegates" do not. */
function infinitiveAfter(tokens: readonly Token[], from: number, s: Sentence): boolean {
  for (let k = from; k + 1 < s.lastToken && tokens[k].value !== ',' && !END_PUNCT.has(tokens[k].value) && tokens[k].pos !== 'SCONJ' && !CLAUSE_OPENING.has(tokens[k].lower); k++) {
    if (tokens[k].lower === 'to' && tokens[k + 1].pos === 'VERB' && tokens[k + 1].lower === tokens[k + 1].lemma) return true;
  }
  return false;
}

// What after a past form makes it a participle describing the words before it: "compared with", "covered by".
const PARTICIPLE_NEXT = new Set(['by', 'with', 'as', ',', 'in', 'at', 'on', 'from']);

// Particles that make a phrasal verb of the word before them; with what after them they are an adverbial instead.
const PARTICLES = new Set(['up', 'off', 'down', 'out', 'back', 'away']);
const PARTICLE_ADVERBIALS = new Set(['up to', 'back in', 'back then', 'back when', 'back on', 'out loud', 'out of', 'down to', 'away from']);

/** Words that open an adverbial after a cue ("said on Tuesday", "said in a statement", "said last week"). */
const ADVERBIAL_OPENERS = new Set([...SETTING_PREPOSITIONS, 'last', 'this', 'yesterday', 'today', 'recently', 'earlier', 'later']);
/** Dashes that set off a phrase inside a sentence. */
const DASHES = new Set(['-', '—', '–', '--']);

/** The ending that gives a verb its form: "backs" and "embraces" (-s), "denounced" and "rejected" (-ed). */
const inflection = (word: string) => /(?:ing|ed|s)$/.exec(word)?.[0] ?? word.slice(-2);

/** "insisted to the gathered cameras, ...", "asserted to reporters on Tuesday.": a short noun phrase after "to" that
 *  ends at a comma, the sentence's end or an adverbial is whom the words were for (not "pointed to a previous case
 *  to say ..."). */
function hearer(tokens: readonly Token[], at: number, s: Sentence, dateEnds: ReadonlyMap<number, number>): boolean {
  let k = at;
  while (k < s.lastToken && k - at < 5 && tokens[k].lower !== 'that' && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(tokens[k].pos)) k++;
  if (k === at || ['DET', 'ADJ'].includes(tokens[k - 1].pos)) return false;
  const t = tokens[k];
  return !t || t.value === ',' || END_PUNCT.has(t.value) || dateEnds.has(t.start) || ['on', 'in', 'at', 'during', 'after', 'before'].includes(t.lower);
}

/** Whether the words at `first` are a verb's object: not a preposition, an adverb, an adjective or "to" before a noun
 *  ("Responding to this criticism", "Appearing more subdued"); "to" before a verb is ("Continuing to explain"). */
function hasObject(tokens: readonly Token[], first: number): boolean {
  return !['ADP', 'ADV', 'ADJ'].includes(tokens[first].pos) && !(tokens[first].lower === 'to' && tokens[first + 1]?.pos !== 'VERB');
}

/** A word ending in one "s": a plural noun ("critics") or a verb's third person ("says"); not "press", "boss". */
const oneS = (word: string) => /[^s]s$/.test(word);

// Subjects by the verb form they take, from the speaker words ("who" takes either; "one", "another" the -s form).
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it']);
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas']);
const SAME_SPEAKER_JOINS = new Set(['and', 'but', 'so']);
const PERSONAL_SUBJECTS = new Set([...SUBJECT_PRONOUNS].filter((w) => w !== 'it'));
const PLURAL_SUBJECTS = new Set([...PERSONAL_SUBJECTS, ...QUANTIFIERS].filter((w) => !SINGULAR_SUBJECTS.has(w) && !SINGULAR_QUANTIFIERS.has(w)));

/** Whether the word the tagger read as a noun at `i` agrees as a verb with the word before it as its subject:
 *  "critics question", "both think", "she plans"; "Obama plans", "the campaign says" only when that word names a
 *  speaker (not "the Benghazi attacks", "many Asian states"). */
function agrees(doc: Document, i: number): boolean {
  const tokens = doc.tokens!;
  const subject = tokens[i - 1];
  const singularVerb = oneS(tokens[i].lower);
  // ("respondents who support Sanders": a relative pronoun takes either form.)
  if (subject.lower === 'who' || subject.lower === 'that') return true;
  // ("19 percent of college students polled support Clinton": a plural noun and a participle.)
  if (closingParticiple(tokens, i - 1)) return !singularVerb;
  if (subject.pos === 'PRON' || PLURAL_SUBJECTS.has(subject.lower)) return singularVerb ? SINGULAR_SUBJECTS.has(subject.lower) : PLURAL_SUBJECTS.has(subject.lower);
  // ("About one in five say they would not vote": a count, not a year, takes the plural form.)
  // (Before a clause or a name: not a noun a count modifies, "35 state legislatures", "a one point six billion".)
  if (subject.pos === 'NUM') return !singularVerb && !/^\d{4}$/.test(subject.value) && ['PRON', 'DET', 'PROPN', 'SCONJ'].includes(tokens[i + 1]?.pos ?? '');
  // ("..., but plans to narrow her support", "and fears that ...": a second verb of the sentence's subject.)
  const next = tokens[i + 1]?.lower;
  if (subject.lower === 'and' || subject.lower === 'but') return next === 'to' || next === 'that';
  const head = tokens[subjectHead(tokens, i)];
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  if (oneS(head.lower) && !singularVerb) return true;
  // ("The party leadership fears that sweeping closures ...": before a "that" clause whatever names the subject; not
  // "the litmus-test questions that would ...".)
  return singularVerb && ((next === 'that' && subject.pos === 'NOUN' && !['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '')) || isAgent(doc, tokenSpan(tokens, i - 1, i), i));
}

/** The word that heads the subject of a verb at `i`: "Critics of the administration, however, question" -> Critics
 *  (past an adverb set off by commas, and past "of" to the noun the phrase is about). */
function subjectHead(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k].value === ',') {
    let j = k - 1;
    while (j > 0 && j > k - 3 && tokens[j].pos === 'ADV') j--;
    if (j < k - 1 && j > 0 && tokens[j].value === ',') k = j - 1;
  }
  let head = k;
  for (let j = k; j > 0 && j > k - 6 && (NP_WORDS.has(tokens[j].pos) || tokens[j].lower === 'of'); j--) {
    if (tokens[j].lower === 'of' && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN')) head = j - 1;
  }
  return head;
}
const NP_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
// What a prepositional phrase is made of: "for the first time", "on Friday", "in a statement".
const PHRASE_POS = new Set([...NP_WORDS, 'ADP']);

/** Whether a clause starts at `at`: a pronoun or a short noun phrase, then a verb ("officials said", "the union
 *  called"); not a list ("wages and rents rose"). */
function clauseAfter(tokens: readonly Token[], at: number, end: number): boolean {
  let k = at;
  if (tokens[k]?.pos === 'PRON' && PERSONAL_SUBJECTS.has(tokens[k].lower)) k++;
  else while (k < end && k - at < 8 && (NP_WORDS.has(tokens[k].pos) || isPossessiveS(tokens[k]))) k++;
  return k > at && k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
}

/** "“...,” Lichtman said about McCain's effort": what the words were about, not an amount ("said about half of ...")
 *  nor words of their own after it ("said about the movement, “I support ...”"). */
function aboutTopic(tokens: readonly Token[], at: number, s: Sentence): boolean {
  const next = tokens[at + 1];
  if (!next || next.pos === 'NUM' || /^(?:(?:half|a|an|one|some)$|[$\d])/.test(next.lower)) return false;
  for (let k = at + 1; k < s.lastToken; k++) if (OPEN_QUOTES.has(tokens[k].value)) return false;
  return true;
}

/** Where the quotation opened at offset `at` closes (just after its mark), within 2000 characters. (The analysis
 *  text writes ''...'' and ``...'' as “...”.) */
function quotationEnd(text: string, at: number): number {
  const open = text[at];
  // Texts that mix the styles close a "..." with ” and a “...” with " (“They’re considered illegitimate.").
  // (Read no further than 2000 characters: a longer quotation is taken for none, and a text of unclosed quotes would
  // otherwise be read to its end from each.)
  const limit = Math.min(text.length, at + 2001);
  // (A quotation in curly marks inside a straight one closes first: "The department isn't about “Equal Justice” anymore."
  // A second “ inside a “ opens the next paragraph's quotation of a wire story that lost its line breaks: “We haven't
  // ... truth. “We believe ...”.)
  const nests = open === '"';
  const closeAt = (k: number) => {
    let inner = 0;
    for (let i = k; i < limit; i++) {
      if (text[i] === '“' && nests) inner++;
      else if (text[i] === '”' && inner > 0) inner--;
      else if (text[i] === '”' || text[i] === '"') return i;
    }
    return -1;
  };
  let from = at + 1;
  for (;;) {
    const close = closeAt(from);
    if (close < 0) return -1;
    const gap = text.slice(from, close).indexOf('\n\n');
    const paragraph = gap < 0 ? -1 : from + gap;
    if (paragraph < 0) return close + 1;
    // A quotation that goes on in the next paragraph leaves the first one open and opens the next one again.
    let next = paragraph;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (text[next] !== open) return -1;
    from = next + 1;
  }
}

/** “A,” Bush said, “B.” : the quotation resumes right after the attribution (and a comma); the content runs to its end. */
function resumed(doc: Document, s: Sentence, content: { span: Span; quoted: boolean }, after: number): Span | null {
  if (!content.quoted) return null;
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  let k = after;
  // The attribution may go on with its hearer or time: “A,” Duncan told The New York Times in 2012, “B.”
  while (k < Math.min(s.lastToken, after + 8) && tokens[k].value !== ',' && !OPEN_QUOTES.has(tokens[k].value) && ['PROPN', 'NOUN', 'NUM', 'ADP', 'DET', 'ADJ'].includes(tokens[k].pos)) k++;
  let comma = k;
  while (k < s.lastToken && tokens[k].value === ',') k++;
  // Or the speaker's appositive: “A,” said Stephanie Formas, Clinton's communications director, “B.”
  if (k > comma && k < s.lastToken && !OPEN_QUOTES.has(tokens[k].value)) {
    let j = k;
    while (j < Math.min(s.lastToken, k + 20) && tokens[j].value !== ',' && (APPOSITIVE_POS.has(tokens[j].pos) || ["'s", '’s', '-'].includes(tokens[j].value))) j++;
    if (j > k && tokens[j]?.value === ',') { comma = j; k = j; while (k < s.lastToken && tokens[k].value === ',') k++; }
  }
  if (k === comma || k >= s.lastToken || !OPEN_QUOTES.has(tokens[k].value)) return null;
  const end = quotationEnd(text, tokens[k].start);
  return end < 0 ? null : { start: content.span.start, end };
}

/** “...,” Sanders said. “...” : a quotation that opens the next sentence goes on with the same claim, unless someone
 *  else is said to speak it (`otherSpeaker`). */
function continued(doc: Document, s: Sentence, content: { span: Span; quoted: boolean }, from: number, speaker: Span): Span {
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  // (Or words that open with a quotation and go on after it: '“... numerous times” and against the Brady law, Clinton
  // said. “He voted ...”'.)
  if (!content.quoted && !OPEN_QUOTES.has(tokens[tokenAt(tokens, content.span.start) - 1]?.value ?? '')) return content.span;
  // The quotation after the attribution: one opening the next sentence, or one after a period the sentence splitter
  // kept in this sentence ('said David Magel, 53, who lives in Springfield, Ill. ". . . I just want ..."', 'for fear
  // of trouble with the authorities."We basically got deceived ..."').
  let open = -1;
  for (let k = tokenAt(tokens, from); k < s.lastToken; k++) {
    if (!OPEN_QUOTES.has(tokens[k].value)) continue;
    if (k > 0 && /[.!?]$/.test(tokens[k - 1].value)) open = k;
    break;
  }
  const next = doc.sentences![tokens[s.firstToken].sentence + 1];
  // Else nothing but the attribution's own words between the cue and the sentence's end: no other quote opens there (a
  // short quoted name closed there is the attribution's: she said, showing off the “Make America Great Again” hat).
  const tail = text.slice(from, s.end).replace(/“[^“”"]{1,80}”|"[^“”"]{1,80}"/g, '');
  if (open < 0) {
    if (!next || !OPEN_QUOTES.has(tokens[next.firstToken].value) || /[“"]/.test(tail)) return content.span;
    open = next.firstToken;
  }
  const end = quotationEnd(text, tokens[open].start);
  if (end < 0) return content.span;
  // (Not a quotation someone else is said to speak after it: "“...,” said the minister. “It is over,” said the
  // coach."; "“...,” she said" goes on.)
  const after = doc.sentences![tokens[tokenAt(tokens, end - 1)].sentence];
  return otherSpeaker(tokens, tokenAt(tokens, end), after.lastToken, text.slice(speaker.start, speaker.end)) ? content.span : { start: content.span.start, end };
}

/** The words after a quotation (tokens first..last) name a speaker other than `speaker`, right before or after their
 *  verb: a name or a noun that is no word of it ("said the coach", "Smith said"), not a pronoun ("she said", "he
 *  said in an interview"). */
function otherSpeaker(tokens: readonly Token[], first: number, last: number, speaker: string): boolean {
  while (first < last && (tokens[first].pos === 'PUNCT' || CLOSE_QUOTES.has(tokens[first].value))) first++;
  let verb = first;
  while (verb < Math.min(last, first + 5) && tokens[verb].pos !== 'VERB') verb++;
  if (verb >= last || tokens[verb].pos !== 'VERB') return false;
  // The speaker: the words before the verb, else those right after it ("said the coach", "said German Ortega").
  let [a, b] = [first, verb];
  if (a === b) {
    a = verb + 1;
    b = a;
    while (b < last && b - a < 4 && (NP_WORDS.has(tokens[b].pos) || tokens[b].pos === 'PRON')) b++;
  }
  const own = new Set(speaker.toLowerCase().split(/[^\p{L}]+/u));
  const words = tokens.slice(a, b);
  return !words.some((w) => w.pos === 'PRON') && words.some((w) => (w.pos === 'PROPN' || w.pos === 'NOUN') && !own.has(w.lower));
}

/** X said that he had fought for bills. “A leader must fight ...” : a quotation that opens the next sentence and is
 *  attributed to nobody else goes on with the reported words of the sentence before. */
function followedByQuote(doc: Document, s: Sentence, content: Span, last: number): Span {
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  // The content runs to the end of its sentence.
  if (last < s.lastToken && !END_PUNCT.has(tokens[last].value) && !CLOSE_QUOTES.has(tokens[last].value)) return content;
  const next = doc.sentences![tokens[s.firstToken].sentence + 1];
  if (!next || !OPEN_QUOTES.has(tokens[next.firstToken].value) || text.slice(s.end, next.start).includes('\n\n')) return content;
  const end = quotationEnd(text, tokens[next.firstToken].start);
  if (end < 0) return content;
  // Nothing after the quotation in its sentence: no "..., she said." of its own.
  const after = doc.sentences![tokens[tokenAt(tokens, end - 1)].sentence];
  if (/\p{L}/u.test(text.slice(end, after.end))) return content;
  return { start: content.start, end };
}

/** Content that opens a quotation runs on to where it closes: X said that he was “fighting ... . I’ll tell you ...” */
function balanced(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  let end: number;
  // (A “ left open closes where quotationEnd says, with a " in texts that mix the styles: 'called the announcement
  // “highly significant."' ends there, not at the next ” paragraphs on.)
  if ((slice.match(/“/g) ?? []).length > (slice.match(/”/g) ?? []).length) end = quotationEnd(text, span.start + slice.lastIndexOf('“'));
  else {
    // Straight quotes: an odd number, the last one opening (after a space): X said that it was "the same attitude.
    const straight = slice.lastIndexOf('"');
    if (straight < 0 || (slice.match(/"/g) ?? []).length % 2 === 0 || (straight > 0 && !/\s/.test(slice[straight - 1]))) return span;
    end = quotationEnd(text, span.start + straight);
  }
  return end <= 0 || end - span.end > 1501 || text.slice(span.end, end).includes('\n\n') ? span : { start: span.start, end };
}

/** The attributions at token i that name a poll or no one: "Clinton leads in the latest NBC News poll", "The
 *  convention is expected to draw 50,000 delegates", "The FBI is reportedly ...", "when asked about the Florida
 *  Standards". (Kept out of findInSentence: its size decides how well V8 optimizes it.) */
function unnamedOrPoll(doc: Document, s: Sentence, i: number, cues: CueWords, dateEnds: ReadonlyMap<number, number>): Found | null {
  const tokens = doc.tokens!;
  const text = doc.text;
  const t = tokens[i];
  // "Clinton leads in a Des Moines Register/Bloomberg Politics poll", "In a new survey, 40 percent said ...": a poll
  // reports the clause it is set in.
  // (Not after a noun: "his standing in the polls", "Carson's drop in national polls".)
  if (t.lower === 'in' && tokens[i - 1]?.pos !== 'NOUN') {
    const poll = pollAfter(tokens, i + 1, s, cues.polls);
    if (poll) {
      let content: Span | null = null;
      if (i > s.firstToken + 2 && hasVerb(tokens, s.firstToken, i)) content = tokenSpan(tokens, s.firstToken, i);
      else if (i === s.firstToken) {
        // ("In a CNN/ORC poll the same month, 38 percent said ...", "In a national poll released Monday, 31% ...": a date
        // or a participle with its date may follow the poll before the comma.)
        let comma = pastDate(tokens, poll.last, dateEnds, s);
        if (comma === poll.last && tokens[comma]?.pos === 'VERB' && /ed$/.test(tokens[comma].lower)) comma = pastDate(tokens, comma + 1, dateEnds, s);
        if (tokens[comma]?.value === ',' && hasVerb(tokens, comma + 1, s.lastToken)) content = tokenSpan(tokens, comma + 1, s.lastToken);
      }
      if (content) {
        return { source: tokenSpan(tokens, poll.first, poll.last), cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, content, TRIM), quoted: false, rule: 'claims:in-poll' };
      }
    }
  }
  // "The convention is expected to draw 50,000 delegates", "The deficit is projected to be $544 billion": an
  // expectation the text gives no one (PolNeAR marks them without a source), unless "by" names who holds it.
  if (cues.unattributed.has(t.lower) && tokens[i + 1]?.lower === 'to' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX')) {
    let a = i - 1;
    while (a > s.firstToken && (tokens[a].pos === 'ADV' || tokens[a].pos === 'PART')) a--;
    if (a > s.firstToken && EXPECT_AUX.has(tokens[a].lower)) {
      // From the relative pronoun ("which is expected to"), else the subject, else the sentence start.
      const relative = RELATIVES_OPENING.has(tokens[a - 1].lower) ? a - 1 : -1;
      const start = relative >= 0 ? relative : sourceSpan(tokens, a - 1, s, 'left')?.first ?? s.firstToken;
      return { source: null, cue: tokenSpan(tokens, a, i + 1), content: trimSpan(text, tokenSpan(tokens, start, s.lastToken), TRIM), quoted: false, rule: 'claims:unattributed' };
    }
  }
  // "The FBI is reportedly making arrangements to interview Clinton": a report with no one named, of its clause.
  if (t.lower === 'reportedly') {
    return { source: null, cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, tokenSpan(tokens, s.firstToken, s.lastToken), TRIM), quoted: false, rule: 'claims:reportedly' };
  }
  // "when asked about the Florida Standards", "Pence was asked about the comment", "Asked whether he would ...": a
  // question put by no one named; its topic is the content.
  if (t.lower === 'asked' && (i === s.firstToken || ASKED_AFTER.has(tokens[i - 1].lower) || tokens[i - 1].value === ',')) {
    let k = pastDate(tokens, i + 1, dateEnds, s);
    // ("Asked by Starnes if he believed ...": the one who asked, named.)
    const by = tokens[k]?.lower === 'by' ? sourceSpan(tokens, k + 1, s, 'right') : null;
    if (by) k = by.last;
    const w = tokens[k]?.lower ?? '';
    if (QUESTION_OPENERS.has(w)) {
      const from = w === 'about' ? k + 1 : k;
      let end = from;
      while (end < s.lastToken && !/^[,;:()—–]$/.test(tokens[end].value) && !END_PUNCT.has(tokens[end].value)) end++;
      if (end - from >= 1) {
        return { source: by?.span ?? null, cue: tokenSpan(tokens, i, w === 'about' ? k + 1 : i + 1), content: tokenSpan(tokens, from, end), quoted: false, rule: 'claims:asked' };
      }
    }
  }
  return null;
}

/** "Sanders's argument on Sunday was that superdelegates should ...", "Beck's contention was that ...", "his point is
 *  that ...": a view noun (cues.json viewNouns) after its owner, then "was"/"is" and "that": the owner's claim. */
function ownedView(tokens: readonly Token[], text: string, s: Sentence, i: number, dateEnds: ReadonlyMap<number, number>): Found | null {
  if (i === s.firstToken) return null;
  // The owner: "his", "their", or a name and "'s" ("Sanders's", "the senator's").
  let source: Span | null = null;
  const before = tokens[i - 1];
  if (POSSESSIVE.has(before.lower)) source = tokenSpan(tokens, i - 1, i);
  else if (isPossessiveS(before)) {
    const owner = sourceSpan(tokens, i - 2, s, 'left');
    if (owner && owner.last === i - 1) source = owner.span;
  }
  if (!source) return null;
  // "Donald Trump's claim that President Barack Obama “founded ISIS”", "his contention that ...": a "that" clause with a
  // subject of its own right after the noun (not a relative clause, "his statement that said ...").
  // (Not the object of a verb that reports it already: "He stressed his view that ...".)
  const holder = tokenAt(tokens, source.start);
  // (A quotation may open the clause: 'her remark that “there’s a special place in hell ...”'.)
  const subject = OPEN_QUOTES.has(tokens[i + 2]?.value ?? '') ? i + 3 : i + 2;
  if (tokens[i + 1]?.lower === 'that' && CLAUSE_SUBJECT.has(tokens[subject]?.pos ?? '') && tokens[holder - 1]?.pos !== 'VERB') {
    // (A participle after it ends it, as any attribution's: '..., saying they were nitpicking'; see findInSentence.)
    const body = contentAfter(tokens, i + 1, s, 'view', dateEnds);
    return body && body.last - body.first > 2 ? { source, cue: tokenSpan(tokens, i, i + 1), content: trimSpan(text, tokenSpan(tokens, body.first, body.last), TRIM), quoted: false, rule: 'claims:owned-view' } : null;
  }
  // Then "was that", over a date or a place between ("on Sunday", "in the debate").
  let k = i + 1;
  while (k < Math.min(s.lastToken, i + 6) && !VIEW_BE.has(tokens[k].lower)) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || END_PUNCT.has(tokens[k].value) || tokens[k].value === ',') return null;
    k++;
  }
  if (!VIEW_BE.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'that' || k + 2 >= s.lastToken) return null;
  return { source, cue: tokenSpan(tokens, i, k + 1), content: trimSpan(text, tokenSpan(tokens, k + 2, s.lastToken), TRIM), quoted: false, rule: 'claims:owned-view' };
}
const VIEW_BE = new Set(['was', 'is']);
// What opens the subject of a clause after "that" ("maintains that the plan works", "his claim that Obama ...").
const CLAUSE_SUBJECT = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/** The words unnamedOrPoll starts from, besides the participles of expectation. */
const UNNAMED_TRIGGERS = new Set(['in', 'reportedly', 'asked']);
const ASKED_AFTER = new Set(['when', 'was', 'were', 'been', 'being', 'if', 'once']);
const QUESTION_OPENERS = new Set(['about', 'whether', 'if', 'how', 'which', 'what', 'why', 'who', 'when', 'where', 'to']);
const EXPECT_AUX = new Set(['is', 'are', 'was', 'were', "'s", '’s']);
const RELATIVES_OPENING = new Set(['which', 'who', 'that']);
const POLL_WORDS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);

/** "a Des Moines Register/Bloomberg Politics poll", "the latest NBC News/Wall Street Journal poll", "most surveys": a
 *  noun phrase from token `from` that ends in a poll; its tokens [first, last). */
function pollAfter(tokens: readonly Token[], from: number, s: Sentence, polls: Set<string>): { first: number; last: number } | null {
  for (let k = from; k < s.lastToken && k - from < 12; k++) {
    const t = tokens[k];
    if (polls.has(t.lower)) return tokens[k + 1]?.pos === 'NOUN' ? null : { first: from, last: k + 1 };
    if (!POLL_WORDS.has(t.pos) && !(t.value === '/' || t.value === '-' || t.value === '&')) return null;
  }
  return null;
}

/** Whether a verb with no subject of its own opens the words at `k` ("helped marshal", "and put"): an item of a list of
 *  what the same subject did. */
function listedVerb(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.lower === 'and' ? tokens[k + 1] : tokens[k];
  return verb?.pos === 'VERB' && lowerAt(verb.value, 0) && !/ing$/.test(verb.value);
}

/** Words that open a date set between a subject and its verb: "in 2009", "earlier this year", "late last month". */
const DATE_OPENERS = new Set([...SETTINGS, 'since', 'earlier', 'later', 'late', 'early']);

/** The subject before a date that stands right before the cue at `cue` (after auxiliaries and adverbs), with the word
 *  that opens the date: "The agency earlier this year warned" -> The agency. Null after a verb, a comma or a
 *  possessive ("One of his recent reads"). */
function subjectBeforeDate(doc: Document, s: Sentence, cue: number): SourceSpan | null {
  const tokens = doc.tokens!;
  const e = beforeAuxiliaries(tokens, cue, s);
  if (e <= s.firstToken) return null;
  const date = overlapping(doc.dates ?? [], tokenSpan(tokens, e, e + 1)).find((d) => d.end === tokens[e].end);
  if (!date) return null;
  let k = tokenAt(tokens, date.start) - 1;
  if (k > s.firstToken && DATE_OPENERS.has(tokens[k].lower)) k--;
  if (k < s.firstToken || !HEAD_POS.has(tokens[k].pos) || POSSESSIVE.has(tokens[k].lower)) return null;
  return sourceSpan(tokens, k, s, 'left');
}

/** The subject of the nearest verb before token `at`: "what China meant by saying" -> China. */
function subjectBefore(tokens: readonly Token[], s: Sentence, at: number) {
  let k = at - 1;
  while (k > s.firstToken && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX') k--;
  // ("candidates were able to talk their way out by saying": an infinitive's verb is the one before "to".)
  while (k - 2 > s.firstToken && tokens[k - 1].lower === 'to') {
    k -= 2;
    while (k > s.firstToken && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX') k--;
  }
  return k > s.firstToken ? sourceSpan(tokens, k - 1, s, 'left') : null;
}

/** The date a span lies wholly in, if any ("this year" as a speaker is a date, not who). `dates`: the dates that
 *  overlap the span (looked up when not given). */
function dateCovering(doc: Document, span: Span, dates: readonly DateItem[] = overlapping(doc.dates ?? [], span)): DateItem | undefined {
  return dates.find((d) => d.start <= span.start && span.end <= d.end);
}

/** A speaker without the date that ends it: "the Brookings Institution last year (estimated)", "Trump on Monday
 *  (proposed)"; not inside an appositive ("Lofgren, who introduced a bill this month, said"). `dates`: the dates that
 *  overlap the speaker (looked up when not given). */
function withoutTrailingDate(doc: Document, src: SourceSpan, dates: readonly DateItem[] = overlapping(doc.dates ?? [], src.span)): SourceSpan {
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  const trailing = text.slice(src.span.start, src.span.end).includes(',') ? undefined : dates.find((d) => d.end === src.span.end && d.start > src.span.start);
  if (!trailing) return src;
  let last = src.last;
  while (last > src.first && tokens[last - 1].start >= trailing.start) last--;
  // ("Trump on Monday proposed": nor its preposition.)
  while (last > src.first + 1 && tokens[last - 1].pos === 'ADP') last--;
  return last > src.first ? { span: { start: src.span.start, end: tokens[last - 1].end }, first: src.first, last } : src;
}

/** The words of a stance ("launched an attack against ...", "is hostile to ...") from token `end` on: a "that" clause,
 *  else what the preposition takes, up to a participle or a clause after a comma, or a dash. */
function stanceContent(tokens: readonly Token[], text: string, s: Sentence, end: number, dateEnds: ReadonlyMap<number, number>): Span | null {
  const body = contentAfter(tokens, end, s, 'state', dateEnds);
  if (!body) return null;
  if (tokens[end].lower === 'that') return trimSpan(text, tokenSpan(tokens, body.first, body.last), TRIM);
  let last = end;
  // ("single-payer": not a hyphen inside a word.)
  // (An appositive after a comma goes on: "the ambitions of Senator Barry Goldwater, the hard-right Arizonan who ...";
  // a participle or a conjunction does not: "against Obama, calling him ...", "on Clinton's positions, but".)
  // (Nor does a verb joined by a conjunction: "less hostile to government regulation and generally agree that ...".)
  while (last < body.last && !((DASHES.has(tokens[last].value) ? isAsideDash(tokens, last) : PHRASE_ENDS.has(tokens[last].value)) &&
    (tokens[last].value !== ',' || CLAUSE_AFTER_COMMA.has(tokens[last + 1]?.pos ?? ''))) && !(tokens[last].pos === 'CCONJ' && joinsVerb(tokens, last))) last++;
  return last > end ? trimSpan(text, tokenSpan(tokens, end, last), TRIM) : null;
}
/** Whether a verb follows the conjunction at `conj`, after adverbs ("and generally agree"). */
function joinsVerb(tokens: readonly Token[], conj: number): boolean {
  let k = conj + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB';
}
/** Forms of "be" and verbs like it before an adjective of stance. */
const COPULAS = new Set([...PASSIVE_AUX, 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'remain', 'remains', 'remained', 'become', 'becomes', 'became']);

/** The token before a verb at `verb` and the auxiliaries, adverbs, a reflexive pronoun or a dash closing an appositive
 *  that stand before it: where its subject ends ("Obama himself has even made", "Mike Pence — has thrown", "Sanders
 *  has weighed in on"). */
function beforeAuxiliaries(tokens: readonly Token[], verb: number, s: Sentence): number {
  let k = verb - 1;
  while (k > s.firstToken && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || REFLEXIVE.has(tokens[k].lower) || DASHES.has(tokens[k].value))) k--;
  return k;
}

/** After a verb of nounCues at `verb`: the token after the word that ends its stance ("launched a pre-emptive attack
 *  against" -> after "against"; "pressing his attack that" -> at "that", which opens the content); -1 when none. */
function stanceNounEnd(tokens: readonly Token[], verb: number, s: Sentence, cues: CueWords): number {
  let k = verb + 1;
  // ("stepped up his attacks on".)
  if (tokens[k]?.lower === 'up') k++;
  // Up to five words before the noun: articles, possessives, adjectives, adverbs ("a bizarre, thinly-veiled attack").
  const limit = Math.min(s.lastToken - 1, k + 6);
  // ("a pre-emptive attack": the tagger may read a modifier as a noun.)
  const stance = (t: Token) => t.pos === 'NOUN' && cues.stanceNouns.has(t.lemma);
  while (k < limit && !stance(tokens[k]) && (MODIFIER_POS.has(tokens[k].pos) || tokens[k].pos === 'NOUN' || (tokens[k].value === ',' && tokens[k - 1].pos === 'ADJ'))) k++;
  if (k >= limit || !stance(tokens[k])) return -1;
  k++;
  // ("comments supportive of Clinton's bid".)
  if (tokens[k]?.pos === 'ADJ' && k + 1 < s.lastToken) k++;
  const after = tokens[k];
  if (!after || !cues.stanceAfter.has(after.lower)) return -1;
  return after.lower === 'that' ? k : k + 1;
}
const MODIFIER_POS = new Set(['DET', 'PRON', 'ADJ', 'ADV', 'NUM']);
const CLAUSE_AFTER_COMMA = new Set(['VERB', 'AUX', 'CCONJ', 'SCONJ']);
/** Marks that end a phrase: a comma, a semicolon, a dash, the end of a sentence. */
const PHRASE_ENDS = new Set([',', ';', ':', ...DASHES, ...END_PUNCT]);

/** The words of the sentence's last attribution so far (with `all`, of each of its attributions so far), when they run
 *  past offset `at`, end there (a later attribution or clause starts there). */
function endContentAt(found: Found[], text: string, s: Sentence, at: number, all: boolean): void {
  // (With `all`, every attribution of the sentence so far: "Supporters said the president had made a strong case for
  // his wife, while ..." ends both.)
  for (let k = found.length - 1; k >= (all ? 0 : found.length - 1) && found[k].cue.start >= s.start; k--) {
    const before = found[k];
    if (!before.quoted && before.cue.end <= before.content.start && before.content.start < at && at < before.content.end) before.content = trimSpan(text, { start: before.content.start, end: at }, TRIM);
  }
}

/** Whether the words of the attribution found last run to token `at` with no finite verb among them: a noun phrase
 *  ("took issue with recent criticism over his understanding of policy"), an infinitive ("wanted to use my voice but
 *  thought I couldn't") or a gerund ("worry about losing their jobs and fear they will ..."), which a finite verb after
 *  `at` cannot continue. */
function nounPhraseContent(found: readonly Found[], tokens: readonly Token[], at: number, cue: number): boolean {
  const last = found[found.length - 1];
  if (!last || last.quoted || last.cue.end > last.content.start || last.content.start >= tokens[at].start || last.content.end <= tokens[at].start) return false;
  // (A finite verb right after the conjunction, adverbs between: not "and in civil suits previously filed", "and
  // assuming"; nor after a clause, "that after these charges".)
  const first = tokenAt(tokens, last.content.start);
  if (/ing$/.test(tokens[cue].lower) || tokens.slice(at + 1, cue).some((x) => x.pos !== 'ADV') || tokens[first].lower === 'that' || tokens[first].pos === 'SCONJ') return false;
  if (!hasVerb(tokens, first, at)) return true;
  // (An infinitive goes on in a base form, "to leave and find a job"; a subject in the words opens a clause of their
  // own, "to tell supporters he was out and ...".)
  if (tokens[cue].lower === tokens[cue].lemma && tokens.slice(first, at).some((x) => x.lower === 'to')) return false;
  for (let k = first; k < at; k++) {
    const x = tokens[k];
    if (x.pos === 'SCONJ' || x.lower === 'that' || SUBJECT_PRONOUNS.has(x.lower)) return false;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !/ing$/.test(x.lower) && tokens[k - 1]?.lower !== 'to') return false;
  }
  return true;
}

/** The speaker of the attribution found last in sentence `s` before token `at`, as a source span. */
function attributionBefore(found: readonly Found[], tokens: readonly Token[], text: string, s: Sentence, at: number) {
  // (Not a view owned in a noun phrase, "Trump's claim that ...": its owner is no clause's subject.)
  let n = found.length - 1;
  while (n >= 0 && found[n].rule === 'claims:owned-view' && found[n].cue.start >= s.start) n--;
  let last = found[n];
  // ('Clinton suggested that ... - "...," she said - and charged that ...': not one set off by dashes.)
  if (last && DASHES.has(tokens[tokenAt(tokens, last.cue.end - 1) + 1]?.value ?? '')) last = found[n - 1];
  // (Nor one in brackets closed since: '“rapists” (although he allowed that ...) and promised'.)
  else if (last && /^[^(]*\)/.test(text.slice(last.cue.end, tokens[at].start))) last = found[n - 1];
  if (!last || !last.source || last.cue.start < s.start || last.cue.end > tokens[at].start) return null;
  const first = tokenAt(tokens, last.source.start);
  const end = tokenAt(tokens, last.source.end - 1) + 1;
  return first >= s.firstToken ? { span: last.source, first, last: end } : null;
}

/** "heavyweights — who will appear before the convention to question ...": the relative pronoun of the clause the
 *  infinitive is in (no comma between) is its subject, not the sentence's; not when a clause with a subject of its
 *  own comes between ("Rosa, who said Gonzalez would prefer not to talk"). */
function relativeSubject(tokens: readonly Token[], s: Sentence, to: number): SourceSpan | null {
  for (let k = to - 1; k >= s.firstToken; k--) {
    if (tokens[k].value === ',' || tokens[k].value === ';' || END_PUNCT.has(tokens[k].value)) return null;
    if (tokens[k].lower === 'who') return { span: tokenSpan(tokens, k, k + 1), first: k, last: k + 1 };
    if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && HEAD_POS.has(tokens[k - 1]?.pos ?? '') && tokens[k - 1].lower !== 'who') return null;
  }
  return null;
}

/** "Cruz called them on it:", "Sanders delivered a snappy retort:" and a quotation right after the colon: a sentence in
 *  which no cue was found before the colon announces the quotation after it with a verb of its own, whose subject is
 *  a person, body or group; the cue runs from that verb (the last before the colon) to the colon, the words are the
 *  quotation. ("For example:", "Here they are:" have no such verb and subject.) */
function announcedQuotation(doc: Document, s: Sentence, out: Found[], from: number): void {
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  let colon = s.firstToken + 1;
  while (colon < s.lastToken && !(tokens[colon].value === ':' && OPEN_QUOTES.has(tokens[colon + 1]?.value ?? ''))) colon++;
  if (colon >= s.lastToken || out.slice(from).some((f) => f.cue.start < tokens[colon].end)) return;
  const open = tokens[colon + 1];
  let verb = colon - 1;
  while (verb > s.firstToken && (tokens[verb].pos !== 'VERB' || capitalVerb(tokens[verb]))) verb--;
  if (verb <= s.firstToken) return;
  const subject = sourceSpan(tokens, verb - 1, s, 'left');
  // (Not the subject of a relative clause: "a headline ..., which hits liberals where they live:".)
  if (!subject || RELATIVE_WORDS.has(tokens[subject.first - 1]?.lower ?? '') || !isAgent(doc, subject.span, subject.last)) return;
  const end = quotationEnd(text, open.start);
  if (end < 0) return;
  out.push({ source: subject.span, cue: tokenSpan(tokens, verb, colon + 1), content: trimSpan(text, { start: open.start, end }, ' \t\r\n'), quoted: true, rule: 'claims:announced-quotation' });
}

/** The noun phrase before the first verb of the sentence (of its main clause when the cue at `cue` is in it). */
function subjectOf(tokens: readonly Token[], s: Sentence, cue: number) {
  let k = s.firstToken;
  // ("But as the craze died, Coleco failed ... and filed": a clause that opens the sentence has a subject of its own;
  // the sentence's comes after its comma, when the cue does.)
  const opener = tokens[k]?.pos === 'CCONJ' ? k + 1 : k;
  // (The tagger reads some of the words that open it as adverbs or prepositions: "As", "After".)
  if (tokens[opener]?.pos === 'SCONJ' || CLAUSE_OPENING.has(tokens[opener]?.lower ?? '')) {
    let c = opener + 1;
    while (c < Math.min(s.lastToken, opener + 20) && tokens[c].value !== ',') c++;
    if (tokens[c]?.value === ',' && c < cue && hasVerb(tokens, opener + 1, c)) k = c + 1;
  }
  // "state-owned", "well-known": a verb joined by a hyphen is part of a modifier.
  const joined = (j: number) => j > s.firstToken && tokens[j - 1].value === '-' && tokens[j - 1].end === tokens[j].start;
  // ("Sen. Ted Cruz weighed in": a capitalized "verb" inside a name is part of it.)
  const inName = (j: number) => capitalVerb(tokens[j]) && (tokens[j + 1]?.pos === 'PROPN' || (j > s.firstToken && tokens[j - 1].pos === 'PROPN'));
  while (k < s.lastToken && ((tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX') || joined(k) || inName(k))) k++;
  // ("House Democrats, looking for a way to shake up the debate, seized the floor and said": a participle's phrase set
  // off by commas after the subject.)
  // ("Trump's director, Mike Rubino, reached out": a past verb after an appositive is the subject's own; "pressed by
  // reporters" is a participle.)
  if (k - 2 > s.firstToken && tokens[k - 1].value === ',' && tokens[k].pos === 'VERB' && (ENDS_ING.test(tokens[k].lower) || (ENDS_ED.test(tokens[k].lower) && tokens[k + 1]?.lower === 'by'))) {
    let c = k + 1;
    while (c < Math.min(s.lastToken, k + 25) && tokens[c].value !== ',') c++;
    // (The sentence's subject: not one of a clause before it, "But even after Clinton, responding to ..., agreed to").
    const subject = tokens[c]?.value === ',' && c < s.lastToken && (tokens[c + 1]?.pos === 'VERB' || tokens[c + 1]?.pos === 'AUX') ? sourceSpan(tokens, k - 2, s, 'left') : null;
    if (subject && (subject.first === s.firstToken || (subject.first === s.firstToken + 1 && tokens[s.firstToken].pos === 'CCONJ'))) return subject;
  }
  return k > s.firstToken && k < s.lastToken ? sourceSpan(tokens, k - 1, s, 'left') : null;
}

/** 'it "a grave mistake' -> 'it "a grave mistake."': a quotation opened in the content and closed right after it (after
 *  the sentence's last punctuation mark) closes in it. */
function withClosingQuote(text: string, span: Span): Span & { text: string } {
  const open = quoteOpen(text.slice(span.start, span.end));
  const close = open ? /^[.,!?]?["”]/.exec(text.slice(span.end, span.end + 2)) : null;
  return textSpan(text, span.start, close ? span.end + close[0].length : span.end);
}

/** Content before a cue: the quote that closes at `closeAt` (maybe opened sentences earlier), or the sentence so far. */
function contentBefore(doc: Document, s: Sentence, lastIndex: number, clause = false): { span: Span; quoted: boolean } | null {
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  let k = lastIndex;
  while (k > s.firstToken && (tokens[k].value === ',' || tokens[k].value === '—')) k--;
  // "...missing.” Trump said.": the quote closed at the end of the sentence before.
  if (lastIndex < s.firstToken || (k === s.firstToken - 1)) {
    const prevEnd = text.slice(0, s.start).trimEnd();
    if (/[”"]$/.test(prevEnd)) {
      const open = openingQuote(text, prevEnd.length - 1, Math.max(0, s.start - 3000));
      if (open >= 0) return { span: { start: open, end: prevEnd.length }, quoted: true };
    }
    return null;
  }
  if (CLOSE_QUOTES.has(tokens[k].value) || (k + 1 <= lastIndex && CLOSE_QUOTES.has(tokens[k + 1]?.value))) {
    const closeToken = CLOSE_QUOTES.has(tokens[k].value) ? k : k + 1;
    const floor = doc.sentences![Math.max(0, s.firstToken > 0 ? tokens[s.firstToken].sentence - 4 : 0)].start;
    const open = openingQuote(text, tokens[closeToken].start, floor);
    // "supporters can “take their frustrations,” Sexton said": a quotation inside the sentence's clause; the clause
    // is the content.
    // ('... was unserious - "Again, ...," she said': not a quotation set off by a dash or a colon.)
    const inside = open > s.start && /\p{L}/u.test(text.slice(s.start, open)) && !/[-—–:]\s*$/.test(text.slice(s.start, open));
    if (open >= 0) return { span: { start: inside ? s.start : open, end: tokens[closeToken].end }, quoted: true };
  }
  // ("Sorry, Sanders said.", "Absolutely not, he said.": short words too, when not a clause.)
  if (clause && k - s.firstToken < 2) return null;
  // With `clause`, what comes before must be reported words, a clause: not an adverbial ("In debate after debate, Mr.
  // Bush questioned ...", "As for the campaign, she showed ...") nor a subordinate clause ("Because the companies rely
  // on users, they ...").
  // Nor a participle phrase ("Courted by most of the candidates, Adelson said ...") or an adverb's ("Just days before
  // it was to report, the company said ...").
  // ("But even after the growth cooled, ...", "But because he had spent time in detention, ...": after a conjunction.)
  let lead = s.firstToken;
  while (lead < k && tokens[lead].pos === 'CCONJ') lead++;
  // (A number's modifier opens a subject: "At least 82 were killed", "Nearly 100 people died", "Up to 20 were hurt".)
  const counted = tokens[lead + 1]?.pos === 'NUM' || (tokens[lead + 2]?.pos === 'NUM' && ['least', 'most', 'than', 'to'].includes(tokens[lead + 1]?.lower ?? ''));
  // (A gerund with no comma after its phrase is the subject: "But ignoring the progress of the Obama era also carries
  // risks, as Clinton supporters point out".)
  const participle = tokens[lead].pos === 'VERB' && (/ed$/.test(tokens[lead].lower) || (/ing$/.test(tokens[lead].lower) && tokens.slice(lead, k).some((x) => x.value === ',')));
  if (clause && ((['ADP', 'SCONJ', 'ADV', 'PART'].includes(tokens[lead].pos) && !counted) || CLAUSE_OPENING.has(tokens[lead].lower) || participle || !hasVerb(tokens, s.firstToken, k + 1))) return null;
  return { span: trimSpan(text, { start: tokens[s.firstToken].start, end: tokens[k].end }, TRIM), quoted: false };
}

export const claims: Stage = {
  name: 'claims',
  requires: ['tokens', 'sentences', 'entities', 'dates'],
  provides: ['claims'],
  run(doc: Document): Partial<Document> {
    const cues = cueWords(doc.options.lexicons);
    const found: Found[] = [];
    const dateEnds = new Map((doc.dates ?? []).map((d) => [d.start, d.end]));
    // (The anonymity clauses found, as spans: a speaker that holds one is anonymous.)
    const granted: Span[] = [];
    for (const s of doc.sentences!) {
      const before = found.length;
      findInSentence(doc, s, cues, dateEnds, found, granted);
      announcedQuotation(doc, s, found, before);
    }
    signedPosts(doc, found);
    headlines(doc, cues, found);
    issuedTexts(doc, cues, found);
    const text = doc.text;
    const out: Claim[] = [];
    const seen = new Set<string>();
    const quotations = quotedRegions(doc);
    for (const f of found) {
      if (!settleFound(doc, cues, f)) continue;
      // “I think she will,” Gillibrand replied: a cue inside a quotation is part of the quoted words, not a claim.
      if (insideAny(quotations, f.cue)) continue;
      const id = stableId('claim', doc.meta.id, f.cue.start, f.content.start);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(claimOf(doc, f, id, granted));
    }
    if (out.length > 0) documentAuthors(doc, [...out].sort((a, b) => a.cue.start - b.cue.start));
    if (out.length > 1) relativeSpeakers(doc.text, out);
    // "Li assured that firms would be treated fairly, Xinhua reported": the words after the inner cue end where the
    // outer claim's words do, before its speaker (each content held the other's cue).
    // (Only claims whose words come before their cue can be such an outer one.)
    const reported = spanIndex(out.filter((c) => c.speaker && c.content.end <= c.cue.start), (c) => c.content);
    for (const c of reported.length > 0 ? out : []) {
      for (const p of overlapping(reported, c.cue)) {
        const outer = p.item;
        if (outer === c || !outer.speaker || !contains(outer.content, c.cue) || !contains(c.content, outer.cue) || outer.cue.start < c.cue.start || outer.content.end >= c.content.end) continue;
        // (Only where a comma sets the outer speaker off: ", Xinhua reported".)
        // (And only where words are left: not "by demonstrating his GOP backing, sources said", whose "backing" has none.)
        if (!/,\s*$/.test(text.slice(outer.content.end, outer.speaker.start)) || outer.content.end <= c.content.start) continue;
        c.content = textSpan(text, c.content.start, outer.content.end);
      }
    }
    // "Democrats who criticized the bill said it went too far": the words of a relative clause's cue inside another
    // claim's speaker end with that speaker.
    const relatives = out.filter((c) => c.speaker && /(?:^|\s)who$/.test(c.speaker.text));
    const speakers = relatives.length > 0 ? spanIndex(out.filter((c) => c.speaker), (c) => c.speaker!) : [];
    for (const c of relatives) {
      for (const p of overlapping(speakers, c.cue)) {
        const outer = p.item;
        if (outer === c || !contains(outer.speaker!, c.speaker!) || !contains(outer.speaker!, c.cue) || !contains(c.content, outer.cue) || c.content.start >= outer.speaker!.end) continue;
        c.content = textSpan(text, c.content.start, outer.speaker!.end);
      }
    }
    // Nested attribution: a claim whose cue sits inside another claim's content (the narrowest such content; the
    // first claim found of those as narrow).
    const nest = () => {
      const contents = spanIndex(out, (c) => c.content);
      for (const c of out) {
        let parent: (typeof contents)[number] | undefined;
        for (const p of overlapping(contents, c.cue)) {
          if (p.item === c || !contains(p, c.cue)) continue;
          const [length, best] = [p.end - p.start, parent ? parent.end - parent.start : Infinity];
          if (length < best || (length === best && p.order < parent!.order)) parent = p;
        }
        c.parentId = parent?.item.id ?? null;
      }
    };
    nest();
    // ("After Hewitt suggested that Trump meant that ... could emerge, Trump contradicted him": the words of a claim
    // nested in another's end where the outer words end at a comma, outside quotation marks; then the claims nest anew.)
    const byParent = new Map(out.map((c) => [c.id, c]));
    let clipped = false;
    for (const c of out) {
      const outer = c.parentId ? byParent.get(c.parentId)!.content : undefined;
      if (!outer || c.content.start <= outer.start || c.content.start >= outer.end || c.content.end <= outer.end) continue;
      if (!/^\s*,/.test(text.slice(outer.end, outer.end + 3)) || quoteOpen(text.slice(c.content.start, outer.end))) continue;
      c.content = textSpan(text, c.content.start, outer.end);
      clipped = true;
    }
    if (clipped) nest();
    // "He said he plans to run", "Trump said Trump supports ...": what a speaker reports of their own plans, views or
    // support is the claim they make, not a second one (PolNeAR marks the outer one; a cue of speech still counts;
    // a request only when the speaker's own).
    const byId = new Map(out.map((c) => [c.id, c]));
    const partOfParent = (c: Claim): boolean => {
      const parent = c.parentId ? byId.get(c.parentId) : undefined;
      if (!parent) return false;
      // (A participle goes with the outer cue's sentence, not inside its content: "said ..., calling for a revolution".)
      const kind = cueKind(doc.tokens!, cues, c.cue.start);
      // What a poll's respondents said is the poll's finding ("A Bloomberg poll in June showed that 72 percent of voters
      // said it bothered them", "In a CNN/ORC poll, 38 percent of voters said ..."): PolNeAR marks the poll's claim
      // alone. (Respondents: a share of people or a group of them, not a person the poll quotes.)
      if (parent.speaker && c.speaker && cues.polls.has(doc.tokens![tokenAt(doc.tokens!, parent.speaker.end - 1)].lower) && respondents(doc.tokens!, cues, c.speaker)) return true;
      // ("which he called “a cartel for higher education”": a name in quotation marks is the speaker's own claim; "what
      // he calls the dispossessed" is part of the words around it.)
      if (naming(doc.tokens!, cues, c.cue.start) && /[“"]|''/.test(c.content.text) && !/\bwhat\s+\S+\s*$/i.test(text.slice(Math.max(0, c.cue.start - 20), c.cue.start))) return false;
      if (kind === 'speech' || /^\S+ing(?:\s|$)/i.test(c.cue.text)) return false;
      // (Nor one in brackets inside the words, the writer's aside: 'called them “rapists” (although he allowed that some
      // might be good people)'.)
      const lead = text.slice(Math.max(parent.content.start, c.cue.start - 300), c.cue.start);
      if (bracketOpen(lead)) return false;
      // (Nor a relative clause's view of the one word that stands for its object: "the alt-right — which Clinton denounced
      // Thursday —", "this is all we thought about"; not a question's, "unsure whom they'd support".)
      if (c.rule === 'claims:relative-object' && !/\s/.test(c.content.text) && !CLAUSE_HEADS.has(doc.tokens![tokenAt(doc.tokens!, c.content.start) - 1]?.pos ?? '')) return false;
      // Anyone's beliefs, stances or findings inside reported words are part of them ("Sexton said he's unconvinced
      // that Trump believes ...", "He said polls show ..."): PolNeAR marks them as one claim.
      if (kind === 'belief' || kind === 'stance' || kind === 'report') return true;
      if (!c.speaker || !parent.speaker) return false;
      // (The same entity only when it heads the outer speaker: "China-United States trade negotiations" is not China.)
      const headed = /(?:^|\s)[A-Z][^\s]*$/.test(parent.speaker.text);
      // ("he" after a person, "they" after a group: "Premier Li assured that they are open to" speaks of others.)
      const pronoun = /^(?:he|she|i)$/i.test(c.speaker.text) || (/^(?:they|we)$/i.test(c.speaker.text) && parent.speaker.kind === 'group');
      return pronoun || c.speaker.text === parent.speaker.text || (headed && c.speaker.entityId !== null && c.speaker.entityId === parent.speaker.entityId);
    };
    const dropped = new Set(out.filter(partOfParent).map((c) => c.id));
    // “Quiet,” he demanded, as Bush continued to interject: the same words reported by two cues are one claim, the
    // nearest cue's.
    const distance = (c: Claim) => c.cue.start >= c.content.end ? c.cue.start - c.content.end : Math.max(0, c.content.start - c.cue.end);
    const byContent = new Map<string, Claim>();
    // ("The central bank is expected to raise rates, economists said": a speaker named beats none; "Zelenskiy said in
    // his nightly video address that ...": a cue inside the phrase before the other's words is part of it.)
    const gap = (a: Claim, b: Claim) => a.cue.end <= b.cue.start && b.cue.end <= a.content.start && !!b.speaker && b.speaker.start > a.cue.end && doc.tokens![tokenAt(doc.tokens!, b.speaker.start) - 1]?.pos === 'ADP';
    for (const c of out) {
      // (A claim already dropped as part of its parent takes no other with it.)
      if (dropped.has(c.id)) continue;
      const key = `${c.content.start}:${c.content.end}`;
      const other = byContent.get(key);
      if (!other) { byContent.set(key, c); continue; }
      // (A verb's claim beats a noun's it governs: "He stressed several times his view that ...".)
      const noun = (x: Claim) => x.rule === 'claims:owned-view';
      const [keep, drop] = !c.speaker !== !other.speaker ? (c.speaker ? [c, other] : [other, c]) : noun(c) !== noun(other) ? (noun(c) ? [other, c] : [c, other]) : gap(c, other) ? [c, other] : gap(other, c) ? [other, c] : distance(c) < distance(other) ? [c, other] : [other, c];
      dropped.add(drop.id);
      byContent.set(key, keep);
    }
    const kept = out.filter((c) => !dropped.has(c.id));
    // A claim nested in a dropped one hangs on the nearest claim kept above it.
    // (Never itself: a chain of dropped claims that leads back to the claim ends it; so does one that loops among
    // dropped claims, each the other's parent.)
    for (const c of kept) {
      let parentId = c.parentId;
      let passed: Set<string> | undefined;
      while (parentId !== null && dropped.has(parentId)) {
        if ((passed ??= new Set()).has(parentId)) { parentId = null; break; }
        passed.add(parentId);
        parentId = byId.get(parentId)!.parentId;
      }
      c.parentId = parentId === c.id ? null : parentId;
    }
    breakCycles(kept, byId);
    kept.sort((a, b) => a.cue.start - b.cue.start);
    return { claims: kept };
  },
};

/** A found claim made final, in place: its words clear of a wire dateline and of a bracket that closes after its cue,
 *  its cue with the particle or preposition the verb takes, its words before a concession. False when no words are
 *  left, or only a date. */
function settleFound(doc: Document, cues: CueWords, f: Found): boolean {
  const text = doc.text;
  const tokens = doc.tokens!;
  // "KYIV, Ukraine (AP) — Russian drones pounded ..., officials said": the wire dateline is no part of the words.
  const wire = doc.ingest?.wire?.span;
  if (wire && f.content.start < wire.end && f.content.end > wire.end) f.content = { start: wire.end, end: f.content.end };
  // ("The Kremlin did not immediately comment, but the ministry said ...", "He did not respond, though his aides said
  // ...": after a comma, a conjunction opens another clause, no words of the cue's.)
  if (!f.quoted && f.content.start >= f.cue.end && /^\s*,\s*$/.test(text.slice(f.cue.end, f.content.start))) {
    const opener = tokens[tokenAt(tokens, f.content.start)];
    if (opener && OTHER_CLAUSE.has(opener.lower)) return false;
  }
  // "(although he allowed that some might be good people)": words after a cue in brackets end at the closing one.
  if (f.content.start >= f.cue.end) {
    const lead = text.slice(doc.sentences![tokens[tokenAt(tokens, f.cue.start)].sentence].start, f.cue.start);
    const close = bracketOpen(lead) ? text.indexOf(')', f.cue.end) : -1;
    if (close > f.content.start && close < f.content.end) f.content = trimSpan(text, { start: f.content.start, end: close }, TRIM);
    // ("(pun intended) and repeat": the bracket closes before any words.)
    else if (close >= 0 && close <= f.content.start) return false;
  }
  // "pointed out that ...", "talked up his plans": a particle that keeps the cue's sense is part of the cue.
  const after = tokens[tokenAt(tokens, f.cue.end)];
  const cueToken = tokens[tokenAt(tokens, f.cue.start)];
  if (after && f.cue.end <= after.start && (after.end <= f.content.start || (after.start === f.content.start && f.content.end > after.end)) && cues.particles.get(cueToken.lemma)?.has(after.lower)) {
    f.cue = { start: f.cue.start, end: after.end };
    if (f.content.start === after.start) f.content = trimSpan(text, { start: after.end, end: f.content.end }, TRIM);
  }
  // "talked about the economy", "called for a ban", "railed against Wall Street", "pointed to the polls": the
  // preposition the verb takes is part of the cue, as PolNeAR marks it (not the infinitive's "to": "wants to run").
  // ("spoke briefly of his friendship", "speak more loudly about": adverbs between the verb and its preposition too.)
  const opening = tokenAt(tokens, f.cue.end);
  let at = opening;
  if (tokens[opening]?.start === f.content.start) while (tokens[at]?.pos === 'ADV' && at - opening < 3) at++;
  if (at > opening && !(tokens[at]?.pos === 'ADP' && CUE_PREPOSITIONS.has(tokens[at].lower))) at = opening;
  const prep = tokens[at];
  const raising = RAISING.has(cueToken.lemma);
  if (prep && tokens[opening].start === f.content.start && (prep.pos === 'ADP' || raising) && CUE_PREPOSITIONS.has(prep.lower) && /^\s*$/.test(text.slice(f.cue.end, tokens[opening].start))) {
    const next = tokens[tokenAt(tokens, prep.end)];
    // (Nor after "say": "said about the plan" says something of it, the whole is the words. But "seemed to blame",
    // "appearing to rely": the "to" of a verb of seeming is the cue's.)
    if (next && next.start < f.content.end && (prep.lower !== 'to' || NP_START.has(next.pos) || raising) && cueToken.lemma !== 'say' && !NOT_AFTER_PREPOSITION.has(next.lower)) {
      f.cue = { start: f.cue.start, end: prep.end };
      f.content = trimSpan(text, { start: prep.end, end: f.content.end }, TRIM);
    }
  }
  // "denied the account, although he did keep up ...", "refuses to back Ryan, even though ...", "denied it, with
  // Lewandowski taking to Twitter ...": a concession or an absolute phrase after words with no clause of their own
  // qualifies the attribution, not the words.
  if (!f.quoted && f.content.start >= f.cue.end) f.content = beforeConcession(tokens, text, f.content);
  // ("State business leaders decried it": "it" is enough for a stance.)
  if (f.content.end - f.content.start < (cueKind(tokens, cues, f.cue.start) === 'stance' ? 2 : 3) || !/[\p{L}\p{N}]/u.test(text.slice(f.content.start, f.content.end))) return false;
  // "released on Wednesday", "proposed two months ago": a date alone is when, not what.
  if (onlyDate(doc, f.content)) return false;
  return true;
}

/** The claim of a found one: its speaker, its date, its words with a closing quotation mark. */
function claimOf(doc: Document, f: Found, id: string, granted: readonly Span[]): Claim {
  const text = doc.text;
  const entities = doc.entities ?? [];
  const source = f.source && withOwnerBeforePlace(doc, withoutLeadingDate(doc, f.source));
  // (Within the cue's sentence: not '“...,” Sanders said. In a document published Thursday, ...'.)
  const sentenceEnd = doc.sentences![doc.tokens![tokenAt(doc.tokens!, f.cue.start)].sentence].end;
  const between = region(f, sentenceEnd);
  // ('“A,” Trump said Friday. “B.”': words that run on past their cue hold the attribution; a date after its start
  // with no quotation mark before it is the attribution's, not the words'.)
  const opens = Math.min(f.source?.start ?? f.cue.start, f.cue.start);
  const aside = (d: Span) => f.content.start < opens && f.content.end > f.cue.end && d.start >= opens && !/[“”"]|''/.test(text.slice(opens, d.start));
  const date = overlapping(doc.dates ?? [], between).find((d) => contains(between, d) && (!overlaps(d, f.content) || aside(d))) ?? (source ? dateBefore(doc, source) : undefined);
  return {
    id,
    speaker: source && speakerOf(doc, source, entities as Entity[], granted.some((g) => overlaps(g, source))),
    cue: textSpan(text, f.cue.start, f.cue.end),
    content: withFragments(text, withClosingQuote(text, f.content), f),
    parentId: null,
    dateId: date?.id ?? null,
    quoted: f.quoted,
    rule: f.rule,
  };
}

// What may stand between a piece of the words and their attribution: "the 1920 election, we might recall, was".
const ASIDE_MARKS = ' \t\r\n,;—–-';

/** The content with its pieces when its own attribution, speaker and cue, stands inside it: '"A," Yellen said on
 *  Friday. "B."' gives '"A,"' and '"B."'; "the 1920 election, we might recall, was a blow-out" gives "the 1920
 *  election" and "was a blow-out". Within a quotation the second piece opens at the next quotation mark. */
function withFragments(text: string, content: Claim['content'], f: Found): Claim['content'] {
  // (Words with no speaker hold their cue: "It is also being criticized because ..." is one piece.)
  if (!f.source) return content;
  const opens = Math.min(f.source.start, f.cue.start);
  const closes = Math.max(f.source.end, f.cue.end);
  if (!(content.start < opens && closes < content.end)) return content;
  let left = opens;
  while (left > content.start && ASIDE_MARKS.includes(text[left - 1])) left--;
  let right = closes;
  const reopen = f.quoted ? /["“]|''|``/.exec(text.slice(closes, content.end)) : null;
  if (reopen && !text.slice(closes, closes + reopen.index).includes('”')) right = closes + reopen.index;
  else while (right < content.end && ASIDE_MARKS.includes(text[right])) right++;
  const pieces = [textSpan(text, content.start, left), textSpan(text, right, content.end)];
  if (pieces.some((p) => !/[\p{L}\p{N}]/u.test(p.text))) return content;
  return { ...content, fragments: pieces };
}

/** Two claims whose contents each hold the other's cue ("Castro called Munero -- who reportedly drove a taxi"; "A, he
 *  said, B" read both ways) would be each other's parent: in each such loop the claim with the widest content is the
 *  outer one and has no parent. (`byId` holds every claim found; the parents of kept claims are kept ones.) */
function breakCycles(claims: Claim[], byId: ReadonlyMap<string, Claim>): void {
  // Each claim is walked once: a walk stops at a claim an earlier walk finished (1 on the walk now, 2 done), so a
  // chain of thousands of nested claims costs its length, not its square.
  const state = new Map<Claim, 1 | 2>();
  const width = (x: Claim) => x.content.end - x.content.start;
  for (const c of claims) {
    const path: Claim[] = [];
    let at: Claim | undefined = c;
    while (at && !state.has(at)) {
      state.set(at, 1);
      path.push(at);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
    if (at && state.get(at) === 1) {
      const loop = path.slice(path.indexOf(at));
      loop.reduce((a, b) => (width(b) > width(a) || (width(b) === width(a) && b.cue.start < a.cue.start) ? b : a)).parentId = null;
    }
    for (const p of path) state.set(p, 2);
  }
}

/** The kind of the cue word at an offset (speech, belief, stance, ...), as the lexicon lists its lemma or form. */
function cueKind(tokens: readonly Token[], cues: CueWords, at: number): string | undefined {
  const cue = tokens[tokenAt(tokens, at)];
  return cues.words.get(cue.lemma)?.kind ?? cues.words.get(cue.lower)?.kind;
}

/** Whether a speaker is a poll's respondents or a share of them: a number or one of the lexicon's words in it ("72 percent
 *  of voters", "42% of Ohioans", "a majority of registered Ohio voters"); not a document nor a pronoun. */
function respondents(tokens: readonly Token[], cues: CueWords, speaker: Claim['speaker'] & object): boolean {
  if (speaker.kind === 'document' || speaker.kind === 'pronoun') return false;
  // (Before any comma: "Priebus, in the wake of a new poll showing Trump's standing down to 14 percent, told ...".)
  for (let k = tokenAt(tokens, speaker.start); k < tokens.length && tokens[k].start < speaker.end && tokens[k].value !== ','; k++) {
    if (tokens[k].pos === 'NUM' || cues.respondents.has(tokens[k].lower)) return true;
  }
  return false;
}

/** The cue at `at` is a request verb without its word of request, naming: "which he called “a cartel”", not "called for". */
function naming(tokens: readonly Token[], cues: CueWords, at: number): boolean {
  const k = tokenAt(tokens, at);
  const requestWith = cues.requestWith.get(tokens[k].lemma);
  return !!requestWith && !requestWith.has(tokens[k + 1]?.lower ?? '');
}

/** Whether a span holds nothing but dates and the prepositions, articles and punctuation around them. */
function onlyDate(doc: Document, span: Span): boolean {
  const tokens = doc.tokens!;
  const dates = overlapping(doc.dates ?? [], span);
  if (dates.length === 0) return false;
  for (let k = tokenAt(tokens, span.start); k < tokens.length && tokens[k].start < span.end; k++) {
    const t = tokens[k];
    if (!['ADP', 'DET', 'PUNCT'].includes(t.pos) && !dates.some((d) => t.start >= d.start && t.end <= d.end)) return false;
  }
  return true;
}

/** A headline in title case that names who says or does what to whom: "Ted Cruz Hints Trump Would Get Border Wall
 *  Contract", "France’s Marine Le Pen Backs Trump And Denounces Clinton", "Why Republicans Won’t Renounce Trump." (the
 *  title, with its period, opening the text). The tagger reads the capitalized cue as a name; the words before it
 *  (past auxiliaries and adverbs: "Won’t", "Just", "Does Not") are the source, those after it the content. */
function headlines(doc: Document, cues: CueWords, out: Found[]): void {
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  // (Not where the sentence already holds an attribution: "Emails Reveal Hillary Aide ...".)
  const claimed = new Set(out.map((f) => tokens[tokenAt(tokens, f.cue.start)]?.sentence));
  for (const [index, s] of doc.sentences!.entries()) {
    if (claimed.has(index)) continue;
    // (Most sentences show two words in lower case among their first eight: no headline.)
    let lower = 0;
    for (let k = s.firstToken; k < Math.min(s.lastToken, s.firstToken + 8) && lower < 2; k++) if (lowerAt(tokens[k].value, 0)) lower++;
    if (lower >= 2) continue;
    const raw = text.slice(s.start, s.end);
    const opening = s.firstToken === 0 || /\n\s*$/.test(text.slice(Math.max(0, s.start - 4), s.start));
    if (!isTitleCase(tokens, s, opening ? raw.replace(/\.$/, '') : raw)) continue;
    for (let k = s.firstToken + 1; k + 1 < s.lastToken; k++) {
      const t = tokens[k];
      if (!upperAt(t.value, 0)) continue;
      // (A noun before a verb is the subject's: "The Republican Tax Plans Would All Cost A Fortune".)
      if (!headlineCue(cues, t) || ['AUX', 'VERB'].includes(tokens[k + 1].pos)) continue;
      let last = k;
      while (last > s.firstToken && (tokens[last - 1].pos === 'AUX' || tokens[last - 1].pos === 'ADV' || NEGATIONS.has(tokens[last - 1].lower))) last--;
      // The source: the capitalized words right before ("...February 6, 2016 9:09PM Ted Cruz Hints": Ted Cruz; "BUSTED:
      // Emails ...", "Why Republicans ...": not the label or question word).
      let first = last;
      while (first > s.firstToken && (upperAt(tokens[first - 1].value, 0) || isPossessiveS(tokens[first - 1]) || QUOTE_MARKS.has(tokens[first - 1].value)) && !hasDigit(tokens[first - 1].value) && !QUESTION_WORDS.has(tokens[first - 1].lower)) first--;
      let end = last;
      while (first < end && QUOTE_MARKS.has(tokens[first].value)) first++;
      while (end > first && QUOTE_MARKS.has(tokens[end - 1].value)) end--;
      const source = tokens.slice(first, end);
      // (Names, possessives, numbers: "France’s Marine Le Pen", "The National Review Crowd"; the tagger may read a
      // first name as a verb, "Ted Cruz". Not "Trump Booed After Telling ...".)
      if (source.length === 0 || !source.some((x) => x.pos === 'PROPN' || x.pos === 'NUM') || source.some((x, j) => x.pos === 'ADP' || (HEADLINE_WORDS.has(x.lower) && !(j === 0 && ARTICLES.has(x.lower))))) break;
      const close = END_PUNCT.has(tokens[s.lastToken - 1].value) ? s.lastToken - 1 : s.lastToken;
      if (close <= k + 1) break;
      out.push({ source: tokenSpan(tokens, first, end), cue: tokenSpan(tokens, last, k + 1), content: tokenSpan(tokens, k + 1, close), quoted: false, rule: 'claims:headline' });
      break;
    }
  }
}
/** Words with no clause of their own (no "that", no verb but an infinitive or a participle in -ing) end before a
 *  concession or an absolute phrase set off by a comma (see run). */
function beforeConcession(tokens: readonly Token[], text: string, content: Span): Span {
  const first = tokenAt(tokens, content.start);
  if (tokens[first]?.lower === 'that') return content;
  for (let k = first; k + 2 < tokens.length && tokens[k + 1].end <= content.end; k++) {
    // (A verb of a clause: "said Mr. McAlpine resigned to pursue a consulting career, with Magna as one of his clients".)
    if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && tokens[k - 1]?.lower !== 'to' && !/ing$/.test(tokens[k].lower))) return content;
    if (tokens[k].value !== ',') continue;
    const [a, b] = [tokens[k + 1].lower, tokens[k + 2].lower];
    if (a === 'although' || (a === 'even' && (b === 'though' || b === 'as')) || (a === 'with' && b !== 'whom' && b !== 'which')) return trimSpan(text, { start: content.start, end: tokens[k].start }, TRIM);
  }
  return content;
}

/** The start of the clause a speaker set off by commas stands in, from the conjunction that opens it ("... and Ms.
 *  Warren, she said, ''exposes him''"): -1 when it is an adverbial ("Speaking for Apple Corps, manager Neil Aspinall
 *  said, \" with great respect ...\"", "In a September poll, 75 percent of Republicans said \"most people ...\"") or
 *  one word. `last` is the token before the comma before the speaker. */
function clauseBefore(tokens: readonly Token[], s: Sentence, last: number): number {
  let k = last;
  while (k > s.firstToken && !CLAUSE_CONJUNCTIONS.has(tokens[k - 1].lower)) k--;
  const lead = tokens[k];
  const adverbial = (lead.pos === 'ADP' || lead.pos === 'SCONJ' || (lead.pos === 'VERB' && /ing$/.test(lead.lower))) && !CONDITIONS.has(lead.lower);
  return k < last && !adverbial ? lead.start : -1;
}

// Conjunctions that join clauses.
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'or']);
// Conjunctions that open another clause after a comma: "did not comment, but ...", "did not respond, though ...".
const OTHER_CLAUSE = new Set([...CLAUSE_CONJUNCTIONS, 'though', 'although', 'yet', 'while', 'whereas']);
// Prepositions a cue verb takes before its content ("talked about", "called for", "pointed to", "spoke of").
const CUE_PREPOSITIONS = new Set(['about', 'for', 'against', 'on', 'over', 'at', 'to', 'of']);
// ("reported at least 20 victims", "thought for sure": a preposition that opens an adverb is none of the verb's.)
const NOT_AFTER_PREPOSITION = new Set(['least', 'most', 'sure', 'example', 'instance']);
// What opens the noun phrase after a preposition "to" (not a verb's infinitive nor a quotation: 'vows to “end ...”').
const NP_START = new Set([...NP_WORDS, 'PRON']);
// (Headlines set names and titles in single quotes too: "‘Time’ Just Announced ...".)
const QUOTE_MARKS = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES, '‘', '’', "'"]);
const QUESTION_WORDS = new Set(['why', 'how']);
const NEGATIONS = new Set(['not', "n't", 'n’t']);

/** The kind of a capitalized headline word read as a cue: "Hints" (hint), "Backs" (back), "Announced" (announce). */
function headlineCue(cues: CueWords, t: Token): string | undefined {
  const w = t.lower;
  for (const form of [t.lemma, w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/d$/, ''), w.replace(/ed$/, '')]) {
    const kind = cues.words.get(form)?.kind;
    if (kind && kind !== 'quote') return kind;
  }
  return undefined;
}

/** "Trump issued a statement saying ...", "His office put out a statement saying ...", "she sent an email saying ...",
 *  "the ministry released a report that said ...": a text that speaks as the object of a verb of issuing it (cues.json
 *  issuers) speaks for whoever issued it, as PolNeAR marks it: the issuer is the speaker and the cue runs from the verb
 *  to the text's own verb. The verb's own claim, whose words were the text and what it says, goes. */
function issuedTexts(doc: Document, cues: CueWords, found: Found[]): void {
  const tokens = doc.tokens!;
  const documents = sourceWords(doc.options.lexicons).documents;
  const replaced = new Set<Found>();
  for (const f of found) {
    if (!f.source || f.source.end > f.cue.start) continue;
    const first = tokenAt(tokens, f.source.start);
    let last = tokenAt(tokens, f.source.end - 1);
    // ("a report that said": the relative pronoun is the text's.)
    if ((tokens[last].lower === 'that' || tokens[last].lower === 'which') && last > first) last--;
    // The text: a determiner or possessive, at most two words, its noun ("a statement", "a marketing video").
    if (last - first > 3 || !documents.has(tokens[last].lower) || !(ARTICLES.has(tokens[first].lower) || POSSESSIVE.has(tokens[first].lower) || tokens[first].lower === 'this')) continue;
    // Right before the text's verb, or a short phrase before it ("a statement on Monday saying"; not a participle after
    // a comma, whose speaker the text only shares: "released a statement saying that ..., calling it ...").
    const textVerb = tokenAt(tokens, f.cue.start);
    if (textVerb - last > 5 || tokens.slice(last + 1, textVerb).some((x) => x.value === ',' || x.pos === 'VERB' || x.pos === 'AUX')) continue;
    // Its verb, with a particle ("put out", "sent out").
    let v = first - 1;
    if (v > 0 && (tokens[v].lower === 'out' || tokens[v].lower === 'up') && tokens[v - 1].end < tokens[v].start) v--;
    const verb = tokens[v];
    if (!verb || verb.pos !== 'VERB' || !cues.issuers.has(verb.lemma)) continue;
    // The issuer: the speaker of the verb's own claim, else the agent before it ("has also issued").
    const own = found.find((g) => g !== f && g.source !== null && g.cue.start === verb.start);
    let subject: Span | null = own?.source ?? null;
    if (!subject) {
      const s = doc.sentences![verb.sentence];
      let k = v - 1;
      while (k > s.firstToken && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART')) k--;
      const src = k >= s.firstToken ? sourceSpan(tokens, k, s, 'left') : null;
      subject = src && isAgent(doc, src.span, src.last) ? src.span : null;
    }
    if (!subject) continue;
    f.source = subject;
    f.cue = { start: verb.start, end: f.cue.end };
    f.rule = 'claims:issued-text';
    if (own) replaced.add(own);
  }
  if (replaced.size > 0) found.splice(0, found.length, ...found.filter((g) => !replaced.has(g)));
}

/** An embedded post signed "text — Sahil Kapur (@sahilkapur) September 1, 2016": the text is the author's. */
function signedPosts(doc: Document, out: Found[]): void {
  const text = doc.ingest!.analysisText;
  for (const m of text.matchAll(/[—–]\s+([^\n(—–<>]{2,50}?)\s+\(@\w{1,15}\)/g)) {
    const dash = m.index!;
    const start = Math.max(text.lastIndexOf('\n', dash), text.lastIndexOf('>', dash)) + 1;
    const content = trimSpan(text, { start, end: dash }, ' \t\r\n');
    if (content.end - content.start < 3) continue;
    const name = dash + m[0].indexOf(m[1]);
    out.push({ source: { start: name, end: name + m[1].length }, cue: { start: dash, end: dash + 1 }, content, quoted: false, rule: 'claims:signed-post' });
  }
}

/** Quotations, read from the quotation-mark tokens: “ opens, ” closes, a plain " toggles; a paragraph ends any. */
function quotedRegions(doc: Document): Span[] {
  const tokens = doc.tokens!;
  const text = doc.ingest!.analysisText;
  const out: Span[] = [];
  let open = -1;
  let lastEnd = 0;
  for (const t of tokens) {
    if (open >= 0 && text.slice(lastEnd, t.start).includes('\n')) open = -1;
    lastEnd = t.end;
    const ch = text[t.start];
    if (ch === '“' || (ch === '"' && open < 0)) open = t.start;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      out.push({ start: open, end: t.end });
      open = -1;
    }
  }
  return out;
}

function insideAny(regions: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < regions.length && regions[lo].start < span.start && span.end < regions[lo].end;
}

/** "Monday he said", "late Saturday he announced", "last month Cameron ordered": a date opening the speaker's words
 *  is when, not who (it still dates the claim). Not "a June poll", "Friday's announcement". */
function withoutLeadingDate(doc: Document, span: Span): Span {
  const date = overlapping(doc.dates ?? [], span).find((d) => d.start === span.start && d.end < span.end);
  if (!date) return span;
  const next = doc.tokens![tokenAt(doc.tokens!, date.end)];
  // ("Now the ninth circuit court of appeals has ruled": an article after it too.)
  if (!next || next.start >= span.end || (next.pos !== 'PRON' && next.pos !== 'PROPN' && next.pos !== 'DET') || isPossessiveS(next)) return span;
  return { start: next.start, end: span.end };
}

/** "StatesWest Airlines, Phoenix, Ariz., said", "CAMBREX Corp., Bayonne, N.J., declared": a speaker that is only the
 *  place of the name before it (set off by commas, as business news writes a company's seat) is that name. */
function withOwnerBeforePlace(doc: Document, span: Span): Span {
  const tokens = doc.tokens!;
  const first = tokenAt(tokens, span.start);
  if (tokens[first - 1]?.value !== ',') return span;
  let covered = span.start;
  for (const { entity, mention: m } of mentionsIn(doc.entities ?? [], span)) {
    if (entity.type === 'location' && m.end > covered && /^[\s,]*$/.test(doc.text.slice(covered, Math.max(covered, m.start)))) covered = m.end;
  }
  // (All of it places and the commas between them: "Phoenix, Ariz.".)
  // (A city and its state or country, "Phoenix, Ariz.": a country alone speaks, "In the United Nations, Libya called".)
  if (!/^[\s,.]*$/.test(doc.text.slice(covered, span.end)) || !doc.text.slice(span.start, span.end).includes(',')) return span;
  const owner = sourceSpan(tokens, first - 2, doc.sentences![tokens[first].sentence], 'left');
  if (!owner || !tokens.slice(owner.first, owner.last).some((t) => t.pos === 'PROPN') || overlapping(doc.dates ?? [], owner.span).length > 0) return span;
  return owner.span;
}

/** Whether the noun phrase before token `i` is the object of a preposition ("In a national CNN/ORC poll" before
 *  "released"), not a clause's subject. */
function afterPreposition(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let k = i - 1;
  while (k > s.firstToken && (POLL_WORDS.has(tokens[k].pos) || tokens[k].value === '/' || tokens[k].value === '-')) k--;
  return tokens[k]?.pos === 'ADP' && !CLAUSE_OPENING.has(tokens[k].lower);
}

/** The participle at `i` opens a phrase of a preposition that the sentence's auxiliary follows: "refugees admitted to
 *  the United States have been", "the plan unveiled in March was" (not "officials admitted to reporters that"). */
function reducedRelative(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const adp = tokens[i + 1];
  if (!adp || adp.pos !== 'ADP' || adp.lower === 'that' || adp.lower === 'whether' || adp.lower === 'if' || i + 2 >= s.lastToken) return false;
  const object = sourceSpan(tokens, i + 2, s, 'right');
  if (!object || tokens.slice(object.first + 1, object.last).some((t) => t.pos === 'DET')) return false;
  const verb = tokens[object.last];
  return object.last < s.lastToken && verb.pos === 'AUX' && (tokens[object.last - 1].pos === 'NOUN' || tokens[object.last - 1].pos === 'PROPN');
}

/** "to" and a verb at `k` ("to abolish"), or after an object there ("China and India to control"; the tagger may read
 *  the verb as a noun). */
function objectThenInfinitive(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const object = k < s.lastToken && tokens[k].lower !== 'to' ? sourceSpan(tokens, k, s, 'right') : null;
  // (The phrase may run over "to", which the tagger reads as a particle.)
  let to = k;
  if (object) for (to = object.first + 1; to < object.last && tokens[to].lower !== 'to'; to++);
  const verb = tokens[to + 1];
  return tokens[to]?.lower === 'to' && to + 1 < s.lastToken && (verb.pos === 'VERB' || (verb.pos === 'NOUN' && verb.lower === verb.lemma));
}

const VIEW_CLAUSE = new Set(['that', 'how', 'why', 'whether']);

/** The cue at `i` has "that" (or "how", "why", "whether") after it, "as" after its object ("sees the piece as a
 *  return"), or "what" or "which" for its object before it ("what we saw on Sept. 11"). */
function viewedAs(tokens: readonly Token[], i: number, s: Sentence): boolean {
  // ("proclaimed in July - falsely - that": a date or an adverb, set off or not, may come between.)
  let n = i + 1;
  while (n < Math.min(s.lastToken, i + 8) && (['ADP', 'PROPN', 'NUM', 'ADV'].includes(tokens[n].pos) || DASHES.has(tokens[n].value) || tokens[n].value === ',') && !VIEW_CLAUSE.has(tokens[n].lower)) n++;
  if (VIEW_CLAUSE.has(tokens[n]?.lower ?? '')) return true;
  // (Not "whom": "all of whom have seen" is the subject's.)
  for (let k = Math.max(s.firstToken, i - 3); k < i; k++) if (tokens[k].lower === 'what' || tokens[k].lower === 'which') return true;
  for (let k = i + 1; k < Math.min(s.lastToken, i + 15); k++) {
    if (tokens[k].lower === 'as') return true;
    if (END_PUNCT.has(tokens[k].value) || tokens[k].value === ';' || tokens[k].pos === 'AUX') return false;
  }
  return false;
}

/** "decline" refuses: before "to" and a verb, or before an object that is no figure ("further comment", "the
 *  invitation"); not as a participle before its noun ("declining interest rates"). */
function declines(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.lower === 'to') return tokens[i + 2]?.pos === 'VERB' && !/^[\d$]/.test(tokens[i + 2].value);
  // (The tagger may read "comment" as a verb: "declined comment beyond its filings".)
  return (['DET', 'NOUN', 'ADJ'].includes(next.pos) || next.lower === 'comment') && !/^[\d$]/.test(next.value) && !(/ing$/.test(tokens[i].lower) && next.pos === 'NOUN');
}

/** The object of "claim" is a thing taken, a noun phrase with no verb after it ("claimed the nomination on Tuesday",
 *  "claimed at least 217 lives"), not a clause ("claimed a supporter asked ...") nor responsibility or credit. */
function takes(tokens: readonly Token[], k: number, s: Sentence): boolean {
  // ("at least 217 lives", "over 10,000 lives")
  if (tokens[k]?.lower === 'at' && tokens[k + 1]?.lower === 'least') k += 2;
  else if (tokens[k + 1]?.pos === 'NUM' && ['over', 'nearly', 'almost', 'about', 'some'].includes(tokens[k]?.lower ?? '')) k++;
  const first = k;
  while (k < s.lastToken && (NP_WORDS.has(tokens[k].pos) || tokens[k].pos === 'PRON' || isPossessiveS(tokens[k]))) {
    if (tokens[k].lower === 'responsibility' || tokens[k].lower === 'credit') return false;
    k++;
  }
  // (No noun phrase right after it, "claimed on Tuesday that ...": not judged here.)
  if (k === first) return false;
  while (k < s.lastToken && tokens[k].pos === 'ADV') k++;
  return !(k < s.lastToken && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].lower === 'to'));
}

/** The main verb of a yes-no question ("Do you support ...?", "Did Trump say ...?"): the sentence opens with "do" and
 *  ends with a question mark, and no verb comes between. */
function asksWhether(tokens: readonly Token[], s: Sentence, i: number): boolean {
  if (!['do', 'does', 'did'].includes(tokens[s.firstToken].lower) || tokens[s.lastToken - 1].value !== '?') return false;
  for (let k = s.firstToken + 1; k < i; k++) if (tokens[k].pos === 'VERB') return false;
  return true;
}

/** What may follow "seem" or "appear" (after adverbs) when they tell a view: "to", "that", "like", "as", an adjective, a
 *  participle or a noun phrase ("seemed a distant memory"); not another preposition or conjunction, or the sentence's end. */
function raisingComplement(tokens: readonly Token[], k: number, s: Sentence): boolean {
  while (k < s.lastToken && tokens[k].pos === 'ADV') k++;
  const next = tokens[k];
  // ("It appears, though, that ...")
  if (next?.value === ',') return tokens.slice(k + 1, Math.min(k + 4, s.lastToken)).some((w) => w.lower === 'that');
  if (!next || k >= s.lastToken || END_PUNCT.has(next.value)) return false;
  return (next.pos !== 'ADP' && next.pos !== 'SCONJ') || next.lower === 'to' || next.lower === 'like' || next.lower === 'as' || next.lower === 'that';
}

/** "Late Saturday he announced": the date right before a speaker, white space between, tells when. */
function dateBefore(doc: Document, speaker: Span): DateItem | undefined {
  const right = overlapping(doc.dates ?? [], { start: speaker.start - 3, end: speaker.start }).find((d) => d.end <= speaker.start && doc.text.slice(d.end, speaker.start).trim() === '');
  if (right) return right;
  // "On Tuesday, Trump said ...", "In an interview on Sunday, Clinton said ...": a phrase with no verb that opens the
  // sentence, ends in the date and a comma before the speaker (a point in time: not "For two years, his father
  // refused ...").
  const comma = /,\s*$/.exec(doc.text.slice(Math.max(0, speaker.start - 4), speaker.start));
  if (!comma) return undefined;
  const end = speaker.start - comma[0].length;
  const date = overlapping(doc.dates ?? [], { start: end - 1, end }).find((d) => d.end === end && (d.type === 'DATE' || d.type === 'TIME'));
  if (!date) return undefined;
  const tokens = doc.tokens!;
  const at = tokenAt(tokens, date.start);
  const s = doc.sentences![tokens[at].sentence];
  if (at - s.firstToken > 8) return undefined;
  // ("In a document published Thursday, the U.S. argues": a participle after a noun describes it.)
  const describes = (k: number) => tokens[k].pos === 'VERB' && ENDS_ED.test(tokens[k].lower) && k > s.firstToken && tokens[k - 1].pos === 'NOUN';
  for (let k = s.firstToken; k < at; k++) if (((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !describes(k)) || tokens[k].pos === 'PUNCT') return undefined;
  return date;
}

/** A date governs a claim when it stands between the speaker and the content ("said on Wednesday that"). */
function region(f: Found, sentenceEnd: number): Span {
  return { start: Math.min(f.source?.start ?? f.cue.start, f.cue.start), end: f.content.start > f.cue.end ? f.content.start : Math.min(f.cue.end + 40, sentenceEnd) };
}
