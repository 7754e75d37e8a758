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
