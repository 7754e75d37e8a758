// The one wink-nlp instance of the process (its custom-entity learning works only on the first instance).
// Only the pipes we read: sentences, POS, numeric entities. Negation and sentiment cost ~10% and nothing reads them.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  return (instance ??= winkNLP(model, ['sbd', 'pos', 'ner']));
}
