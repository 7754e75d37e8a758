// Input reading: .txt files, folders, .json, .jsonl(.gz) dumps and stdin, streamed one article at a time.
// A bad input becomes an item with an error; it never stops the stream.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ArticleInput } from '../schema/record.js';

export interface InputRef { path: string | null; line: number | null; id: string | null; bytes?: number }
export interface InputError { code: string; message: string }
export type InputItem = { ref: InputRef; article: ArticleInput; error?: undefined } | { ref: InputRef; error: InputError; article?: undefined };

const decoder = new TextDecoder('utf-8', { fatal: true });
// Files saved as "Unicode" on Windows are UTF-16, opened by a byte-order mark (FF FE little-endian, FE FF big-endian).
const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };

/** Bytes that no text holds: controls other than tab, line feed, form feed and carriage return (NUL counted apart). */
function controlBytes(probe: Uint8Array): number {
  let n = 0;
  for (const b of probe) if ((b > 0 && b < 9) || b === 11 || (b > 13 && b < 32) || b === 127) n++;
  return n;
}

/** Which byte of nearly every pair is NUL (UTF-16 text of Latin letters without its byte-order mark): 1 the second
 *  (little-endian), 0 the first (big-endian), -1 neither. */
function utf16Order(probe: Uint8Array): number {
  const pairs = probe.length >> 1;
  if (pairs < 2) return -1;
  for (const order of [1, 0]) {
    let latin = 0;
    for (let i = 0; i < pairs; i++) if (probe[2 * i + order] === 0 && probe[2 * i + 1 - order] !== 0) latin++;
    if (latin >= 0.9 * pairs) return order;
  }
  return -1;
}

/** Decodes a file's bytes as UTF-8 (or UTF-16 with its byte-order mark), refusing binary data and other encodings with
 *  a clear error. (TextDecoder drops the byte-order mark.) */
export function decodeText(bytes: Uint8Array): { text: string } | { error: InputError } {
  if (bytes.length === 0) return { error: { code: 'input/empty', message: 'the file is empty' } };
  const order = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : null;
  let text: string;
  if (order) {
    try {
      text = utf16[order].decode(bytes);
    } catch {
      return { error: { code: 'input/encoding', message: `the file opens as UTF-16 (${order === 'le' ? 'little' : 'big'}-endian byte-order mark) but is not valid UTF-16` } };
    }
  } else {
    const probe = bytes.subarray(0, 8192);
    if (controlBytes(probe) > probe.length / 100) return { error: { code: 'input/binary', message: 'the file holds binary data (control bytes), not text' } };
    if (probe.includes(0)) {
      const nul = utf16Order(probe);
      return nul < 0
        ? { error: { code: 'input/binary', message: 'the file holds binary data (NUL bytes), not text' } }
        : { error: { code: 'input/encoding', message: `the file looks like UTF-16 without a byte-order mark (convert it first, e.g. iconv -f utf-16${nul === 1 ? 'le' : 'be'} -t utf-8)` } };
    }
    try {
      text = decoder.decode(bytes);
    } catch {
      return { error: { code: 'input/encoding', message: 'the file is not valid UTF-8 (convert it first, e.g. iconv -f latin1 -t utf-8)' } };
    }
  }
  if (text.trim() === '') return { error: { code: 'input/empty', message: 'the file holds only white space' } };
  return { text };
}

function articleError(ref: InputRef, value: unknown): InputItem {
  const parsed = ArticleInput.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { ref, error: { code: 'input/bad-article', message: `not an article object (${issues}); expected {"text": "...", "id"?, "title"?, "publishedAt"?, "url"?, "source"?}` } };
  }
  if (parsed.data.text.trim() === '') return { ref: { ...ref, id: parsed.data.id ?? null }, error: { code: 'input/empty', message: 'the article text is empty' } };
  return { ref: { ...ref, id: parsed.data.id ?? null }, article: parsed.data };
}

/** One JSONL line to an item. */
export function parseJsonLine(line: string, ref: InputRef): InputItem {
  if (line.includes('\ufffd')) return { ref, error: { code: 'input/encoding', message: 'the line is not valid UTF-8' } };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ref, error: { code: 'input/bad-json', message: `broken JSON: ${(error as Error).message}` } };
  }
  return articleError(ref, value);
}

async function* jsonLines(stream: Readable, path: string | null): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const read of lines) {
    n++;
    // (A dump written by Windows tools opens with UTF-8's byte-order mark.)
    const line = n === 1 && read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
    if (line.trim() === '') continue;
    yield parseJsonLine(line, { path, line: n, id: null, bytes: Buffer.byteLength(read) + 1 });
  }
}

async function* readFileInput(path: string): AsyncGenerator<InputItem> {
  const ref: InputRef = { path, line: null, id: null };
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    yield* jsonLines(createReadStream(path, { encoding: 'utf8' }), path);
    return;
  }
  if (lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson.gz')) {
    const gunzip = createGunzip();
    const source = createReadStream(path);
    source.pipe(gunzip);
    gunzip.setEncoding('utf8');
    try {
      yield* jsonLines(gunzip, path);
    } catch (error) {
      yield { ref, error: { code: 'input/bad-gzip', message: `cannot decompress: ${(error as Error).message}` } };
    }
    return;
  }
  const bytes = await readFile(path);
  ref.bytes = bytes.length;
  const decoded = decodeText(bytes);
  if ('error' in decoded) {
    yield { ref, error: decoded.error };
    return;
  }
  if (lower.endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      yield { ref, error: { code: 'input/bad-json', message: `broken JSON: ${(error as Error).message}` } };
      return;
    }
    const list = Array.isArray(value) ? value : [value];
    for (let i = 0; i < list.length; i++) yield articleError({ path, line: Array.isArray(value) ? i + 1 : null, id: null }, list[i]);
    return;
  }
  // A plain text file is one article; its name (without extension) is its id.
  const id = basename(path, extname(path));
  yield { ref: { ...ref, id }, article: { id, text: decoded.text } };
}

/** Total bytes of the given inputs (stdin and unreadable paths count 0): the denominator of progress. */
export async function totalBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') continue;
    try {
      const info = await stat(path);
      if (info.isDirectory()) for await (const file of walk(path)) total += (await stat(file)).size;
      else total += info.size;
    } catch {
      // reported when read
    }
  }
  return total;
}

const SUPPORTED = /\.(txt|text|json|jsonl|ndjson|jsonl\.gz|ndjson\.gz)$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && SUPPORTED.test(entry.name)) yield full;
  }
}

/** Every article of the given paths, in order; "-" reads JSONL from `stdin`. */
export async function* readInputs(paths: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      stdin.setEncoding('utf8');
      yield* jsonLines(stdin, null);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { ref: { path, line: null, id: null }, error: { code: 'input/not-found', message: 'no such file or folder' } };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* safeFile(file);
    } else if (SUPPORTED.test(path) || !/\.[a-z0-9]+$/i.test(basename(path))) {
      yield* safeFile(path);
    } else {
      yield { ref: { path, line: null, id: null }, error: { code: 'input/unsupported', message: 'unknown file type: give .txt, .json, .jsonl or .jsonl.gz' } };
    }
  }
}

async function* safeFile(path: string): AsyncGenerator<InputItem> {
  try {
    yield* readFileInput(path);
  } catch (error) {
    yield { ref: { path, line: null, id: null }, error: { code: 'input/unreadable', message: (error as Error).message } };
  }
}
