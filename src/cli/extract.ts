// newsevents extract: inputs -> records (JSONL), error records in place of bad articles, exit code 1 if any failed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { readInputs } from '../io/inputs.js';
import { runBatch } from '../batch/runner.js';
import type { RunConfig } from '../batch/config.js';
import type { ErrorRecord } from '../schema/record.js';
import { toReferenceDate } from '../util/calendar.js';
import { parse, UsageError } from './main.js';

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: 'string', short: 'o' },
    'published-at': { type: 'string' },
    concurrency: { type: 'string', default: '1' },
    pipeline: { type: 'string', default: 'default' },
    lexicon: { type: 'string', multiple: true, default: [] },
    'max-chars': { type: 'string' },
    'no-validate': { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
  }, 'extract');
  if (positionals.length === 0) throw new UsageError('extract: give at least one path (a file, a folder, or - for stdin)');
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`extract: --concurrency takes a whole number from 1 to 256, not "${values.concurrency}"`);
  const publishedAt = values['published-at'] as string | undefined;
  if (publishedAt !== undefined && !toReferenceDate(publishedAt)) throw new UsageError(`extract: --published-at takes a date like 2019-04-03, not "${publishedAt}"`);
  const maxChars = values['max-chars'] === undefined ? undefined : Number(values['max-chars']);
  if (maxChars !== undefined && (!Number.isInteger(maxChars) || maxChars < 100)) throw new UsageError('extract: --max-chars takes a whole number of at least 100');
  const config: RunConfig = {
    publishedAt: publishedAt ? toReferenceDate(publishedAt)! : undefined,
    maxChars,
    lexiconFiles: values.lexicon as string[],
    pipeline: values.pipeline as string,
    validate: !values['no-validate'],
  };
  const out: Writable = values.output ? createWriteStream(values.output as string) : process.stdout;
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  let articles = 0;
  let failed = 0;
  let words = 0;
  const started = performance.now();
  for await (const result of runBatch(readInputs(positionals), config, concurrency)) {
    articles++;
    if (result.error) {
      failed++;
      const record: ErrorRecord = { error: result.error, input: { path: result.ref.path, line: result.ref.line, id: result.ref.id } };
      const where = [result.ref.path ?? 'stdin', result.ref.line].filter((x) => x !== null).join(':');
      process.stderr.write(`newsevents: ${where}: ${result.error.code}: ${result.error.message}\n`);
      await write(`${JSON.stringify(record)}\n`);
    } else {
      words += result.words;
      await write(`${JSON.stringify(result.record)}\n`);
    }
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  const seconds = (performance.now() - started) / 1000;
  if (!values.quiet) {
    process.stderr.write(`newsevents: ${articles} article${articles === 1 ? '' : 's'}, ${failed} failed, ${words} words in ${seconds.toFixed(2)} s (${Math.round(words / Math.max(seconds, 1e-6))} words/s)\n`);
  }
  return failed > 0 ? 1 : 0;
}
