// The machine check of the benchmark, run as a process of its own: extracts the first MB of the corpus (the default
// pipeline, records serialized as the CLI writes them) four times and prints {"words", "seconds"} of the last pass. The
// bench runs one alone, then one per core at once: how much faster several independent processes get through the
// same work is the most any pool of workers can gain on this machine. (The first passes warm V8 up: while it compiles
// the pipeline, its compiler threads take most of a second core, so a check without them measured the compiler.)
import { chunkList } from '../batch/chunk.js';
import { extractOptions } from '../batch/config.js';
import { extractLines } from '../batch/lines.js';
import { countWords } from '../util/words.js';
import { readSample } from './index.js';

const [corpus, mb] = process.argv.slice(2);
const articles = readSample(corpus, Number(mb));
const options = await extractOptions({ lexiconFiles: [], pipeline: 'default', validate: true });
const chunks = chunkList(articles);
for (let pass = 0; pass < 3; pass++) for (const chunk of chunks) extractLines(chunk, options);
const started = performance.now();
for (const chunk of chunks) extractLines(chunk, options);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ words: articles.reduce((n, a) => n + countWords(a.text), 0), seconds })}\n`);
