// The one wink-nlp instance of the process (its custom-entity learning works only on the first instance).
// Only the pipes we read: sentences and POS. Negation and sentiment cost ~10%, its number and date entities ~25%
// (the dates stage finds its own extents), and nothing reads them.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  return (instance ??= winkNLP(model, ['sbd', 'pos']));
}
