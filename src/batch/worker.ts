// Worker thread: builds the pipeline once, then extracts the chunks of articles the main thread sends, one at a time
// (the next waits in the port meanwhile).
import { parentPort, workerData } from 'node:worker_threads';
import { extractOptions, type RunConfig } from './config.js';
import { extractLines } from './lines.js';
import type { ArticleInput } from '../schema/record.js';

const options = await extractOptions(workerData as RunConfig);
parentPort!.on('message', (message: { seq: number; articles: ArticleInput[] }) => {
  // Each record travels as its JSON line: a string crosses threads far cheaper than an object graph.
  parentPort!.postMessage({ seq: message.seq, lines: extractLines(message.articles, options) });
});
parentPort!.postMessage({ ready: true });
