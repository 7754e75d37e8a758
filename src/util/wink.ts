// The wink-nlp instance of the process, and what keeps its output independent of the documents read before.
// Only the pipes we read: sentences and POS. Negation and sentiment cost ~10%, its number and date entities ~25%
// (the dates stage finds its own extents), and nothing reads them.
//
// wink-nlp learns every new word it meets into its lexicon, and its tokenizer consults that lexicon: after an
// article with "Boatmen's." (kept whole before the period), "Boatmen's bank" in any later article stayed one token
// instead of "Boatmen" + "'s", so records depended on what the process (or worker) had read before. So before each
// document the words the last one taught are removed from the lexicon's look-up table (their slots stay: wink
// keeps their features by position), and once many slots have piled up a fresh instance is built (about 75 ms).
// Words of letters and digits only are kept: the tokenizer splits a string the same whether or not they are known
// (it consults the lexicon for pieces joined by periods, apostrophes, hyphens), and their features depend on their
// spelling alone; keeping them spares re-analysing every name in every article.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
interface Lexemes { hash: Record<string, number>; list: string[] }

/** Learned slots after which a fresh instance is built: a few MB of lexicon, about every 700 thousand words. */
const MAX_LEARNED = 100_000;

const PLAIN = /^[\p{L}\p{N}]+$/u;

let instance: Nlp | undefined;
let lexemes: Lexemes;
let intrinsic = 0;
let mark = 0;

function build(): Nlp {
  // The core model is built by model.core() inside winkNLP; catch it to reach the lexicon.
  let core: { features: { lexeme: Lexemes } } | undefined;
  const tapped = Object.assign(Object.create(null), model, { core: () => (core = (model as any).core()) });
  const nlp = winkNLP(tapped, ['sbd', 'pos']);
  lexemes = core!.features.lexeme;
  intrinsic = mark = lexemes.list.length;
  lemmaBySlot = [];
  lowerBySlot = [];
  posBySlot = new Uint8Array(0);
  growSlots(lexemes.list.length + MAX_LEARNED - 1);
  return nlp;
}

/** The instance, as fresh for the next document as a new one: the words learned since the last call are forgotten. */
export function wink(): Nlp {
  if (instance) {
    const { hash, list } = lexemes;
    for (let i = mark; i < list.length; i++) if (hash[list[i]] === i && !PLAIN.test(list[i])) delete hash[list[i]];
    mark = list.length;
    if (mark - intrinsic > MAX_LEARNED) instance = undefined;
  }
  return (instance ??= build());
}

/** What the tokens stage reads of a wink-nlp document: per token its text, preceding white space (UTF-16 units),
 *  part of speech and lemma; per sentence its first and last token. */
export interface WinkAnalysis {
  values: string[];
  /** Each value in lower case. */
  lowers: string[];
  spaces: number[];
  pos: string[];
  lemmas: string[];
  sentences: Array<[number, number]>;
}

