// Batch runner: articles in input order in, results in input order out; on worker threads when concurrency > 1.
import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { InputError, InputItem, InputRef } from '../io/inputs.js';
import type { RunConfig } from './config.js';
import { countWords } from '../util/words.js';

/** One article's outcome: its record as a JSON line (without the newline), or its error. */
export type Result = { ref: InputRef; json: string; words: number; error?: undefined } | { ref: InputRef; error: InputError; json?: undefined; words: number };


function failure(ref: InputRef, error: unknown): Result {
  return { ref, error: { code: 'pipeline/failed', message: (error as Error)?.message ?? String(error) }, words: 0 };
}

/** Runs every item; yields one result per item, in input order. */
export async function* runBatch(items: AsyncIterable<InputItem>, config: RunConfig, concurrency: number, ordered = true): AsyncGenerator<Result> {
  if (concurrency <= 1) {
    // The pipeline is loaded here only: with workers the main thread reads and writes, and stays small.
    const { extractSync } = await import('../extract.js');
    const { extractOptions } = await import('./config.js');
    const options = await extractOptions(config);
    for await (const item of items) {
      if (item.error) { yield { ref: item.ref, error: item.error, words: 0 }; continue; }
      try {
        yield { ref: item.ref, json: JSON.stringify(extractSync(item.article, options)), words: countWords(item.article.text) };
      } catch (error) {
        yield failure(item.ref, error);
      }
    }
    return;
  }
  yield* runOnWorkers(items, config, concurrency, ordered);
}

interface Slot { worker: Worker; busy: boolean; dead?: boolean }

async function* runOnWorkers(items: AsyncIterable<InputItem>, config: RunConfig, concurrency: number, ordered: boolean): AsyncGenerator<Result> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const slots: Slot[] = [];
  const start = () => new Promise<Slot>((resolve, reject) => {
    // A modest old generation keeps each worker's memory flat on long runs.
    const worker = new Worker(workerUrl, { workerData: config, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    const onReady = (message: { ready?: boolean }) => {
      if (message.ready) { worker.off('message', onReady); worker.off('error', reject); resolve({ worker, busy: false }); }
    };
    worker.on('message', onReady);
    worker.once('error', reject);
  });
  for (let i = 0; i < concurrency; i++) slots.push(await start());
  const queue = new PQueue({ concurrency });
  const done = new Map<number, Result>();
  let next = 0;
  let seq = 0;
  let wake: (() => void) | null = null;
  const settle = (n: number, result: Result) => { done.set(n, result); wake?.(); };
  const runOne = (n: number, item: Extract<InputItem, { article: object }>) => queue.add(async () => {
    const slot = slots.find((s) => !s.busy)!;
    slot.busy = true;
    const result = await new Promise<Result>((resolve) => {
      const onMessage = (m: { seq: number; json?: string; error?: InputError }) => {
        if (m.seq !== n) return;
        cleanup();
        resolve(m.json !== undefined ? { ref: item.ref, json: m.json, words: countWords(item.article.text) } : { ref: item.ref, error: m.error!, words: 0 });
      };
      const onError = (error: Error) => { cleanup(); slot.dead = true; resolve(failure(item.ref, new Error(`worker crashed: ${error.message}`))); };
      const onExit = (code: number) => { cleanup(); slot.dead = true; resolve(failure(item.ref, new Error(`worker exited with code ${code}`))); };
      const cleanup = () => { slot.worker.off('message', onMessage); slot.worker.off('error', onError); slot.worker.off('exit', onExit); };
      slot.worker.on('message', onMessage);
      slot.worker.once('error', onError);
      slot.worker.once('exit', onExit);
      slot.worker.postMessage({ seq: n, article: item.article });
    });
    if (slot.dead) {
      // A crashed worker is replaced; its article is reported as failed.
      slots.splice(slots.indexOf(slot), 1, await start());
    } else slot.busy = false;
    settle(n, result);
  });
  let emitted = 0;
  const drain = function* () {
    if (!ordered) {
      // --unordered: whatever is finished goes out at once.
      for (const [n, r] of done) { done.delete(n); emitted++; yield r; }
      next = emitted;
      return;
    }
    while (done.has(next)) { const r = done.get(next)!; done.delete(next); next++; emitted++; yield r; }
  };
  try {
    for await (const item of items) {
      const n = seq++;
      if (item.error) settle(n, { ref: item.ref, error: item.error, words: 0 });
      else void runOne(n, item);
      yield* drain();
      // Backpressure: hold reading while too much is in flight or waiting to be written in order.
      while (queue.size + queue.pending >= concurrency * 2 || seq - emitted > concurrency * 64) {
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = null;
        yield* drain();
      }
    }
    while (emitted < seq) {
      yield* drain();
      if (emitted < seq) { await new Promise<void>((resolve) => { wake = resolve; }); wake = null; }
    }
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
