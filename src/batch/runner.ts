// Batch runner: articles in input order in, results in input order out; on worker threads when concurrency > 1.
import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { InputError, InputItem, InputRef } from '../io/inputs.js';
import type { RunConfig } from './config.js';
import { CHUNK_ARTICLES, chunks, failed, type Line } from './chunk.js';

/** One article's outcome: its record as a JSON line (without the newline), or its error. */
export type Result = { ref: InputRef; json: string; words: number; error?: undefined } | { ref: InputRef; error: InputError; json?: undefined; words: number };

type ArticleItem = Extract<InputItem, { article: object }>;

const chars = (item: InputItem) => item.error ? 0 : item.article.text.length;

function resultOf(ref: InputRef, line: Line): Result {
  return line.error ? { ref, error: line.error, words: 0 } : { ref, json: line.json, words: line.words };
}

/**
 * Runs every item, a chunk at a time; yields one result per item, in input order. `inProcess` runs the pipeline on
 * this thread (one worker's work without a worker): for small inputs, where starting a worker (about 150 ms) is most
 * of the run. On a long run it is not worth it: V8 lets the main thread's heap grow to 4 times its live 60 MB before
 * it collects, and peak RSS reached 340-410 MB on the 8 MB corpus against 285-295 MB in one worker with a bounded heap
 * (same speed); and a worker that dies is replaced, where the main thread would end the batch.
 */
export async function* runBatch(items: AsyncIterable<InputItem>, config: RunConfig, concurrency: number, ordered = true, inProcess = false, timeoutMs = DEFAULT_TIMEOUT_MS): AsyncGenerator<Result> {
  if (inProcess && concurrency <= 1) {
    // The pipeline is loaded here only: with workers the main thread reads and writes, and stays small.
    const { extractLines } = await import('./lines.js');
    const { extractOptions } = await import('./config.js');
    const options = await extractOptions(config);
    for await (const chunk of chunks(items, chars)) {
      const lines = extractLines(chunk.flatMap((item) => item.error ? [] : [item.article]), options);
      let k = 0;
      for (const item of chunk) yield item.error ? { ref: item.ref, error: item.error, words: 0 } : resultOf(item.ref, lines[k++]);
    }
    return;
  }
  yield* runOnWorkers(items, config, concurrency, ordered, timeoutMs);
}

/** How long a worker may work on one chunk (at most about a million characters: seconds of work) before it is
 *  stopped and replaced, its articles run again one by one, and the one that stalls again reported as failed. */
export const DEFAULT_TIMEOUT_MS = 60_000;

// Each worker holds up to this many chunks: the next one waits in its port while it works on the current one, so it
// never idles for the round trip through the main thread.
const PER_WORKER = 2;

interface Task { items: ArticleItem[]; resolve: (lines: Line[]) => void }
/** `since`: when the worker began its oldest chunk in flight (chunks behind it wait in its port). */
interface Slot { worker: Worker; inflight: Array<{ seq: number; task: Task }>; dead: boolean; since: number }
// The records travel as JSON lines: a string crosses threads far cheaper than an object graph (or a transferred
// buffer, measured: 12 against 51 us for 17 kB).
type Reply = { seq: number; lines: Line[] };