// wink-nlp answers one property per call of `out()`, each a pass over every token through its `its` functions: four
// passes cost about as much as a fifth of `readDoc` itself. Its `its` functions all read one packed array (four
// numbers a token) in the document's raw data, so `analyse` reads that array once, through the same functions for
// the lemma. The raw data is reached by adding a function of ours to the set of `its` functions that `out()`
// accepts (wink-nlp's src/allowed.js); when that module or the layout is not there (another wink-nlp version),
// `analyse` falls back to the public calls. tests/stages/tokens.test.ts checks that both give the same.
interface RawDoc {
  tokens: number[];
  numOfTokens: number;
  sentences: number[][];
  nonBreakingSpaces: Record<number, string>;
  cache: { value(i: number): string; valueOf(prop: string, i: number): string };
}
type ItsFn = (index: number, rdd: RawDoc, addons?: unknown) => unknown;
let captured: RawDoc | undefined;
const grab: ItsFn = (_index, rdd) => {
  captured = rdd;
  return 0;
};
let rawLemma: ItsFn | undefined;
// A token's lemma follows from its word (its slot in the lexicon) and its part of speech, but wink-nlp works it out
// anew for every token that is not a contraction; this remembers it per slot, for the part of speech last asked (a
// word mostly keeps one), as long as the instance lives. Arrays by slot: a look-up in a Map of every (slot, part of
// speech) cost as much as working the lemma out twice (a random read in some MB of hash table per token).
let lemmaBySlot: string[] = [];
// A word's lower case, per slot too: one string per word for every article the instance reads, so the stages' look-ups
// by lower case find its hash already computed, and no token makes a new one.
let lowerBySlot: string[] = [];
/** Per slot, the part of speech lemmaBySlot holds the lemma for, plus one (0: none yet). */
let posBySlot = new Uint8Array(0);
/** The arrays by slot made long enough for `slot` (a document may teach more words than MAX_LEARNED). */
function growSlots(slot: number): void {
  const grown = new Uint8Array(Math.max(2 * posBySlot.length, slot + 1));
  grown.set(posBySlot);
  posBySlot = grown;
  while (lemmaBySlot.length < grown.length) lemmaBySlot.push('');
  while (lowerBySlot.length < grown.length) lowerBySlot.push('');
}
// The packing of a token, from wink-nlp's constants: numbers per token; in the second, the preceding spaces (all
// ones: more than a count holds, kept aside); in the third, the part of speech above the lemma's bits.
let tkSize = 0;
let psMask = 0;
let posMask = 0;
let bits4lemma = 0;
try {
  const require = createRequire(import.meta.url);
  const allowed = require('wink-nlp/src/allowed.js') as { its4token?: Set<unknown> };
  const its = require('wink-nlp/src/its.js') as { lemma?: ItsFn };
  ({ tkSize, psMask, posMask, bits4lemma } = require('wink-nlp/src/constants.js') as Record<string, number>);
  if (tkSize > 0 && psMask > 0 && posMask > 0 && bits4lemma > 0 && allowed.its4token instanceof Set && typeof its.lemma === 'function') {
    allowed.its4token.add(grab);
    rawLemma = its.lemma;
  }
} catch {
  rawLemma = undefined;
}

/** One wink-nlp reading of `text`: tokens and sentences (see WinkAnalysis). */
export function analyse(text: string): WinkAnalysis {
  const nlp = wink();
  const wdoc = nlp.readDoc(text);
  if (rawLemma === undefined || wdoc.tokens().length() === 0) return readWithApi(nlp, wdoc);
  captured = undefined;
  wdoc.tokens().itemAt(0).out(grab as any);
  const rdd = captured as RawDoc | undefined;
  captured = undefined;
  if (rdd === undefined) return readWithApi(nlp, wdoc);
  const { tokens, cache } = rdd;
  const n = rdd.numOfTokens;
  const values = new Array<string>(n);
  const lowers = new Array<string>(n);
  const spaces = new Array<number>(n);
  const pos = new Array<string>(n);
  const lemmas = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const k = i * tkSize;
    const slot = tokens[k];
    if (slot >= posBySlot.length) growSlots(slot);
    const value = (values[i] = cache.value(slot));
    lowers[i] = lowerBySlot[slot] || (lowerBySlot[slot] = value.toLowerCase());
    const count = tokens[k + 1] & psMask;
    spaces[i] = count < psMask ? count : rdd.nonBreakingSpaces[i].length;
    const posIndex = (tokens[k + 2] & posMask) >>> bits4lemma;
    pos[i] = cache.valueOf('pos', posIndex);
    // (A contraction keeps its lemma's slot in the token itself: its second number holds more than the spaces.)
    if (tokens[k + 1] > psMask) lemmas[i] = rawLemma(i, rdd, model.addons) as string;
    else {
      if (posBySlot[slot] !== posIndex + 1) {
        lemmaBySlot[slot] = rawLemma(i, rdd, model.addons) as string;
        posBySlot[slot] = posIndex + 1;
      }
      lemmas[i] = lemmaBySlot[slot];
    }
  }
  const sentences = rdd.sentences.map((s): [number, number] => [s[0], s[1]]);
  return { values, lowers, spaces, pos, lemmas, sentences };
}

/** `analyse` through wink-nlp's public API alone: the reference it is tested against. */
export function analyseWithApi(text: string): WinkAnalysis {
  const nlp = wink();
  return readWithApi(nlp, nlp.readDoc(text));
}

/** One `out()` per property: the fallback. */
function readWithApi(nlp: Nlp, wdoc: any): WinkAnalysis {
  const its = nlp.its;
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = (wdoc.tokens().out(its.precedingSpaces as any) as string[]).map((s) => s.length);
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as any) as string[];
  const lowers = values.map((v) => v.toLowerCase());
  const sentences: Array<[number, number]> = [];
  wdoc.sentences().each((s: any) => {
    const [first, last] = s.out(its.span) as [number, number];
    sentences.push([first, last]);
  });
  return { values, lowers, spaces, pos, lemmas, sentences };
}
