// Articles travel and run in chunks: the pipeline takes a chunk stage by stage (Pipeline.runMany), which keeps each
// stage's tables in the processor's cache across articles, and a worker gets one message per chunk. What comes back
// for each article is a Line. Light: the main thread loads this without the pipeline.
import type { InputError } from '../io/inputs.js';

/** One article's outcome: its record as a JSON line (without the newline), or its error. */
export type Line = { json: string; words: number; error?: undefined } | { error: InputError; json?: undefined };

export function failed(error: unknown): InputError {
  return { code: 'pipeline/failed', message: (error as Error)?.message ?? String(error) };
}

/** A chunk holds up to this many articles ... */
export const CHUNK_ARTICLES = 16;
/** ... and up to about this many characters of text (one huge article is a chunk of its own). */
export const CHUNK_CHARS = 128_000;
/** A chunk not yet full goes out when no item has come for this long: a slow stream (stdin) is not held back. */
const IDLE_MS = 20;

/** Whether a chunk of `count` articles and `chars` characters is full. */
export const chunkFull = (count: number, chars: number) => count >= CHUNK_ARTICLES || chars >= CHUNK_CHARS;

/** A list of articles in the chunks the CLI would make of it (for the bench, which times what the CLI runs). */
export function chunkList<T extends { text: string }>(articles: readonly T[]): T[][] {
  const out: T[][] = [];
  let size = 0;
  for (const a of articles) {
    if (out.length === 0 || chunkFull(out[out.length - 1].length, size)) { out.push([]); size = 0; }
    out[out.length - 1].push(a);
    size += a.text.length;
  }
  return out;
}

/** Groups the items as they come, in order, into chunks of up to CHUNK_ARTICLES items and about CHUNK_CHARS. */
export async function* chunks<T>(items: AsyncIterable<T>, chars: (item: T) => number): AsyncGenerator<T[]> {
  const it = items[Symbol.asyncIterator]();
  let chunk: T[] = [];
  let size = 0;
  let next = it.next();
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const result = chunk.length === 0 ? await next
      : await Promise.race([next, new Promise<'idle'>((resolve) => { timer = setTimeout(resolve, IDLE_MS, 'idle'); })]);
    clearTimeout(timer);
    if (result === 'idle') {
      yield chunk;
      chunk = [];
      size = 0;
      continue;
    }
    if (result.done) break;
    next = it.next();
    chunk.push(result.value);
    size += chars(result.value);
    if (chunkFull(chunk.length, size)) {
      yield chunk;
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