async function* runOnWorkers(items: AsyncIterable<InputItem>, config: RunConfig, concurrency: number, ordered: boolean, timeoutMs: number): AsyncGenerator<Result> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  let closing = false;
  const slots: Slot[] = [];
  // Chunks that found no live worker (one is being replaced) wait here for the replacement.
  const waiting: Task[] = [];
  let sent = 0;
  const send = (slot: Slot, task: Task) => {
    const seq = sent++;
    if (slot.inflight.length === 0) slot.since = Date.now();
    slot.inflight.push({ seq, task });
    slot.worker.postMessage({ seq, articles: task.items.map((item) => item.article) });
  };
  const dispatch = (task: Task) => {
    // The least busy live worker.
    let best: Slot | undefined;
    for (const s of slots) if (!s.dead && (!best || s.inflight.length < best.inflight.length)) best = s;
    if (best) send(best, task);
    else waiting.push(task);
  };
  const start = (): Promise<Slot> => new Promise<Slot>((resolve, reject) => {
    // A modest heap keeps each worker's memory flat on long runs: the live set is about 60-80 MB. The young
    // generation is capped too: V8's default took peak RSS on 2 workers to 395 MB (50 MB corpus); 16 MB held it
    // at 347-390 with one article at a time, but chunks keep more alive between collections, and with 16 MB peak
    // RSS reached 382-412 MB on the 8 MB corpus, with 12 MB 363-381 (measured 5% slower than 16, still as fast
    // as one article at a time with 16).
    // A single worker gets a larger young generation: with 12 MB it ran 15% slower than the pipeline on the main
    // thread, with 32 MB as fast (8 MB corpus, 5 interleaved runs), at 285-295 MB peak RSS.
    const young = concurrency === 1 ? 32 : 12;
    const worker = new Worker(workerUrl, { workerData: config, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: young } });
    const slot: Slot = { worker, inflight: [], dead: false, since: 0 };
    const onReady = (message: { ready?: boolean }) => {
      if (!message.ready) return;
      worker.off('message', onReady);
      worker.off('error', reject);
      worker.on('message', (reply: Reply) => {
        const at = slot.inflight.findIndex((f) => f.seq === reply.seq);
        if (at < 0) return;
        const [{ task }] = slot.inflight.splice(at, 1);
        slot.since = Date.now();
        task.resolve(reply.lines);
      });
      worker.once('error', (error) => void died(slot, `worker crashed: ${error.message}`));
      worker.once('exit', (code) => void died(slot, `worker exited with code ${code}`));
      resolve(slot);
    };
    worker.on('message', onReady);
    worker.once('error', reject);
  });
  // A worker that dies is replaced. Which article of its current chunk (its oldest) killed it is unknown: each goes
  // again as a chunk of its own, so only that one is reported as failed. The chunks waiting behind it go on.
  const died = async (slot: Slot, message: string) => {
    if (slot.dead || closing) return;
    slot.dead = true;
    const [current, ...behind] = slot.inflight.map((f) => f.task);
    slot.inflight = [];
    const again: Task[] = [];
    if (current?.items.length === 1) current.resolve([{ error: failed(new Error(message)) }]);
    else if (current) {
      const lines: Line[] = [];
      let left = current.items.length;
      current.items.forEach((item, i) => again.push({ items: [item], resolve: ([line]) => {
        lines[i] = line;
        if (--left === 0) current.resolve(lines);
      } }));
    }
    const replacement = await start();
    slots.splice(slots.indexOf(slot), 1, replacement);
    for (const task of [...again, ...behind, ...waiting.splice(0)]) dispatch(task);
  };
  // All at once: each loads the model (most of a second), and they load it side by side.
  slots.push(...await Promise.all(Array.from({ length: concurrency }, start)));
  // A worker stuck on a chunk (an endless loop on some text) is stopped and handled as one that died.
  const watchdog = setInterval(() => {
    const now = Date.now();
    for (const slot of slots) {
      if (slot.dead || slot.inflight.length === 0 || now - slot.since <= timeoutMs) continue;
      void died(slot, `no result after ${timeoutMs / 1000} s: its worker was stopped (--timeout)`);
      void slot.worker.terminate();
    }
  }, Math.max(10, Math.min(1000, timeoutMs / 4)));
  watchdog.unref();
  const queue = new PQueue({ concurrency: concurrency * PER_WORKER });
  const done = new Map<number, Result>();
  let next = 0;
  let seq = 0;
  let wake: (() => void) | null = null;
  const settle = (n: number, result: Result) => { done.set(n, result); wake?.(); };
  const runChunk = (numbers: number[], items: ArticleItem[]) => queue.add(async () => {
    const lines = await new Promise<Line[]>((resolve) => dispatch({ items, resolve }));
    items.forEach((item, k) => settle(numbers[k], resultOf(item.ref, lines[k])));
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
  // Reading waits on the input and on the workers at once: a result is written as soon as it is ready, even while a
  // slow stream (stdin) sends nothing more.
  const input = chunks(items, chars)[Symbol.asyncIterator]();
  let reading: Promise<IteratorResult<InputItem[]>> | null = null;
  let finished = false;
  const woken = () => new Promise<'woken'>((resolve) => { wake = () => resolve('woken'); });
  try {
    while (!finished || emitted < seq) {
      yield* drain();
      // Backpressure: hold reading while too much is in flight or waiting to be written in order.
      const busy = queue.size + queue.pending >= concurrency * PER_WORKER * 2 || seq - emitted > concurrency * PER_WORKER * CHUNK_ARTICLES * 4;
      if (finished || busy) {
        if (emitted < seq) await woken();
        wake = null;
        continue;
      }
      const got = await Promise.race([reading ??= input.next(), woken()]);
      wake = null;
      if (got === 'woken') continue;
      reading = null;
      if (got.done) {
        finished = true;
        continue;
      }
      const numbers: number[] = [];
      const articles: ArticleItem[] = [];
      for (const item of got.value) {
        const n = seq++;
        if (item.error) settle(n, { ref: item.ref, error: item.error, words: 0 });
        else { numbers.push(n); articles.push(item); }
      }
      if (articles.length > 0) void runChunk(numbers, articles);
    }
  } finally {
    clearInterval(watchdog);
    closing = true;
    if (!finished) void input.return(undefined);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
