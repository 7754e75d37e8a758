// What a batch run makes of a chunk of articles: each one's record as its JSON line, or its error. The same on a
// worker thread and in the main thread.
import { extractManySync, type ExtractOptions } from '../extract.js';
import type { ArticleInput } from '../schema/record.js';
import { countWords } from '../util/words.js';
import { failed, type Line } from './chunk.js';

/** Never throws: an error that escapes the pipeline fails every article of the chunk, and only those. */
export function extractLines(articles: readonly ArticleInput[], options: ExtractOptions): Line[] {
  try {
    return extractManySync(articles, options).map((e, i) => e.error
      ? { error: failed(e.error) }
      : { json: JSON.stringify(e.record), words: countWords(articles[i].text) });
  } catch (error) {
    return articles.map(() => ({ error: failed(error) }));
  }
}
