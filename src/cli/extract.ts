// newsevents extract: inputs -> records (JSONL), error records in place of bad articles, exit code 1 if any failed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { readInputs, totalBytes, type InputItem } from '../io/inputs.js';
import { DEFAULT_TIMEOUT_MS, runBatch } from '../batch/runner.js';
import { checkConfig, ConfigError, type RunConfig } from '../batch/config.js';
import { completedKeys, inputKey } from '../batch/resume.js';
import type { ErrorRecord, NewsRecord } from '../schema/record.js';
import { openSink } from '../db/sink.js';
import { toReferenceDate } from '../util/calendar.js';
import { parse, UsageError } from './main.js';
import { Progress } from './progress.js';

/** Inputs up to this size run on the main thread with --concurrency 1: about a second of work, where a worker's
 *  start-up would show; beyond it the run goes to one worker, whose heap stays bounded (see runBatch). */
const IN_PROCESS_BYTES = 1 << 20;

/** The inputs not yet in the output. Dumps repeat ids: an id written twice skips its first two inputs, no more. */
async function* skipDone(items: AsyncIterable<InputItem>, done: Map<string, number>, onSkip: (item: InputItem) => void): AsyncGenerator<InputItem> {
  for await (const item of items) {
    const key = inputKey(item);
    const left = done.get(key) ?? 0;
    if (left > 0) {
      done.set(key, left - 1);
      onSkip(item);
    } else yield item;
  }
}

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: 'string', short: 'o' },
    db: { type: 'string' },
    'published-at': { type: 'string' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    unordered: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    pipeline: { type: 'string', default: 'default' },
    lexicon: { type: 'string', multiple: true, default: [] },
    'max-chars': { type: 'string' },
    'no-validate': { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
  }, 'extract');
  if (positionals.length === 0) throw new UsageError('extract: give at least one path (a file, a folder, or - for stdin)');
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`extract: --concurrency takes a whole number from 1 to 256, not "${values.concurrency}"`);
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(values.timeout);
  if (!(timeout > 0) || !Number.isFinite(timeout)) throw new UsageError(`extract: --timeout takes a number of seconds above 0, not "${values.timeout}"`);
  const publishedAt = values['published-at'] as string | undefined;
  if (publishedAt !== undefined && !toReferenceDate(publishedAt)) throw new UsageError(`extract: --published-at takes a date like 2019-04-03, not "${publishedAt}"`);
  const maxChars = values['max-chars'] === undefined ? undefined : Number(values['max-chars']);
  if (maxChars !== undefined && (!Number.isInteger(maxChars) || maxChars < 100)) throw new UsageError('extract: --max-chars takes a whole number of at least 100');
  if (values.resume && !values.output) throw new UsageError('extract: --resume needs -o FILE, the output of the run to resume');
  const config: RunConfig = {
    publishedAt: publishedAt ? toReferenceDate(publishedAt)! : undefined,
    maxChars,
    lexiconFiles: values.lexicon as string[],
    pipeline: values.pipeline as string,
    validate: !values['no-validate'],
  };
  if (values.db && values.resume) throw new UsageError('extract: --resume works with -o; a --db run upserts, so just run it again');
  try {
    checkConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`extract: ${error.message}`);
    throw error;
  }
  const done = values.resume ? await completedKeys(values.output) : new Map<string, number>();
  const sink = values.db ? await openSink(values.db) : null;
  if (sink) await sink.init();
  const batch: NewsRecord[] = [];
  const flush = async () => { if (sink && batch.length) { await sink.write(batch); batch.length = 0; } };
  const toStdout = !values.output && !sink;
  const out: Writable | null = values.output ? createWriteStream(values.output, { flags: values.resume ? 'a' : 'w' }) : toStdout ? process.stdout : null;
  const write = async (line: string) => {
    if (out && !out.write(line)) await once(out, 'drain');
  };
  const stdin = positionals.includes('-');
  const bytes = stdin ? 0 : await totalBytes(positionals);
  const progress = new Progress(!values.quiet && process.stderr.isTTY === true, bytes);
  // One worker's work runs on this thread when the input is small (see runBatch); stdin may be any size.
  // (Not with --timeout: only a worker can be stopped.)
  const inProcess = concurrency === 1 && !stdin && bytes <= IN_PROCESS_BYTES && values.timeout === undefined;
  let articles = 0;
  let failed = 0;
  let skipped = 0;
  let words = 0;
  const started = performance.now();
  const items = skipDone(readInputs(positionals), done, (item) => { skipped++; progress.advance(item.ref.bytes ?? 0, false); });
  for await (const result of runBatch(items, config, concurrency, !values.unordered, inProcess, timeout * 1000)) {
    articles++;
    if (result.error) {
      failed++;
      const record: ErrorRecord = { error: result.error, input: { path: result.ref.path, line: result.ref.line, id: result.ref.id } };
      const where = [result.ref.path ?? 'stdin', result.ref.line].filter((x) => x !== null).join(':');
      progress.log(`newsevents: ${where}: ${result.error.code}: ${result.error.message}\n`);
      await write(`${JSON.stringify(record)}\n`);
    } else {
      words += result.words;
      await write(`${result.json}\n`);
      if (sink) {
        batch.push(JSON.parse(result.json) as NewsRecord);
        if (batch.length >= 200) await flush();
      }
    }
    progress.advance(result.ref.bytes ?? 0, !!result.error);
  }
  progress.stop();
  await flush();
  await sink?.close();
  if (out && out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  const seconds = (performance.now() - started) / 1000;
  if (!values.quiet) {
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const resumed = skipped > 0 ? `, ${skipped} already done` : '';
    process.stderr.write(`newsevents: ${articles} article${articles === 1 ? '' : 's'}, ${failed} failed${resumed}, ${words} words in ${seconds.toFixed(2)} s (${Math.round(words / Math.max(seconds, 1e-6))} words/s, ${concurrency} worker${concurrency === 1 ? '' : 's'}, peak RSS ${rss} MB)\n`);
  }
  return failed > 0 ? 1 : 0;
}
