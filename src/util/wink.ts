// The one wink-nlp instance of the process (its custom-entity learning works only on the first instance).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  return (instance ??= winkNLP(model));
}
