// Worker thread: builds the pipeline once, then extracts the articles the main thread sends, one at a time (the
// next waits in the port meanwhile).
import { parentPort, workerData } from 'node:worker_threads';
import { extractSync } from '../extract.js';
import { extractOptions, type RunConfig } from './config.js';
import type { ArticleInput } from '../schema/record.js';
import { countWords } from '../util/words.js';

const options = await extractOptions(workerData as RunConfig);
parentPort!.on('message', (message: { seq: number; article: ArticleInput }) => {
  try {
    // The record travels as its JSON line: a string crosses threads far cheaper than an object graph.
    parentPort!.postMessage({ seq: message.seq, json: JSON.stringify(extractSync(message.article, options)), words: countWords(message.article.text) });
  } catch (error) {
    parentPort!.postMessage({ seq: message.seq, error: { code: 'pipeline/failed', message: (error as Error).message } });
  }
});
parentPort!.postMessage({ ready: true });
